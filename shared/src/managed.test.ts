import { describe, expect, it } from 'vitest';
import { applyManagedPolicy, emptyManagedPolicy, lockedSettings, managedSettingNames, parseManagedPolicy } from './managed.js';
import { Settings } from './settings.js';

const adapter = {
  id: 'council-crm',
  name: 'Council CRM',
  version: 1,
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
};

describe('parseManagedPolicy', () => {
  it('reads a full policy', () => {
    const { policy, problems } = parseManagedPolicy({
      crmOrigins: ['https://crm.council.example/', 'https://crm.council.example'],
      adapters: [adapter],
      settings: { ombudsman: 'lgsco', dueSoonWorkingDays: 5, alerts: { daily: false } },
      officersMayChange: ['retentionMonths'],
    });
    expect(problems).toEqual([]);
    expect(policy.crmOrigins).toEqual(['https://crm.council.example']);
    expect(policy.adapters.map((a) => a.id)).toEqual(['council-crm']);
    // Only what the policy gives: no defaults for settings it leaves out.
    expect(policy.settings).toEqual({ ombudsman: 'lgsco', dueSoonWorkingDays: 5, alerts: { daily: false, dailyAt: '09:00', overdue: true } });
    expect(policy.officersMayChange).toEqual(['retentionMonths']);
  });

  it('no policy is an empty policy with no problems', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ policy: emptyManagedPolicy, problems: [] });
    expect(parseManagedPolicy({})).toEqual({ policy: emptyManagedPolicy, problems: [] });
  });

  it('keeps the good parts of a bad policy and says what was left out', () => {
    const { policy, problems } = parseManagedPolicy({
      crmOrigins: ['ftp://files.example', 'https://crm.council.example'],
      adapters: [{ ...adapter, id: 'Bad Id' }, adapter],
      settings: { dueSoonWorkingDays: 99, ombudsman: 'lgsco', colour: 'red' },
      officersMayChange: ['ombudsman', 'nonsense'],
      extra: true,
    });
    expect(policy.crmOrigins).toEqual(['https://crm.council.example']);
    expect(policy.adapters.map((a) => a.id)).toEqual(['council-crm']);
    expect(policy.settings).toEqual({ ombudsman: 'lgsco' });
    expect(problems).toEqual([
      { field: 'crmOrigins.0', message: 'CRM address "ftp://files.example" was left out: A CRM address looks like https://crm.council.example' },
      { field: 'adapters.0', message: 'Adapter Bad Id was left out: Use lower-case letters, digits and hyphens for the adapter id' },
      { field: 'settings.dueSoonWorkingDays', message: 'Use 20 working days or fewer' },
      { field: 'settings.colour', message: 'There is no setting called colour' },
      { field: 'officersMayChange.1', message: 'Setting "nonsense" was left out: Invalid option: expected one of "ruleSet"|"ombudsman"|"division"|"dueSoonWorkingDays"|"homes"|"landlord"|"alerts"|"retentionMonths"' },
      { field: 'officersMayChange', message: 'ombudsman is set by the policy, so officers cannot change it' },
      { field: 'extra', message: 'Unknown policy value extra' },
    ]);
  });

  it.each([[42], ['text'], [[1, 2]]])('a policy that is not an object (%j) is reported, not thrown', (raw) => {
    const { policy, problems } = parseManagedPolicy(raw);
    expect(policy).toEqual(emptyManagedPolicy);
    expect(problems).toHaveLength(1);
  });

  it('a list or settings of the wrong kind is reported', () => {
    expect(parseManagedPolicy({ adapters: {}, settings: [] }).problems).toEqual([
      { field: 'adapters', message: 'Expected a list' },
      { field: 'settings', message: 'Expected a set of named settings' },
    ]);
  });
});

describe('applyManagedPolicy', () => {
  const own = Settings.parse({ ombudsman: 'housing', dueSoonWorkingDays: 3, retentionMonths: 24, landlord: 'Mine', adapters: [{ ...adapter, name: 'My copy' }, { ...adapter, id: 'mine' }] });

  it('managed settings win, the organisation adapters come first and replace an officer copy with the same id', () => {
    const { policy } = parseManagedPolicy({ adapters: [adapter], settings: { ombudsman: 'lgsco' } });
    const effective = applyManagedPolicy(own, policy);
    expect(effective.ombudsman).toBe('lgsco');
    expect(effective.dueSoonWorkingDays).toBe(3);
    expect(effective.adapters.map((a) => [a.id, a.name])).toEqual([
      ['council-crm', 'Council CRM'],
      ['mine', 'Council CRM'],
    ]);
  });

  it('with officersMayChange, a setting not listed goes back to its default (or away, when it has none)', () => {
    const { policy } = parseManagedPolicy({ officersMayChange: ['retentionMonths'] });
    const effective = applyManagedPolicy(own, policy);
    expect(effective.retentionMonths).toBe(24);
    expect(effective.dueSoonWorkingDays).toBe(2);
    expect(effective.landlord).toBeUndefined();
    expect([...lockedSettings(policy)].sort()).toEqual(managedSettingNames.filter((name) => name !== 'retentionMonths').sort());
  });

  it('an empty policy changes nothing', () => {
    expect(applyManagedPolicy(own, emptyManagedPolicy)).toEqual(own);
    expect(lockedSettings(emptyManagedPolicy).size).toBe(0);
  });
});
