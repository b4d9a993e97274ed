// Journey: a first-time officer goes through the onboarding page with the keyboard alone: adds
// their CRM's address (http://127.0.0.1:4310, granted up front as in options.spec.ts, so
// `permissions.request` resolves without a prompt), imports their team's adapter, sets the Code and
// Ombudsman, tests the adapter on an open case page, and sees the "what next". Every step passes
// axe-core; reopening the page resumes at the first step not done. Screenshots of each step go to
// test-results/screenshots/onboarding-*.png.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { councilAdapter as makeCouncilAdapter } from '../pages/council-adapter.js';

const customCrm = 'http://127.0.0.1:4310';
test.use({ grantedOrigins: [`${customCrm}/*`] });

const councilAdapter = makeCouncilAdapter('council-crm', 'Council CRM', customCrm);

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Checks the step with axe and keeps a screenshot of it. */
async function checkStep(page: Page, name: string) {
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: `../test-results/screenshots/onboarding-${name}.png`, fullPage: true });
}

/** Focuses a control and presses a key on it, as a keyboard user would after tabbing there. */
async function press(page: Page, target: ReturnType<Page['getByRole']>, key = 'Enter') {
  await target.focus();
  await expect(target).toBeFocused();
  await page.keyboard.press(key);
}

test('an officer sets up their CRM with the keyboard, step by step, and the page resumes where they left off', async ({ page, context, extensionId }) => {
  const onboarding = `chrome-extension://${extensionId}/onboarding.html`;
  const stepHeading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });
  const steps = page.getByRole('navigation', { name: 'Steps' });
  const stepState = (n: number) => steps.getByRole('listitem').nth(n - 1);

  await page.goto(onboarding);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Complaint Code' })).toBeVisible();
  await expect(page.getByText('Step 1 of 4')).toBeVisible();
  await expect(stepHeading('Add your CRM’s address')).toBeVisible();
  await expect(steps.getByRole('button', { name: '1. Add your CRM’s address' })).toHaveAttribute('aria-current', 'step');
  for (const n of [1, 2, 3, 4]) await expect(stepState(n)).toContainText('Not done yet');
  await checkStep(page, '1-crm');

  // Step 1: type the address, Enter submits "Add CRM".
  const address = page.getByRole('textbox', { name: 'CRM address' });
  await address.focus();
  await page.keyboard.type(customCrm);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Added ${customCrm}` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'CRM addresses' })).toContainText(customCrm);
  await checkStep(page, '1-crm-added');
  await press(page, page.getByRole('button', { name: 'Continue' }));

  // Step 2: focus moved to the new step's heading; import the team's adapter by pasting it.
  await expect(stepHeading('Choose an adapter')).toBeFocused();
  await expect(stepState(1)).toContainText('Done');
  await expect(page.getByRole('button', { name: /^Copy and complete / }).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Or paste adapter JSON' }).focus();
  await page.keyboard.insertText(JSON.stringify(councilAdapter));
  await press(page, page.getByRole('button', { name: 'Import pasted JSON' }));
  await expect(page.getByRole('status').filter({ hasText: 'Imported: added council-crm' })).toBeVisible();
  await checkStep(page, '2-adapter');
  await press(page, page.getByRole('button', { name: 'Continue' }));

  // Step 3: the Code and the Ombudsman.
  await expect(stepHeading('Choose the Code and Ombudsman')).toBeFocused();
  const ombudsman = page.getByRole('combobox', { name: 'Ombudsman' });
  await ombudsman.focus();
  await ombudsman.selectOption('lgsco');
  await press(page, page.getByRole('button', { name: 'Save settings' }));
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
  await checkStep(page, '3-settings');

  // Leave and come back: the page resumes at step 3, with steps 1 and 2 done.
  await page.reload();
  await expect(stepHeading('Choose the Code and Ombudsman')).toBeVisible();
  await expect(stepState(1)).toContainText('Done');
  await expect(stepState(2)).toContainText('Done');
  await expect(stepState(3)).toContainText('Not done yet');
  await expect(page.getByRole('combobox', { name: 'Ombudsman' })).toHaveValue('lgsco');
  await press(page, page.getByRole('button', { name: 'Continue' }));

  // Step 4: open a case page in another tab, come back, and test the adapter on it.
  await expect(stepHeading('Test on a case page')).toBeFocused();
  const crmTab = await context.newPage();
  await crmTab.goto(`${customCrm}/cases/HC-2026-0412`);
  await expect(crmTab.getByRole('heading', { level: 1, name: /HC-2026-0412/ })).toBeVisible();
  await page.bringToFront();
  await expect(page.getByRole('combobox', { name: 'Adapter to test' })).toHaveValue('council-crm');
  await press(page, page.getByRole('button', { name: 'Test on this page' }));
  const report = page.getByRole('table', { name: 'What each field read' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Case reference', exact: true }) })).toContainText('HC-2026-0412');
  await checkStep(page, '4-test');
  await press(page, page.getByRole('button', { name: 'Finish' }));

  // Done: every step marked done, and what to do next.
  await expect(stepHeading('You’re set up')).toBeFocused();
  for (const n of [1, 2, 3, 4]) await expect(stepState(n)).toContainText('Done');
  await expect(page.getByRole('heading', { name: 'What next' })).toBeVisible();
  await checkStep(page, '5-done');
  await page.reload();
  await expect(stepHeading('You’re set up')).toBeVisible();
});

test('a platform pack can be copied and completed from the adapter step', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/onboarding.html`);
  await press(page, page.getByRole('button', { name: '2. Choose an adapter' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Choose an adapter', exact: true })).toBeFocused();
  await press(page, page.getByRole('button', { name: /^Copy and complete / }).first());
  await expect(page.getByRole('form', { name: /^Edit adapter/ })).toBeVisible();
  await checkStep(page, '2-adapter-pack');
});
