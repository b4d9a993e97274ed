/** @vitest-environment happy-dom */
import { defaultSettings } from '@complaint-code/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '../../lib/settings-item.js';
import { Adapters } from './Adapters.js';

const adapterJson = JSON.stringify({
  id: 'acme',
  name: 'Acme CRM',
  version: 1,
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Received' } },
});

let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

async function pasteAndImport(text: string) {
  const textarea = host.querySelector('textarea');
  if (!textarea) throw new Error('no textarea');
  await act(() => {
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const button = [...host.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Import pasted JSON');
  await act(async () => {
    button?.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('Adapters (options page)', () => {
  it('says so on the page when the browser refuses to store an import (quota), and lists nothing new', async () => {
    await settingsItem.setValue(defaultSettings);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await act(() => render(<Adapters initial={[]} />, host));
    await pasteAndImport(adapterJson);
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/storage for this extension is full .*Nothing was changed\./);
    expect(host.querySelector('[aria-label="Adapters"]')?.textContent).not.toContain('Acme CRM');
  });

  it('refuses an 11 MB paste with its size, storing nothing', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await act(() => render(<Adapters initial={[]} />, host));
    await pasteAndImport(`[${Array.from({ length: 11 * 1024 }, () => adapterJson.padEnd(1024, ' ')).join(',')}]`);
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/^This file is 11\.\d MB\. .*Nothing was imported\.$/);
    expect(set).not.toHaveBeenCalled();
  });

  it('notes on import when an earlier adapter already covers the same pages (first match wins)', async () => {
    await settingsItem.setValue(defaultSettings);
    await act(() => render(<Adapters initial={[]} />, host));
    await pasteAndImport(adapterJson);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Imported: added acme.');
    await pasteAndImport(adapterJson.replace('"acme"', '"acme-fixed"'));
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      'Imported: added acme-fixed. Note: the adapter "Acme CRM" (acme) may already cover the pages of acme-fixed and is tried first. Remove it, or import this file under its id to replace it.',
    );
    await pasteAndImport(adapterJson.replace('"acme"', '"other"').replace('^/cases/', '^/tickets/'));
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Imported: added other.');
  });
});
