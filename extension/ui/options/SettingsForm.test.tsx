/** @vitest-environment happy-dom */
import { defaultSettings } from '@complaint-code/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../lib/settings-item.js';
import { SettingsForm } from './SettingsForm.js';

const adapter = {
  id: 'acme',
  name: 'Acme',
  version: 2,
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
};

let scratch: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  scratch = document.createElement('div');
  document.body.append(scratch);
});
afterEach(() => {
  render(null, scratch);
  scratch.remove();
});

describe('SettingsForm over corrupted storage', () => {
  it('should say what was reset, offer the old copy, and then save', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionMonths: 0, alerts: { dailyAt: '25:00' }, adapters: [adapter] } });
    const { settings, repairs } = await loadSettings();
    render(<SettingsForm settings={settings} repairs={repairs} />, scratch);
    expect(scratch.querySelector('[role="alert"]')?.textContent).toContain('retentionMonths');
    expect(scratch.textContent).toContain('Download the old settings');

    const ombudsman = [...scratch.querySelectorAll('select')].find((select) => select.querySelector('option[value="lgsco"]')) as HTMLSelectElement;
    await act(async () => {
      ombudsman.value = 'lgsco';
      ombudsman.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      scratch.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(scratch.querySelector('[role="status"]')?.textContent).toContain('Settings saved');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...defaultSettings, ombudsman: 'lgsco', adapters: [adapter] });
  });
});

describe('SettingsForm: categories and keeping letters', () => {
  it('keeps letters only when ticked, and saves the landlord’s categories one a line', async () => {
    const { settings, repairs } = await loadSettings();
    expect(settings.keepLetters).toBe(false);
    render(<SettingsForm settings={settings} repairs={repairs} />, scratch);
    const keep = [...scratch.querySelectorAll('label')].find((label) => label.textContent?.includes('Keep the letters'))?.querySelector('input') as HTMLInputElement;
    expect(keep.checked).toBe(false);
    const categories = scratch.querySelector('textarea') as HTMLTextAreaElement;
    await act(async () => {
      keep.click();
      categories.value = ' Repairs \n\nDamp and mould\n';
      categories.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      scratch.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
    expect(stored).toMatchObject({ keepLetters: true, categories: ['Repairs', 'Damp and mould'] });
  });
});
