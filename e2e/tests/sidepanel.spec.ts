// Journey: the team lead's side panel. Visiting the demo CRM's queue page fills the panel (grouped by
// state, with the right counts for the fixed today 2026-11-24), the toolbar badge counts overdue +
// due today, a row opens its case, filters narrow the list, and the panel passes axe-core.
import AxeBuilder from '@axe-core/playwright';
import { demoComplaints, type IntendedState } from '../demo-crm/data.js';
import { demoCrmUrl, demoToday, expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { badgeText, sidePanel, type PanelGroupWords } from '../pages/sidepanel.js';

/** The demo's own declared intent for each case (see e2e/demo-crm/data.ts), counted per group. */
const intended = demoComplaints(demoToday).map((complaint) => complaint.intended);
const count = (state: IntendedState) => intended.filter((s) => s === state).length;
const expected: Record<PanelGroupWords, number> = {
  overdue: count('overdue'),
  'due today': count('due-today'),
  'due soon': count('due-soon'),
  later: count('on-track'),
  closed: count('closed'),
};

test('visiting the queue page fills the panel with every complaint, grouped by state', async ({ page, context, extensionId, serviceWorker }) => {
  // The numbers the demo data sets out to show; if the demo changes, these say so plainly.
  expect(expected).toEqual({ overdue: 5, 'due today': 3, 'due soon': 6, later: 11, closed: 5 });

  await demoCrm(page).queue();
  await expect(page.locator('tr.case-row')).toHaveCount(30);

  const panelPage = await context.newPage();
  const panel = sidePanel(panelPage, extensionId);
  await panel.open();
  await expect(panel.status()).toHaveText('Showing 30 of 30 complaints');
  for (const [group, n] of Object.entries(expected)) {
    await expect(panel.summaryItem(group as PanelGroupWords)).toHaveText(`${n} ${group}`);
  }
  // The first group on screen is Overdue, and its header counts its rows.
  await expect(panel.list().getByRole('heading', { level: 3 }).first()).toHaveText(`Overdue (${expected.overdue})`);
  // HC-2026-0463 (received 02/11/2026, acknowledged 04/11/2026) is overdue for its stage 1 response.
  await expect(panel.row('HC-2026-0463')).toContainText('Overdue');
  await expect(panel.row('HC-2026-0463')).toContainText('Stage 1 response, due Wed 18 Nov 2026');
  await expect(panel.row('HC-2026-0463')).toContainText('4 working days late. Officer: Tom Richards');

  await expect.poll(() => badgeText(serviceWorker)).toBe(String(expected.overdue + expected['due today']));

  // Search narrows the list (debounced) to one complaint.
  await panel.search().fill('okafor');
  await expect(panel.status()).toHaveText('Showing 1 of 30 complaints');
  await panel.search().fill('');
  await panelPage.getByLabel('State', { exact: true }).selectOption({ label: 'Due today' });
  await expect(panel.status()).toHaveText(`Showing ${expected['due today']} of 30 complaints`);
});

test('clicking a row opens that case in the CRM, or focuses the tab already showing it', async ({ page, context, extensionId }) => {
  await demoCrm(page).queue();
  const panelPage = await context.newPage();
  const panel = sidePanel(panelPage, extensionId);
  await panel.open();
  await expect(panel.status()).toHaveText('Showing 30 of 30 complaints');

  const opened = context.waitForEvent('page');
  await panel.row('HC-2026-0463').click();
  const casePage = await opened;
  await casePage.waitForURL(`${demoCrmUrl}/cases/HC-2026-0463`);
  await expect(casePage.locator('#case-title')).toContainText('HC-2026-0463');

  const pagesBefore = context.pages().length;
  await panelPage.bringToFront();
  await panel.row('HC-2026-0463').click();
  await expect.poll(() => casePage.evaluate(() => document.visibilityState)).toBe('visible');
  expect(context.pages()).toHaveLength(pagesBefore);
});

test('the side panel has no axe violations, with complaints and on every section', async ({ page, context, extensionId }) => {
  test.slow(); // axe runs five times
  await demoCrm(page).queue();
  const panelPage = await context.newPage();
  const panel = sidePanel(panelPage, extensionId);
  await panel.open();
  await expect(panel.status()).toHaveText('Showing 30 of 30 complaints');
  const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  for (const section of ['Complaints', 'Performance', 'Annual report', 'Import and export', 'Alerts and data'] as const) {
    await panel.section(section).click();
    await expect(panel.section(section)).toHaveAttribute('aria-current', 'page');
    const results = await new AxeBuilder({ page: panelPage }).withTags(wcag).analyze();
    expect(results.violations.map((v) => `${section}: ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
  }
});
