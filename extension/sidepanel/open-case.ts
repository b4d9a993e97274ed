/**
 * @module extension/sidepanel/open-case
 *
 * Open a complaint's CRM page from the side panel: focus the tab already showing it, else open one.
 * Tab URLs are visible for the CRM origins the user granted, so no `tabs` permission is needed.
 */
import { browser } from 'wxt/browser';

/** Same page, ignoring a trailing `#fragment` the CRM may have added. */
function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/**
 * @example
 * await openCase('http://localhost:4310/cases/HC-2026-0412');
 */
export async function openCase(url: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => tab.url !== undefined && samePage(tab.url, url));
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
