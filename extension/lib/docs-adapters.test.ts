// docs/adapters.md is the admin guide: every JSON example in it must import as it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { CrmAdapter } from '@complaint-code/shared';

const guide = readFileSync(path.resolve(import.meta.dirname, '../../docs/adapters.md'), 'utf8');
const examples = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('docs/adapters.md', () => {
  it('should have a worked example for each CRM family', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const family of ['Dynamics 365', 'Salesforce Lightning', 'helpdesk', 'GOV.UK-style', 'in-house']) expect(guide).toContain(family);
  });

  it.each(examples.map((json, index) => [index + 1, json] as const))('example %i should import with CrmAdapter', (_index, json) => {
    const result = CrmAdapter.safeParse(JSON.parse(json));
    expect(result.success ? 'ok' : z.prettifyError(result.error)).toBe('ok');
  });
});
