import { defaultSettings } from '@complaint-code/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, settingsItem } from './settings-item.js';

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
