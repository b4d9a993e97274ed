// The demo CRM on its own (no extension): every page style renders, its editors load from
// node_modules, the SPA routes on the client and shows fields late, and the broken flag works.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { demoCrm } from '../pages/crm.js';

test('the queue lists 30 complaints with UK dates and status pills', async ({ page }) => {
  await demoCrm(page).queue();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaints queue' })).toBeVisible();
  await expect(page.locator('tr.case-row')).toHaveCount(30);
  const row = page.locator('tr.case-row[data-reference="HC-2026-0463"]');
  await expect(row.locator('td.received')).toHaveText('02/11/2026');
  await expect(row.locator('td.stage')).toHaveText('Stage 1');
  await page.getByLabel('Status').selectOption('Closed');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.locator('tr.case-row')).toHaveCount(5);
});

test('the classic case page shows labelled fields, and ?broken= removes or garbles one', async ({ page }) => {
  const crm = demoCrm(page);
  await crm.classicCase('HC-2026-0463');
  const received = page.locator('table.case-fields tr', { has: page.getByRole('rowheader', { name: 'Date received' }) });
  await expect(received.locator('td')).toHaveText('02/11/2026');
  await expect(page.getByLabel('Your reply')).toBeEditable();
  await crm.classicCase('HC-2026-0463', { broken: 'received' });
  await expect(page.getByRole('rowheader', { name: 'Date received' })).toHaveCount(0);
  await crm.classicCase('HC-2026-0463', { broken: 'received-garbled' });
  await expect(received.locator('td')).toHaveText('TBC');
});

test('a draft reply is saved on the case', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0412');
  await page.getByLabel('Your reply').fill('Dear Mrs Okafor, thank you for your complaint.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Draft saved.');
  await expect(page.getByLabel('Your reply')).toHaveValue('Dear Mrs Okafor, thank you for your complaint.');
});

test('the SPA routes on the client and renders the fields late', async ({ page }) => {
  const crm = demoCrm(page);
  await crm.spaCaseFromList('HC-2026-0429');
  const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);
  await expect(crm.spaFieldsShown()).toBeVisible();
  await expect(page.locator('[data-field="receivedOn"] time')).toHaveAttribute('datetime', '2026-11-18');
  await expect(page.locator('[data-field="receivedOn"] dd')).toHaveText('18 Nov 2026');
  await expect(page.getByRole('textbox', { name: 'Reply to resident' })).toBeVisible();
  await page.evaluate(() => Object.assign(window, { stillSamePage: true }));
  await crm.nextCaseLink().click();
  await expect(page).toHaveURL(/\/app\/cases\/HC-2026-0446$/);
  await expect(page.locator('[data-field="reference"]')).toHaveText('HC-2026-0446');
  expect(await page.evaluate(() => (window as { stillSamePage?: boolean }).stillSamePage)).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
});

test('stage 2 cases in the SPA reply in TinyMCE, served locally', async ({ page }) => {
  await demoCrm(page).spaCase('HC-2026-0497');
  const editor = page.frameLocator('iframe.tox-edit-area__iframe').locator('body');
  await expect(editor).toContainText('Dear Mr Kwame Mensah');
});

test('the Dynamics-style form shows data-id fields and a CKEditor 5 email', async ({ page }) => {
  await demoCrm(page).dynamicsCase('HC-2026-0497');
  await expect(page.locator('[data-id="header_createdon.fieldControl-date-time"]')).toHaveText(/^Wednesday 7 October 2026 \d\d:\d\d$/);
  await expect(page.getByLabel('Acknowledged On', { exact: true })).toHaveValue('12 Oct 2026');
  await expect(page.getByLabel('Escalated On')).toHaveValue('10 Nov 2026');
  await expect(page.locator('[data-id="EMAIL"] .ck-editor__editable')).toContainText('Dear Mr Kwame Mensah');
});

for (const [name, path] of [
  ['queue', '/'],
  ['classic case', '/cases/HC-2026-0463'],
  ['SPA case', '/app/cases/HC-2026-0429'],
  ['Dynamics list', '/dyn/main.aspx?etn=incident&pagetype=entitylist'],
] as const) {
  test(`the demo CRM's ${name} page has no axe violations of its own`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/app/')) await expect(page.locator('dl.spa-fields')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
