// Journey: the officer records evidence from the countdown — an outcome (with points and a category), a
// remedy, a refusal and an agreed update interval — then the team lead opens the side panel's Annual
// report and the case evidence pack (from the countdown and from the side panel row). Forms and report are axe clean.
//
// Today is fixed at Tuesday 24 November 2026 (fixtures.ts); the report's period is the financial year
// 2026-04-01 to 2027-03-31. The demo data records no evidence, so every figure below comes from this journey:
// - HC-2026-0531 (stage 1 responded Wed 4 Nov): stage 1 "Upheld", points "Mould in the bedroom: Upheld" and
//   "Rude operative: Not upheld", category "Damp and mould" → Stage 1: Upheld 1; points Upheld 1, Not upheld 1;
//   category Damp and mould 1.
// - HC-2026-0463 (stage 1 overdue): remedy "Mould wash" due 20 Nov, done 19 Nov → due in the period 1,
//   completed on time 1; interval of 7 days agreed 19 Nov, update sent 20 Nov → intervals agreed 1.
// - HC-2026-0412 (received yesterday): refused on 23 Nov, legal proceedings, told on 23 Nov → not accepted 1,
//   "Legal proceedings started (2.2)" 1, with no explanation recorded 0.
import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { overlay } from '../pages/overlay.js';
import { sidePanel } from '../pages/sidepanel.js';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function openEvidence(page: Page): Promise<Locator> {
  const countdown = overlay(page);
  await expect(countdown.badge).toBeVisible();
  await countdown.open();
  await countdown.panel.getByText('Record evidence: outcome, remedies, refusal, updates').click();
  return countdown.panel;
}
const form = (panel: Locator, heading: string) => panel.locator('form').filter({ has: panel.page().getByRole('heading', { name: heading, exact: true }) });

test('records an outcome, a remedy, a refusal and an interval; the annual report and the case pack show them', async ({ page, context, extensionId }) => {
  test.slow();
  await demoCrm(page).queue();

  // An outcome with its points and a category, on a case whose stage 1 response was sent in the period.
  await demoCrm(page).classicCase('HC-2026-0531');
  let panel = await openEvidence(page);
  const axe = await new AxeBuilder({ page }).include('complaint-code-countdown').withTags(wcag).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const outcome = form(panel, 'Outcome and category');
  await outcome.getByRole('combobox', { name: 'Outcome', exact: true }).selectOption('Upheld');
  await outcome.getByRole('combobox', { name: 'Category', exact: true }).selectOption('Damp and mould');
  await outcome.getByRole('textbox', { name: /^Points of the complaint/ }).fill('Mould in the bedroom: Upheld\nRude operative: Not upheld');
  await outcome.getByRole('button', { name: 'Save outcome' }).click();
  await expect(outcome.getByRole('status')).toHaveText('Saved: stage 1 outcome Upheld, 2 points.');

  // A remedy and an agreed update interval on the overdue case.
  await demoCrm(page).classicCase('HC-2026-0463');
  panel = await openEvidence(page);
  const remedy = form(panel, 'Remedies and outstanding actions');
  await remedy.getByRole('textbox', { name: 'What will be done', exact: true }).fill('Mould wash');
  await remedy.getByRole('textbox', { name: 'Due by', exact: true }).fill('20/11/2026');
  await remedy.getByRole('textbox', { name: 'Done on (if done)', exact: true }).fill('19/11/2026');
  await remedy.getByRole('button', { name: 'Add remedy' }).click();
  await expect(remedy.getByRole('status')).toHaveText('Saved: Mould wash, due by 2026-11-20.');
  const informed = form(panel, 'Keeping the resident informed');
  await informed.getByRole('textbox', { name: 'Date agreed', exact: true }).fill('19/11/2026');
  await informed.getByRole('textbox', { name: 'Update every (days)', exact: true }).fill('7');
  await informed.getByRole('button', { name: 'Save agreed interval' }).click();
  await expect(informed.getByRole('status')).toHaveText('Saved: an update every 7 days, agreed on 2026-11-19.');
  await informed.getByRole('textbox', { name: 'Update sent on', exact: true }).fill('20/11/2026');
  await informed.getByRole('button', { name: 'Record update sent' }).click();
  await expect(informed.getByRole('status')).toHaveText('Saved: update sent on 2026-11-20.');

  // The case pack lists the remedy with where it came from.
  const saved = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download case evidence pack' }).click();
  const html = await readFile(await (await saved).path(), 'utf8');
  expect(html).toContain('<td>2026-11-20</td><td>Remedy due: Mould wash</td>');
  expect(html).toContain('<td>2026-11-19</td><td>Remedy done: Mould wash</td>');

  // A refusal to accept, on a new complaint.
  await demoCrm(page).classicCase('HC-2026-0412');
  panel = await openEvidence(page);
  const refusal = form(panel, 'Refusal');
  await refusal.getByRole('combobox', { name: 'Grounds', exact: true }).selectOption('legal-proceedings');
  await refusal.getByRole('textbox', { name: 'Reason', exact: true }).fill('The resident has started a disrepair claim at court');
  await refusal.getByRole('textbox', { name: 'Date decided', exact: true }).fill('23/11/2026');
  await refusal.getByRole('textbox', { name: 'Date the resident was told (if told)', exact: true }).fill('23/11/2026');
  await refusal.getByRole('checkbox', { name: 'We told the resident they can take this decision to the Ombudsman' }).check();
  await refusal.getByRole('button', { name: 'Save refusal' }).click();
  await expect(refusal.getByRole('status')).toHaveText('Saved: refusal to accept the complaint, decided 2026-11-23.');

  // The case pack from the side panel row, as from the countdown.
  const panelPage = await context.newPage();
  const side = sidePanel(panelPage, extensionId);
  await side.open();
  await side.search().fill('HC-2026-0463');
  await expect(side.status()).toHaveText(/^Showing 1 of \d+ complaints$/);
  const fromPanel = panelPage.waitForEvent('download');
  await panelPage.getByRole('button', { name: 'Evidence pack for HC-2026-0463' }).click();
  const panelPack = await fromPanel;
  expect(panelPack.suggestedFilename()).toBe('case-evidence-pack-HC-2026-0463.html');
  expect(await readFile(await panelPack.path(), 'utf8')).toContain('<td>2026-11-19</td><td>Remedy done: Mould wash</td>');

  // The annual report for 2026-27.
  await side.section('Annual report').click();
  const figure = (label: string) => panelPage.locator('tr', { has: panelPage.locator('th', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }) }).locator('td').first();
  await expect(figure('Complaints not accepted')).toHaveText('1');
  await expect(figure('Legal proceedings started (2.2)')).toHaveText('1');
  await expect(figure('With no explanation to the resident recorded')).toHaveText('0');
  await expect(figure('Stage 1: Upheld')).toHaveText('1');
  await expect(figure('Points of the complaint definition: Upheld')).toHaveText('1');
  await expect(figure('Points of the complaint definition: Not upheld')).toHaveText('1');
  await expect(figure('Damp and mould')).toHaveText('1');
  await expect(figure('Due in the period')).toHaveText('1');
  await expect(figure('Completed on time')).toHaveText('1');
  await expect(figure('Update intervals agreed')).toHaveText('1');
  for (const summary of await panelPage.locator('details.pn-disclosure > summary').all()) await summary.click();
  // Every figure, kept beside the test's output for the closing note.
  const lines = await panelPage.locator('table.pn-table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' | ')));
  await writeFile(test.info().outputPath('annual-report-figures.txt'), `${lines.join('\n')}\n`);
  const report = await new AxeBuilder({ page: panelPage }).withTags(wcag).analyze();
  expect(report.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
