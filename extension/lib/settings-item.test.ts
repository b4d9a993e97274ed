import { defaultSettings } from '@complaint-code/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, settingsBackups, settingsItem, updateSettings } from './settings-item.js';

beforeEach(() => fakeBrowser.reset());

describe('settingsItem', () => {
  it('should start from the defaults on a fresh install', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings, repairs: [] });
  });

  it('should store settings under `settings` with the storage version beside them', async () => {
    await settingsItem.setValue({ ...defaultSettings, ombudsman: 'lgsco' });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toMatchObject({ ombudsman: 'lgsco' });
    expect(raw['settings$']).toEqual({ v: 1 });
    expect((await loadSettings()).settings.ombudsman).toBe('lgsco');
  });

  it('should repair what an older or broken build left in storage', async () => {
    await fakeBrowser.storage.local.set({ settings: { dueSoonWorkingDays: 'two', ombudsman: 'lgsco' } });
    const { settings, repairs } = await loadSettings();
    expect(settings).toEqual({ ...defaultSettings, ombudsman: 'lgsco' });
    expect(repairs.map((repair) => repair.field)).toEqual(['dueSoonWorkingDays']);
  });
});

describe('settings repairs', () => {
  const adapter = {
    id: 'acme',
    name: 'Acme',
    version: 2,
    casePage: { urlPattern: '^/cases/' },
    fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
  };
  const now = new Date('2026-11-24T09:00:00Z');

  it('should write a repair back, after keeping a copy of what was stored', async () => {
    const broken = { retentionMonths: 0, ombudsman: 'lgsco', adapters: [adapter, { id: 'Bad Id' }] };
    await fakeBrowser.storage.local.set({ settings: broken });
    const first = await loadSettings(now);
    expect(first.repairs.map((repair) => repair.field)).toEqual(['retentionMonths', 'adapters.1']);
    // Storage no longer holds the bad values: the next read is clean.
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...defaultSettings, ombudsman: 'lgsco', adapters: [adapter] });
    expect((await loadSettings(now)).repairs).toEqual([]);
    // …and what was dropped (the broken adapter too) is kept, once.
    await loadSettings(now);
    expect(await settingsBackups.getValue()).toEqual([{ at: now.toISOString(), stored: broken, repairs: first.repairs }]);
  });

  it('should keep a copy of a wholly unreadable value and say so', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const { settings, repairs } = await loadSettings(now);
    expect(settings).toEqual(defaultSettings);
    expect(repairs).toHaveLength(1);
    expect((await settingsBackups.getValue())[0]?.stored).toBe('garbage');
  });

  it('should save a change over corrupted storage (a bad field the form does not show)', async () => {
    await fakeBrowser.storage.local.set({ settings: { alerts: { dailyAt: '25:00' }, adapters: [adapter] } });
    const saved = await updateSettings((current) => ({ ...current, ombudsman: 'lgsco' }));
    expect(saved.success).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ ombudsman: 'lgsco', alerts: { dailyAt: '09:00' }, adapters: [adapter] });
  });

  it('should refuse an invalid change with the field and message, writing nothing', async () => {
    await settingsItem.setValue({ ...defaultSettings, ombudsman: 'lgsco' });
    const saved = await updateSettings((current) => ({ ...current, dueSoonWorkingDays: 99 }));
    expect(saved.success).toBe(false);
    expect(saved.error?.issues[0]?.path).toEqual(['dueSoonWorkingDays']);
    expect((await loadSettings(now)).settings.dueSoonWorkingDays).toBe(2);
  });
});
