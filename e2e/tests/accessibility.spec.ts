// Journey: the overlay (closed, open, and reporting a problem) and the options page pass axe-core
// (WCAG 2.2 A and AA rules) with no violations. The overlay is checked on its own (`include` on its
// shadow host): the demo CRM's own pages are checked in demo-crm.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { optionsPage } from '../pages/options.js';
import { overlay } from '../pages/overlay.js';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(wcag);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

test('the overlay badge and its open timeline have no axe violations', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0463');
  const countdown = overlay(page);
  await expect(countdown.badge).toBeVisible();
  expect(await violations(page, 'complaint-code-countdown')).toEqual([]);
  await countdown.open();
  await expect(countdown.panel).toBeVisible();
  // The panel's forms arrive on demand after the click (content/on-demand): check them too.
  await expect(countdown.panel.getByRole('form', { name: 'Correct a fact' })).toBeVisible();
  expect(await violations(page, 'complaint-code-countdown')).toEqual([]);
});

test('the overlay reporting a problem has no axe violations', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0463', { broken: 'received' });
  const countdown = overlay(page);
  await countdown.open();
  await expect(countdown.problems).toBeVisible();
  expect(await violations(page, 'complaint-code-countdown')).toEqual([]);
});

test('the overlay on the Dynamics-style form has no axe violations', async ({ page }) => {
  await demoCrm(page).dynamicsCase('HC-2026-0480');
  await overlay(page).open();
  await expect(overlay(page).panel).toBeVisible();
  expect(await violations(page, 'complaint-code-countdown')).toEqual([]);
});

test('the options page has no axe violations', async ({ page, extensionId }) => {
  await optionsPage(page, extensionId).open();
  expect(await violations(page)).toEqual([]);
});
