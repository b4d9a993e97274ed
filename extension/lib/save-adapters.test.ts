import { CrmAdapter, defaultSettings } from '@complaint-code/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveAdapters } from './save-adapters.js';
import { settingsItem } from './settings-item.js';

const adapter = (id: string) =>
  CrmAdapter.parse({ id, name: id, version: 1, casePage: { urlPattern: '^/cases/' }, fields: { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Received' } } });

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('saveAdapters', () => {
  it('should store the adapters beside the other settings', async () => {
    await settingsItem.setValue({ ...defaultSettings, ombudsman: 'lgsco' });
    expect(await saveAdapters([adapter('a')])).toEqual({ ok: true });
    expect(await settingsItem.getValue()).toMatchObject({ ombudsman: 'lgsco', adapters: [{ id: 'a' }] });
  });

  it('should say so when the browser refuses to store them (quota), keeping what was stored', async () => {
    await settingsItem.setValue({ ...defaultSettings, adapters: [adapter('kept')] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveAdapters([adapter('kept'), adapter('new')]);
    expect(result).toEqual({
      ok: false,
      message: 'The adapters could not be saved: the browser’s storage for this extension is full (QUOTA_BYTES quota exceeded). Nothing was changed.',
    });
    vi.restoreAllMocks();
    expect((await settingsItem.getValue()).adapters.map((a) => a.id)).toEqual(['kept']);
  });

  it('should refuse adapters too big to keep, before writing anything', async () => {
    const huge = { ...adapter('huge'), name: 'x'.repeat(100) };
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...huge, id: `huge-${i}` }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await saveAdapters(many);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Your adapters would take \d+(\.\d)? MB; the most the extension keeps is 1 MB\. Nothing was changed\./);
    expect(set).not.toHaveBeenCalled();
  });
});
