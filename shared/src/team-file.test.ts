import { describe, expect, it } from 'vitest';
import { Settings } from './settings.js';
import { applyTeamFile, makeTeamFile, readTeamFile, teamFileChanges } from './team-file.js';

const adapter = {
  id: 'council-crm',
  name: 'Council CRM',
  version: 1 as const,
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
};
const lead = Settings.parse({ ombudsman: 'lgsco', dueSoonWorkingDays: 4, landlord: 'Riverside Council', adapters: [adapter] });

describe('team file', () => {
  it('round-trips: what one officer exports, another reads back the same', () => {
    const file = makeTeamFile(lead, ['https://crm.council.example'], new Date('2026-11-24T09:00:00Z'));
    const read = readTeamFile(JSON.stringify(file));
    expect(read).toEqual({ ok: true, file });
    expect(file.settings).toMatchObject({ ombudsman: 'lgsco', dueSoonWorkingDays: 4, landlord: 'Riverside Council' });
  });

  it('previews what would change, and applying changes only that', () => {
    const file = makeTeamFile(lead, ['https://crm.council.example'], new Date('2026-11-24T09:00:00Z'));
    const mine = Settings.parse({ dueSoonWorkingDays: 4, adapters: [{ ...adapter, id: 'mine', name: 'Mine' }] });
    expect(teamFileChanges(mine, [], file)).toEqual([
      { what: 'ombudsman', from: 'housing', to: 'lgsco' },
      { what: 'landlord', from: 'not set', to: 'Riverside Council' },
      { what: 'Adapter council-crm', to: 'added (Council CRM)' },
      { what: 'CRM address', to: 'https://crm.council.example (your browser asks you to allow it)' },
    ]);
    const after = applyTeamFile(mine, file);
    expect(after.ombudsman).toBe('lgsco');
    expect(after.adapters.map((a) => a.id)).toEqual(['mine', 'council-crm']);
    expect(teamFileChanges(after, ['https://crm.council.example'], file)).toEqual([]);
  });

  it.each([
    ['not json', 'This file is not JSON, so it is not a team file'],
    ['{"format":"something-else","version":1}', 'This is not a Complaint Code team file'],
    ['{"format":"complaint-code-team","version":2}', 'update the extension'],
    ['{"format":"complaint-code-team","version":1,"settings":{"dueSoonWorkingDays":50}}', 'Use 20 working days or fewer'],
    ['{"format":"complaint-code-team","version":1,"adapters":[{"id":"x"}]}', 'adapters'],
  ])('refuses %s with a plain message', (text, message) => {
    const read = readTeamFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });
});
