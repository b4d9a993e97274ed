// Journey: IT rolls the extension out by policy; the officer sets nothing up. Chromium reads
// policies from /etc/chromium/policies/managed/*.json (root only), and applies the `3rdparty`
// part to the extension it names by id: the e2e build has a fixed key (keys/e2e.pub), so its id
// is known before it loads. The policy gives the CRM address, one adapter and settings; the
// address is http://127.0.0.1:4310, which no built-in adapter names, so the countdown there comes
// from the policy's adapter alone. Real Chromium applies the policy to this unpacked build (no
// test double). Then IT changes the policy while the browser runs, and the options page follows.
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extensionIdFromKey } from '../../scripts/extension-id.mjs';
import { expect, test } from '../fixtures.js';
import { overlay } from '../pages/overlay.js';
import { councilAdapter as makeCouncilAdapter } from '../pages/council-adapter.js';

const policyDir = '/etc/chromium/policies/managed';
const policyFile = path.join(policyDir, 'complaint-code-e2e.json');
const councilCrm = 'http://127.0.0.1:4310';

/** The adapter IT ships: the demo CRM read by its labels, for the council's address only. */
const councilAdapter = makeCouncilAdapter('council-casehub', 'Council CaseHub', councilCrm);

/** The managed-storage value (the same shape as docs/deploy.md's example). */
const managed = (ombudsman: 'housing' | 'lgsco') => ({
  crmOrigins: [councilCrm],
  adapters: [councilAdapter],
  settings: { ombudsman, dueSoonWorkingDays: 3 },
  officersMayChange: ['homes', 'retentionMonths'],
});

async function writePolicy(extensionId: string, ombudsman: 'housing' | 'lgsco'): Promise<void> {
  await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: managed(ombudsman) } } }, null, 2));
}

let e2eId = '';
test.beforeAll(async () => {
  e2eId = extensionIdFromKey(await readFile(path.resolve(import.meta.dirname, '../../keys/e2e.pub'), 'utf8'));
  try {
    await mkdir(policyDir, { recursive: true });
    await access(policyDir, 2 /* W_OK */);
  } catch {
    test.skip(true, `Chromium's policy folder ${policyDir} cannot be written (run as root, as in CI)`);
  }
  await writePolicy(e2eId, 'lgsco');
});
test.afterAll(async () => {
  await rm(policyFile, { force: true });
});

test('a managed policy gives the CRM, the adapter and the settings: the countdown shows with no officer set-up', async ({ page, extensionId }) => {
  expect(extensionId).toBe(e2eId);

  // Nothing set up by the officer: straight to a case on the council's CRM.
  await page.goto(`${councilCrm}/cases/HC-2026-0412`);
  const { host, badge } = overlay(page);
  await expect(host).toHaveCount(1);
  await expect(badge).toHaveAccessibleName(/^Complaint deadline: Stage 1/);

  // The options page says what the organisation set, and the officer cannot change it.
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const managedSection = page.getByRole('region', { name: 'Set by your organisation' });
  await expect(managedSection.getByRole('list', { name: 'Adapters set by your organisation' })).toContainText('Council CaseHub');
  await expect(managedSection.getByRole('list', { name: 'CRM addresses set by your organisation' })).toContainText(`${councilCrm} (allowed)`);
  await expect(page.getByRole('alert')).toHaveCount(0); // the policy is valid: nothing to report
  const ombudsman = page.getByRole('combobox', { name: 'Ombudsman' });
  await expect(ombudsman).toBeDisabled();
  await expect(ombudsman).toHaveValue('lgsco');
  await expect(ombudsman).toHaveAccessibleDescription('Set by your organisation');
  await expect(page.getByRole('spinbutton', { name: /Due soon/ })).toBeDisabled();
  await expect(page.getByRole('spinbutton', { name: /Homes you own/ })).toBeEnabled();
  // Not listed in officersMayChange, so locked at its default.
  await expect(page.getByRole('combobox', { name: 'Bank holidays' })).toBeDisabled();

  // IT changes the policy while the browser runs: Chromium reloads it and the page follows.
  await writePolicy(extensionId, 'housing');
  await expect(ombudsman).toHaveValue('housing', { timeout: 45_000 });
  await expect(ombudsman).toBeDisabled();
});
