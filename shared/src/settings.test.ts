import { describe, expect, it } from 'vitest';
import { defaultSettings, parseStoredSettings, Settings } from './settings.js';

const adapter = {
  id: 'acme',
  name: 'Acme',
  version: 2,
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
};

describe('Settings', () => {
  it('should fill every default for a fresh install', () => {
    expect(Settings.parse({})).toEqual({
      ruleSet: 'auto',
      ombudsman: 'housing',
      division: 'england-and-wales',
      dueSoonWorkingDays: 2,
      alerts: { daily: true, dailyAt: '09:00', overdue: true },
      keepLetters: false,
      retentionMonths: 12,
      adapters: [],
    });
    expect(defaultSettings).toEqual(Settings.parse({}));
  });

  it.each([
    [{ dueSoonWorkingDays: 21 }, 'Use 20 working days or fewer'],
    [{ dueSoonWorkingDays: 1.5 }, 'Use a whole number of working days'],
    [{ homes: 0 }, 'Homes must be a positive whole number'],
    [{ ruleSet: 'ho-2019' }, 'Choose the Code: auto, ho-2024, ho-2022, joint-draft-2023 or lgsco-2024'],
    [{ alerts: { dailyAt: '25:00' } }, 'Give the time as HH:MM, e.g. 09:00'],
    [{ retentionMonths: 0 }, 'Keep closed complaints for at least 1 month'],
  ])('should refuse %j', (input, message) => {
    const result = Settings.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('parseStoredSettings', () => {
  it('should keep valid settings unchanged, with no repairs', () => {
    const stored = { ...defaultSettings, ombudsman: 'lgsco', homes: 12000, adapters: [adapter] };
    expect(parseStoredSettings(stored)).toEqual({ settings: stored, repairs: [] });
  });

  it('should treat nothing stored as the defaults', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: defaultSettings, repairs: [] });
    expect(parseStoredSettings(null)).toEqual({ settings: defaultSettings, repairs: [] });
  });

  it('should reset only the fields that no longer parse, and say which', () => {
    const { settings, repairs } = parseStoredSettings({ ombudsman: 'lgsco', dueSoonWorkingDays: -1, division: 'wales', adapters: [adapter] });
    expect(settings).toEqual({ ...defaultSettings, ombudsman: 'lgsco', adapters: [adapter] });
    expect(repairs.map((r) => r.field)).toEqual(['division', 'dueSoonWorkingDays']);
    expect(repairs[1]?.message).toBe('Use 0 or more working days');
  });

  it('should drop one broken adapter and keep the others', () => {
    const { settings, repairs } = parseStoredSettings({ adapters: [{ ...adapter, id: 'Bad Id' }, adapter] });
    expect(settings.adapters).toEqual([adapter]);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]?.field).toBe('adapters.0');
    expect(repairs[0]?.message).toContain('lower-case letters');
  });

  // The defect: a wholly invalid value was reset to the defaults with no repair reported, so the
  // options page said nothing and the next save dropped the user's adapters for good.
  it.each([
    ['a string', 'corrupt'],
    ['a number', 42],
    ['a list', [adapter]],
    ['true', true],
  ])('should report a stored value that is %s, never reset it silently', (_what, raw) => {
    const { settings, repairs } = parseStoredSettings(raw);
    expect(settings).toEqual(defaultSettings);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]?.field).toBe('settings');
    expect(repairs[0]?.message).toMatch(/not a settings record/);
  });

  it('should recover settings stored as JSON text (written twice encoded) rather than drop the adapters in them', () => {
    const { settings, repairs } = parseStoredSettings(JSON.stringify({ ombudsman: 'lgsco', adapters: [adapter] }));
    expect(settings).toEqual({ ...defaultSettings, ombudsman: 'lgsco', adapters: [adapter] });
    expect(repairs.map((r) => r.field)).toEqual(['settings']);
    expect(repairs[0]?.message).toMatch(/text/);
  });

  it('should name a dropped adapter so the officer knows which one to import again', () => {
    const { repairs } = parseStoredSettings({ adapters: [{ ...adapter, casePage: { urlPattern: 7 } }] });
    expect(repairs[0]?.field).toBe('adapters.0');
    expect(repairs[0]?.message).toContain('Acme (acme)');
  });
});
