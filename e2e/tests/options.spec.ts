// Journey: an admin adds their CRM's origin and a custom adapter in the options page, and the
// overlay appears on that CRM. The "custom CRM" is the demo CRM on a second origin,
// http://127.0.0.1:4310, which no built-in adapter names. That origin is granted up front in the test
// too (the fixture adds it to a copy of the build if the build lacks it), so `permissions.request`
// resolves without a prompt Playwright cannot click (microsoft/playwright#32755).
import { expect, test } from '../fixtures.js';
import { optionsPage } from '../pages/options.js';
import { badgeName, overlay } from '../pages/overlay.js';
import { councilAdapter as makeCouncilAdapter } from '../pages/council-adapter.js';

/** The bit of the extension API used inside the service worker to watch the content script's requests. */
declare const chrome: { runtime: { onMessage: { addListener(listener: (message: unknown, sender: { url?: string }) => undefined): void } } };
type Seen = { type: unknown; url: string | undefined }[];

const customCrm = 'http://127.0.0.1:4310';
test.use({ grantedOrigins: [`${customCrm}/*`] });

const councilAdapter = makeCouncilAdapter('council-crm', 'Council CRM', customCrm);

test('adding a CRM origin and a custom adapter makes the overlay appear there', async ({ page, extensionId, serviceWorker }) => {
  // Watch what the content script asks the background (a second listener that only records, never answers).
  await serviceWorker.evaluate(() => {
    const seen: Seen = [];
    (globalThis as unknown as { ccSeen: Seen }).ccSeen = seen;
    chrome.runtime.onMessage.addListener((message, sender) => {
      seen.push({ type: (message as { type?: unknown } | null)?.type, url: sender.url });
      return undefined;
    });
  });
  const seen = () => serviceWorker.evaluate(() => (globalThis as unknown as { ccSeen: Seen }).ccSeen);

  // Before: the page loads on the custom origin, and no overlay shows (no adapter for it).
  const caseUrl = `${customCrm}/cases/HC-2026-0412`;
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 1, name: /HC-2026-0412/ })).toBeVisible();
  // The real signal: the content script ran on this page and asked which adapter applies.
  await expect.poll(async () => (await seen()).some((m) => m.type === 'page/context' && m.url === caseUrl)).toBe(true);
  // With no adapter it reads nothing and shows nothing.
  await expect(overlay(page).host).toHaveCount(0);
  expect((await seen()).filter((m) => m.type === 'case/seen')).toEqual([]);

  const options = optionsPage(page, extensionId);
  await options.open();
  await options.addCrm(customCrm);
  await expect(options.status().filter({ hasText: `Added ${customCrm}` })).toBeVisible();
  await expect(options.crmAddresses()).toContainText(customCrm);

  await options.importAdapterJson(JSON.stringify(councilAdapter, null, 2));
  await expect(options.status().filter({ hasText: 'Imported: added council-crm' })).toBeVisible();
  await expect(options.adapters().getByRole('listitem').filter({ hasText: 'Council CRM' })).toContainText('Yours');

  // After: the same page shows the countdown. Received Mon 23 Nov, not acknowledged → due Mon 30 Nov.
  await page.goto(`${customCrm}/cases/HC-2026-0412`);
  await expect(overlay(page).badge).toHaveAccessibleName(
    badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Mon 30 Nov 2026', '4 working days left', 'On track'),
  );
  await expect(page.locator(':is(h1, .case-head) + complaint-code-countdown')).toHaveCount(1);
});

test('a bad adapter is refused with a message that names the problem', async ({ page, extensionId }) => {
  const options = optionsPage(page, extensionId);
  await options.open();
  await options.importAdapterJson(JSON.stringify({ ...councilAdapter, casePage: { urlPattern: '^/cases/(' } }));
  await expect(options.alert()).toContainText('is not an allowed pattern: a "(" is never closed');
  await expect(options.alert()).toContainText('Allowed:');
  await expect(options.adapters()).not.toContainText('Council CRM');
});
