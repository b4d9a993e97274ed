/**
 * @module extension/ui/options/pick-on-page
 *
 * "Pick on page" and "Test on this page": find the CRM tab the officer used last; for a pick, switch
 * to it, let them click the field there (content/picker), then come back here with the locator; for
 * a test, ask that tab to read itself with the adapter as it stands and highlight what it found.
 */
import type { AdapterTestReport, CaseFactName, ContentRequest, ContentResponses, CrmAdapter, FieldLocator, Reply } from '@complaint-code/shared';
import { browser, type Browser } from 'wxt/browser';
import { sessionOwnerStore } from '../../background/case-frames.js';
import { crmTabs, grantedCrmOrigins } from '../../background/crm-content-script.js';

/** The picker script's built path (entrypoints/picker.ts). */
const PICKER_SCRIPT = '/picker.js';

/** The CRM tab used last, or an error saying what to open. */
async function crmTab(): Promise<Browser.tabs.Tab & { id: number }> {
  const origins = await grantedCrmOrigins();
  if (origins.length === 0) throw new Error('Add your CRM address first (Your CRM, above).');
  const tabs = await crmTabs(origins);
  const [tab] = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (tab?.id === undefined) throw new Error('Open a case page of your CRM in another tab, then try again.');
  return tab as Browser.tabs.Tab & { id: number };
}

async function ask<T>(tabId: number, request: ContentRequest): Promise<T> {
  try {
    // Only the frame that shows the case (the top one unless, say, ServiceNow's gsft_main owns it).
    const owner = await sessionOwnerStore(browser.storage.session).get(tabId);
    const frameId = owner?.frameId ?? 0;
    // The picker is not in the content script (it would weigh on every CRM frame): inject it now.
    // It listens once however often it is injected (entrypoints/picker.ts).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PICKER_SCRIPT] });
    const reply = (await browser.tabs.sendMessage(tabId, request, { frameId })) as Reply<T> | undefined;
    if (!reply) throw new Error('The CRM tab did not answer.');
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new Error(/establish connection|receiving end/i.test(text) ? 'Reload the CRM tab (the extension is not running there yet), then try again.' : text);
  }
}

/**
 * @example
 * const locator = await pickOnPage('stage1ReceivedOn'); //=> { label: 'Date received' } or null (Esc)
 */
export async function pickOnPage(field: CaseFactName | 'header'): Promise<FieldLocator | null> {
  const tab = await crmTab();
  const self = await browser.tabs.getCurrent();
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  try {
    return await ask<ContentResponses['picker/pick']>(tab.id, { type: 'picker/pick', field });
  } finally {
    if (self?.id !== undefined) await browser.tabs.update(self.id, { active: true });
  }
}

/**
 * Reads the CRM tab used last with `adapter` (saved or not) and highlights what each field found there.
 *
 * @example
 * const { title, report } = await testOnPage(adapter); // report.fields: what each field read
 */
export async function testOnPage(adapter: CrmAdapter): Promise<{ title: string; report: AdapterTestReport }> {
  const tab = await crmTab();
  const report = await ask<ContentResponses['picker/test']>(tab.id, { type: 'picker/test', adapter });
  return { title: tab.title ?? report.url, report };
}
