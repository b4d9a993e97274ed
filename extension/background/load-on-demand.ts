/**
 * @module extension/background/load-on-demand
 *
 * Runs the overlay's on-demand script (entrypoints/crm-on-demand.ts: the forms and "Point at the
 * editor") in one CRM frame, when that frame's content script asks after the officer's click. Through
 * `scripting.executeScript` with `files`, so the script needs no web_accessible_resources (a page
 * could load or probe those) and no permission beyond `scripting` and the CRM origin already granted.
 */
import { browser } from 'wxt/browser';

/** The on-demand script's built path. */
export const ON_DEMAND_SCRIPT = '/crm-on-demand.js';

/**
 * @example
 * await loadOnDemand({ tabId: sender.tab.id, frameId: sender.frameId });
 */
export async function loadOnDemand({ tabId, frameId }: { tabId: number; frameId: number }): Promise<void> {
  const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ON_DEMAND_SCRIPT] });
  // Firefox reports a throw in the script here; Chrome only in the page's console (the content script then sees no hand-over).
  const error = (result as { error?: unknown } | undefined)?.error;
  if (error) throw new Error(`The forms could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
}
