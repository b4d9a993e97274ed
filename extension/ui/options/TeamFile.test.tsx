/** @vitest-environment happy-dom */
import { defaultSettings, makeTeamFile, Settings } from '@complaint-code/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '../../lib/settings-item.js';
import { TeamFile } from './TeamFile.js';

let scratch: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(() => Promise.resolve({ origins: [], permissions: [] }) as never);
  scratch = document.createElement('div');
  document.body.append(scratch);
});
afterEach(() => {
  render(null, scratch);
  scratch.remove();
});

const adapter = {
  id: 'council-crm',
  name: 'Council CRM',
  version: 1 as const,
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
};
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

async function choose(text: string) {
  const input = scratch.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'team.json', { type: 'application/json' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('TeamFile', () => {
  it('previews a team file and changes nothing until Apply', async () => {
    await settingsItem.setValue(defaultSettings);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => Promise.resolve(true) as never);
    render(<TeamFile />, scratch);
    const file = makeTeamFile(Settings.parse({ ombudsman: 'lgsco', adapters: [adapter] }), ['https://crm.council.example'], new Date('2026-11-24T09:00:00Z'));
    await choose(JSON.stringify(file));

    const preview = scratch.querySelector('[aria-label="Changes from the team file"]');
    expect(preview?.textContent).toContain('ombudsman: housing → lgsco');
    expect(preview?.textContent).toContain('Adapter council-crm: added (Council CRM)');
    expect(preview?.textContent).toContain('https://crm.council.example');
    expect((await settingsItem.getValue()).ombudsman).toBe('housing');

    const applyButton = [...scratch.querySelectorAll('button')].find((button) => button.textContent === 'Apply these changes') as HTMLButtonElement;
    await act(async () => applyButton.click());
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.council.example/*'] });
    const stored = await settingsItem.getValue();
    expect(stored.ombudsman).toBe('lgsco');
    expect(stored.adapters.map((a) => a.id)).toEqual(['council-crm']);
    expect(scratch.querySelector('[role="status"]')?.textContent).toContain('applied');
  });

  it('a bad file is refused in plain words and nothing is stored', async () => {
    render(<TeamFile />, scratch);
    await choose('{"format":"complaint-code-team","version":1,"settings":{"dueSoonWorkingDays":50}}');
    expect(scratch.querySelector('[role="alert"]')?.textContent).toContain('Use 20 working days or fewer');
    expect(scratch.querySelector('[aria-label="Changes from the team file"]')).toBeNull();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });
});
