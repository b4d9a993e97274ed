/** Page object for the demo CRM: how a test gets to each page style. */
import type { Page } from '@playwright/test';

export type Broken = 'received' | 'received-garbled';

export function demoCrm(page: Page, origin = 'http://localhost:4310') {
  const query = (broken?: Broken) => (broken ? `?broken=${broken}` : '');
  return {
    async queue() {
      await page.goto(`${origin}/`);
    },
    /** Classic server-rendered case page. */
    async classicCase(reference: string, options: { broken?: Broken } = {}) {
      await page.goto(`${origin}/cases/${reference}${query(options.broken)}`);
    },
    /** Single-page app, loaded straight on the case (a full page load). */
    async spaCase(reference: string, options: { broken?: Broken } = {}) {
      await page.goto(`${origin}/app/cases/${reference}${query(options.broken)}`);
    },
    /** Single-page app list, then a client-side navigation to the case. */
    async spaCaseFromList(reference: string) {
      await page.goto(`${origin}/app/`);
      await page.getByRole('link', { name: reference, exact: true }).click();
      await page.waitForURL(`**/app/cases/${reference}`);
    },
    /** The Dynamics-style "Active Cases" view, then the case's form (ids are GUIDs, so click through). */
    async dynamicsCase(reference: string) {
      await page.goto(`${origin}/dyn/main.aspx?etn=incident&pagetype=entitylist`);
      await page.getByRole('link', { name: reference, exact: true }).click();
      await page.waitForURL(/pagetype=entityrecord/);
    },
    /** Field styles (demo-crm/pages/styles): the Dynamics header-tile form, from the queue's link. */
    async headerTilesCase() {
      await page.goto(`${origin}/`);
      await page.getByRole('link', { name: /header tiles/ }).click();
      await page.waitForURL(/\/d365\/main\.aspx/);
    },
    /** The helpdesk agent workspace: HC-2026-0412, -0480 and -0548 as tabs, the first shown. */
    async workspace() {
      await page.goto(`${origin}/desk/agent/workspace`);
    },
    /** The in-house "Label: value" page, by complaint number (10000463 is HC-2026-0463). */
    async inlineComplaint(number: string) {
      await page.goto(`${origin}/hub/complaints/${number}`);
    },
    /** The GOV.UK summary-list page (HC-2026-0463 has an agreed extension). */
    async govukCase(reference: string) {
      await page.goto(`${origin}/govuk/cases/${reference}`);
    },
    /** The SPA's "Next case" link (client-side navigation, no page load). */
    nextCaseLink: () => page.getByRole('link', { name: /^Next case/ }),
    /** The case's fields have rendered (the SPA shows them late). */
    spaFieldsShown: () => page.locator('dl.spa-fields'),
  };
}
