/** @vitest-environment happy-dom */
import { defaultSettings, parseManagedPolicy } from '@complaint-code/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '../../lib/settings-item.js';
import { OptionsApp } from './OptionsApp.js';

let scratch: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no manifest or permissions: nothing granted yet.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Complaint Code', version: '0.1.0' });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(() => Promise.resolve(false) as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(() => Promise.resolve({ origins: [], permissions: [] }) as never);
  scratch = document.createElement('div');
  document.body.append(scratch);
});
afterEach(() => {
  render(null, scratch);
  scratch.remove();
});

const orgAdapter = {
  id: 'council-crm',
  name: 'Council CRM',
  version: 1,
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
};

/** The form control whose label starts with `label`. */
function control(label: string): HTMLSelectElement | HTMLInputElement {
  const found = [...scratch.querySelectorAll('label.field')].find((element) => element.querySelector('span')?.textContent?.startsWith(label));
  return found?.querySelector('select, input') as HTMLSelectElement | HTMLInputElement;
}

describe('OptionsApp under an organisation policy', () => {
  it('shows managed settings as set by your organisation, disabled, and saving keeps the officer’s own value', async () => {
    const own = { ...defaultSettings, ombudsman: 'housing' as const, dueSoonWorkingDays: 4 };
    await settingsItem.setValue(own);
    const { policy, problems } = parseManagedPolicy({
      crmOrigins: ['https://crm.council.example'],
      adapters: [orgAdapter],
      settings: { ombudsman: 'lgsco', retentionMonths: 'soon' },
    });
    await act(async () => {
      render(<OptionsApp settings={own} repairs={[]} policy={policy} problems={problems} />, scratch);
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));

    const ombudsman = control('Ombudsman');
    expect(ombudsman.value).toBe('lgsco');
    expect(ombudsman.disabled).toBe(true);
    expect(scratch.querySelector(`#${ombudsman.getAttribute('aria-describedby')}`)?.textContent).toBe('Set by your organisation');
    const dueSoon = control('"Due soon"');
    expect(dueSoon.disabled).toBe(false);
    expect(dueSoon.value).toBe('4');

    // The organisation's part: its adapter, its CRM address (not yet allowed: the store build asks once), and what it got wrong.
    expect(scratch.querySelector('[aria-label="Adapters set by your organisation"]')?.textContent).toContain('Council CRM');
    expect(scratch.textContent).toContain('Allow https://crm.council.example');
    expect(scratch.querySelector('[role="alert"]')?.textContent).toContain('settings.retentionMonths');

    await act(async () => {
      dueSoon.value = '6';
      dueSoon.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      scratch.querySelector('form.stack')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    const stored = await settingsItem.getValue();
    expect(stored.dueSoonWorkingDays).toBe(6);
    expect(stored.ombudsman).toBe('housing');
    expect(stored.adapters).toEqual([]);
  });
});
