// The field-style demo pages on their own (no extension): each shows its facts the way its
// product family does, and the workspace switches tickets without changing the address.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demoCrm } from '../pages/crm.js';

test('the queue links every field-style page', async ({ page }) => {
  await demoCrm(page).queue();
  const nav = page.getByRole('region', { name: 'The same complaints in other CRM styles' });
  await expect(nav.getByRole('link')).toHaveCount(4);
  await nav.getByRole('link', { name: /header tiles/ }).click();
  await expect(page.locator('[data-id="header_ticketnumber"]')).toHaveText('HC-2026-0446Case Number');
  await expect(page.locator('[data-id="header_prioritycode"]')).toHaveText('NormalPriority');
  await expect(page.locator('input[data-id="createdon.fieldControl-date-time-input"]')).toHaveAttribute('value', '2026-11-19 10:26');
  await expect(page.locator('input[data-id="cc_acknowledgedon.fieldControl-date-time-input"]')).toHaveAttribute('value', '---');
});

test('the workspace shows one ticket at a time and keeps its address', async ({ page }) => {
  await demoCrm(page).workspace();
  const url = page.url();
  await expect(page.locator('[data-test-id="ticket-pane"]:visible [data-test-id="ticket-number"]')).toHaveText('HC-2026-0412');
  await expect(page.locator('#pane-HC-2026-0412 [data-test-id="ticket-created"] time')).toHaveAttribute('datetime', '2026-11-23T08:00:00Z');
  await expect(page.locator('#pane-HC-2026-0412 [data-test-id="ticket-created"] time')).toHaveAttribute('title', 'Nov 23, 2026 08:00');
  await expect(page.locator('#pane-HC-2026-0412 [data-test-id="ticket-acknowledged"]')).toHaveText('—Empty—');
  await page.getByRole('tab', { name: /HC-2026-0480/ }).click();
  await expect(page.locator('[data-test-id="ticket-pane"]:visible [data-test-id="ticket-number"]')).toHaveText('HC-2026-0480');
  await expect(page.locator('#pane-HC-2026-0480 [data-test-id="ticket-created"]')).toHaveText('7 days ago');
  expect(page.url()).toBe(url);
});

test('the inline page and the GOV.UK page show their facts as text', async ({ page }) => {
  const crm = demoCrm(page);
  await crm.inlineComplaint('10000463');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Complaint: 10000463');
  await expect(page.getByText('Raised: 2 Nov 2026, 11:39')).toBeVisible();
  await expect(page.locator('td.resident')).toHaveText('Mr Thomas Whitfield, Flat 12, Linden Court, Mill Lane, Bradford, BD5 0QA');
  await crm.govukCase('HC-2026-0463');
  const extended = page.locator('.govuk-summary-list__row', { has: page.getByText('Response deadline (extended)') });
  await expect(extended.locator('.govuk-summary-list__value')).toHaveText('02-Dec-2026');
  const received = page.locator('.govuk-summary-list__row', { has: page.getByText('Date complaint received') });
  await expect(received.locator('.govuk-summary-list__value')).toHaveText('02-Nov-2026');
});

test('each field-style page has no axe violations of its own', async ({ page }) => {
  const crm = demoCrm(page);
  const visits: [string, () => Promise<void>][] = [
    ['header tiles', () => crm.headerTilesCase()],
    ['workspace', () => crm.workspace()],
    ['inline', () => crm.inlineComplaint('10000463')],
    ['GOV.UK', () => crm.govukCase('HC-2026-0463')],
  ];
  for (const [name, visit] of visits) {
    await visit();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${name}: ${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
  }
});
