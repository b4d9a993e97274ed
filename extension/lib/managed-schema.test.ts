import { caseFactNames, managedSettingNames, Settings } from '@complaint-code/shared';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The Chrome managed_schema the manifest names must describe what parseManagedPolicy reads.
describe('public/managed-schema.json (Chrome managed_schema)', () => {
  const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/managed-schema.json'), 'utf8'));
  it('names the same policy values, settings and adapter facts as the zod schemas', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['adapters', 'crmOrigins', 'officersMayChange', 'settings']);
    expect(Object.keys(schema.properties.settings.properties).sort()).toEqual([...managedSettingNames].sort());
    expect(schema.properties.officersMayChange.items.enum).toEqual([...managedSettingNames]);
    expect(Object.keys(schema.properties.adapters.items.properties.fields.properties)).toEqual([...caseFactNames]);
    expect(schema.properties.settings.properties.ruleSet.enum).toEqual(Settings.shape.ruleSet.unwrap().options);
  });
});
