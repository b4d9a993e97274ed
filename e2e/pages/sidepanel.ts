/**
 * Page object for the team lead's side panel, opened as an ordinary tab
 * (`chrome-extension://<id>/sidepanel.html`): Playwright cannot click Chrome's side panel itself.
 */
import type { Page, Worker } from '@playwright/test';

/** The groups, in the words the panel shows. */
export type PanelGroupWords = 'overdue' | 'due today' | 'due soon' | 'later' | 'closed';

declare const chrome: { action: { getBadgeText(details: Record<string, never>): Promise<string> } };

export function sidePanel(page: Page, extensionId: string) {
  return {
    async open() {
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    },
    /** The count beside a group in the summary line ("5 overdue"), counting every tracked complaint. */
    summaryItem: (group: PanelGroupWords) => page.getByRole('list', { name: 'Complaints by state' }).getByRole('listitem').filter({ hasText: new RegExp(`^\\d+ ${group}$`) }),
    status: () => page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ complaints$/ }),
    list: () => page.getByRole('region', { name: 'Complaints by next deadline' }),
    /** A complaint's row (a button whose text starts with its reference). */
    row: (reference: string) => page.getByRole('button', { name: new RegExp(`^${reference}\\b`) }),
    search: () => page.getByLabel('Search by reference or resident'),
    section: (name: 'Complaints' | 'Performance' | 'Annual report' | 'Import and export' | 'Alerts and data') =>
      page.getByRole('navigation', { name: 'Side panel sections' }).getByRole('button', { name, exact: true }),
  };
}

/** The toolbar badge's text, read in the service worker. */
export async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}
