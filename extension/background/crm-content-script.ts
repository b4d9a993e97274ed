/**
 * @module extension/background/crm-content-script
 *
 * The CRM overlay runs only on origins the user granted in the options page (or, in the e2e build,
 * the demo CRM's pre-granted origin). Granted host permissions are the single source of truth:
 * this module registers the content script on exactly those, idempotently, on every trigger, in
 * every frame (a CRM may put the whole case form, or the reply editor, in an iframe).
 */
import { browser } from 'wxt/browser';
import { addedCrmOrigins, CRM_ORIGINS_KEY, crmMatchPatterns } from '../lib/crm-origin.js';

export const CRM_SCRIPT_ID = 'complaint-code-crm';
/** WXT's output path for `entrypoints/crm.content/` (WXT issue #2040: register by output path). */
export const CRM_SCRIPT_FILE = '/content-scripts/crm.js';

/** A granted origin pattern for one CRM (`https://crm.example/*`), never a wildcard host. */
const SINGLE_ORIGIN = /^https?:\/\/[^*/]+\/\*$/;

/**
 * The CRM origin patterns the user added (with their port: in Firefox the port-less helper
 * pattern is not one of them, see lib/crm-origin.ts).
 *
 * @example
 * await grantedCrmOrigins(); //=> ['https://crm.council.example/*']
 */
export async function grantedCrmOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return addedCrmOrigins(origins.filter((origin) => SINGLE_ORIGIN.test(origin))).sort();
}

/** Is `origin` (`https://crm.example`) one the user granted? */
export async function isGrantedOrigin(origin: string): Promise<boolean> {
  return (await grantedCrmOrigins()).includes(`${origin}/*`);
}

let queue: Promise<void> = Promise.resolve();

/**
 * Make the registered content script match the granted origins. Calls are queued so two triggers
 * at once cannot both try to register the same id.
 */
export function syncCrmContentScript(): Promise<void> {
  queue = queue.then(sync, sync);
  return queue;
}

async function sync(): Promise<void> {
  const origins = await grantedCrmOrigins();
  // Firefox matches without the port, so the script itself checks its origin against this list.
  await browser.storage.local.set({ [CRM_ORIGINS_KEY]: origins.map((pattern) => pattern.replace(/\/\*$/, '')) });
  const matches = crmMatchPatterns(origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CRM_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CRM_SCRIPT_ID] });
    return;
  }
  const script = crmScript(matches);
  const apply = (details: Omit<typeof script, 'matchOriginAsFallback'>) =>
    existing.length > 0 ? browser.scripting.updateContentScripts([details]) : browser.scripting.registerContentScripts([details]);
  try {
    await apply(script);
  } catch (error) {
    // A browser without `matchOriginAsFallback` (Chrome < 119, Firefox < 128) rejects the key:
    // register without it, so at least the CRM's own frames (ServiceNow's gsft_main) are covered.
    const { matchOriginAsFallback: _unsupported, ...withoutFallback } = script;
    await apply(withoutFallback).catch(() => Promise.reject(error));
  }
}

/**
 * The registration: every frame of the granted origins (`allFrames`), and the `about:blank`,
 * `srcdoc`, `data:` and `blob:` frames those origins create (`matchOriginAsFallback`: Chrome 119+,
 * Firefox 128+; the patterns must end in `/*`, as granted origins do). The script leaves at once in
 * frames without an http(s) address: the frame that owns the case reaches into them.
 *
 * @example
 * crmScript(['https://crm.example/*']).allFrames; //=> true
 */
export function crmScript(matches: string[]) {
  return { id: CRM_SCRIPT_ID, matches, js: [CRM_SCRIPT_FILE], runAt: 'document_idle' as const, allFrames: true, matchOriginAsFallback: true };
}

/**
 * Run the overlay in CRM tabs that were already open (after install, update or a new grant). The
 * new script's WXT context tells any older copy in the tab to tear itself down first.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const origins = await grantedCrmOrigins();
  if (origins.length === 0) return;
  const tabs = await crmTabs(origins);
  await Promise.allSettled(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CRM_SCRIPT_FILE] })])),
  );
}

/**
 * The open tabs on the given added origin patterns, port included (Firefox's `tabs.query` cannot
 * match on a port, so it queries by host and the port is checked here).
 */
export async function crmTabs(origins: readonly string[]) {
  const tabs = await browser.tabs.query({ url: crmMatchPatterns(origins) });
  return tabs.filter((tab) => {
    try {
      return tab.url !== undefined && origins.includes(`${new URL(tab.url).origin}/*`);
    } catch {
      return false;
    }
  });
}
