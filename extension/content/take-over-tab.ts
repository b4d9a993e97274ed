/**
 * @module extension/content/take-over-tab
 *
 * One overlay per tab, and only the extension decides which. WXT's ContentScriptContext stops an
 * older copy when it sees `<extension id>:crm:wxt:content-script-started` dispatched on `document`,
 * an event any page script can dispatch too (WXT's start-up `postMessage` announces the name, and a
 * store extension's id is public anyway): a CRM page could switch the overlay off at will. We make
 * WXT ignore that event and hand over through the content script's own world instead, which the
 * page cannot reach. A copy left behind by an update lives in an older world: it notices that its
 * extension is gone (`ctx.isInvalid`, asked every few seconds by `runFeatures`) and removes itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The current copy's context, on the content-script world's global (pages have their own). */
const CURRENT = Symbol.for('complaint-code:crm-context');
type World = typeof globalThis & { [CURRENT]?: ContentScriptContext };

/**
 * Make `ctx` the tab's one running copy: stop an older copy in this world, and ignore start-up
 * events from the page.
 *
 * @example
 * main(ctx) { takeOverTab(ctx); runFeatures(ctx, features); }
 */
export function takeOverTab(ctx: ContentScriptContext): void {
  // WXT's listener asks this for every start-up event it sees; none from the DOM is believed.
  ctx.verifyScriptStartedEvent = () => false;
  const world = globalThis as World;
  const older = world[CURRENT];
  if (older && older !== ctx) older.notifyInvalidated();
  world[CURRENT] = ctx;
  ctx.onInvalidated(() => {
    if (world[CURRENT] === ctx) world[CURRENT] = undefined;
  });
}
