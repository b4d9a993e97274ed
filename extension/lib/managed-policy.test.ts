import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadEffectiveSettings, readManagedPolicy, watchManagedPolicy } from './managed-policy.js';
import { settingsItem } from './settings-item.js';
import { defaultSettings } from '@complaint-code/shared';

beforeEach(() => fakeBrowser.reset());

const adapter = {
  id: 'council-crm',
  name: 'Council CRM',
  version: 1,
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
};

describe('readManagedPolicy', () => {
  it('no policy is an empty policy', async () => {
    expect(await readManagedPolicy()).toEqual({ policy: { crmOrigins: [], adapters: [], settings: {} }, problems: [] });
  });

  it('a browser that refuses the managed area (Firefox without a policy) is an empty policy, not a crash', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect((await readManagedPolicy()).problems).toEqual([]);
  });

  it('reads the policy and reports its bad parts', async () => {
    await fakeBrowser.storage.managed.set({ crmOrigins: ['https://crm.council.example'], settings: { ombudsman: 'lgsco', dueSoonWorkingDays: -1 } });
    const { policy, problems } = await readManagedPolicy();
    expect(policy.crmOrigins).toEqual(['https://crm.council.example']);
    expect(policy.settings).toEqual({ ombudsman: 'lgsco' });
    expect(problems).toEqual([{ field: 'settings.dueSoonWorkingDays', message: 'Use 0 or more working days' }]);
  });
});

describe('loadEffectiveSettings', () => {
  it('the policy wins over the officer’s own settings, which stay stored as they were', async () => {
    await settingsItem.setValue({ ...defaultSettings, ombudsman: 'housing', dueSoonWorkingDays: 4 });
    await fakeBrowser.storage.managed.set({ adapters: [adapter], settings: { ombudsman: 'lgsco' } });
    const { settings, own } = await loadEffectiveSettings();
    expect(settings.ombudsman).toBe('lgsco');
    expect(settings.dueSoonWorkingDays).toBe(4);
    expect(settings.adapters.map((a) => a.id)).toEqual(['council-crm']);
    expect(own.ombudsman).toBe('housing');
    expect((await settingsItem.getValue()).ombudsman).toBe('housing');
  });
});

describe('watchManagedPolicy', () => {
  it('calls back on a managed change only', async () => {
    const onChange = vi.fn();
    const stop = watchManagedPolicy(onChange);
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.managed.set({ settings: { ombudsman: 'lgsco' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.managed.set({ settings: { ombudsman: 'housing' } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
