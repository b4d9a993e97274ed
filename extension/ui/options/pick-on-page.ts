/**
 * @module extension/ui/options/pick-on-page
 *
 * "Pick on page": switch to the CRM tab the officer used last, let them click the field there
 * (content/picker), then come back here with the locator.
 */
import type { CaseFactName, ContentRequest, ContentResponses, FieldLocator, Reply } from '@complaint-code/shared';
import { browser } from 'wxt/browser';
import { sessionOwnerStore } from '../../background/case-frames.js';
import { crmTabs, grantedCrmOrigins } from '../../background/crm-content-script.js';

/**
 * @example
 * const locator = await pickOnPage('stage1ReceivedOn'); //=> { label: 'Date received' } or null (Esc)
 */
export async function pickOnPage(field: CaseFactName | 'header'): Promise<FieldLocator | null> {
  const origins = await grantedCrmOrigins();
  if (origins.length === 0) throw new Error('Add your CRM address first (Your CRM, above).');
  const tabs = await crmTabs(origins);
  const [tab] = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (tab?.id === undefined) throw new Error('Open a case page of your CRM in another tab, then press "Pick on page" again.');
  const self = await browser.tabs.getCurrent();
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  const request: ContentRequest = { type: 'picker/pick', field };
  try {
    // Only the frame that shows the case (the top one unless, say, ServiceNow's gsft_main owns it).
    const owner = await sessionOwnerStore(browser.storage.session).get(tab.id);
    const reply = (await browser.tabs.sendMessage(tab.id, request, { frameId: owner?.frameId ?? 0 })) as Reply<ContentResponses['picker/pick']> | undefined;
    if (!reply) throw new Error('The CRM tab did not answer.');
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new Error(/establish connection|receiving end/i.test(text) ? 'Reload the CRM tab (the extension is not running there yet), then try again.' : text);
  } finally {
    if (self?.id !== undefined) await browser.tabs.update(self.id, { active: true });
  }
}
