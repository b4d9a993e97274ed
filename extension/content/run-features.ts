/**
 * @module extension/content/run-features
 *
 * Runs each content-script feature with its own AbortSignal, and again after every SPA navigation
 * (`wxt:locationchange`), aborting the previous run first. A failing feature cannot stop the others.
 *
 * Features declare the page context they need (`needs`: the case-page adapter, the list adapter). The
 * context is asked of the worker once per navigation and shared by every feature, and a feature whose
 * needs the worker did not find for this URL is not started at all.
 */
import type { PageContext } from '@complaint-code/shared';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../lib/messaging.js';

/** How often to check that the extension is still there (see `runFeatures`). */
const STALE_CHECK_MS = 5000;

/** `false`: the feature decided not to run on this page. */
export type FeatureResult = false | undefined;

/** A page context entry a feature can need: `adapter` (a case page), `listAdapter` (a list page). */
export type PageNeed = keyof PageContext;

/** What a page has none of: given to features that need nothing when no feature asked the worker. */
const NO_CONTEXT: PageContext = { adapter: null, listAdapter: null };

/** A feature: start on the current page; abort `signal` to tear down everything it added. */
export interface Feature {
  id: string;
  /** The page context entries it needs; it starts only on a page where the worker found all of them. */
  needs?: readonly PageNeed[];
  /** `page`: this navigation's context, asked of the worker once and shared by every feature. */
  init(signal: AbortSignal, ctx: ContentScriptContext, page: PageContext): Promise<FeatureResult> | FeatureResult;
}

/** Asks the worker which adapters match `url` (the `page/context` message). */
export type ResolvePageContext = (url: string) => Promise<PageContext>;

const askWorker: ResolvePageContext = (url) => sendToBackground({ type: 'page/context', url });

/**
 * @example
 * runFeatures(ctx, [countdown]);
 */
export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[], resolveContext: ResolvePageContext = askWorker): void {
  let controller: AbortController | undefined;
  const needsContext = features.some((feature) => (feature.needs?.length ?? 0) > 0);
  const start = () => {
    controller?.abort();
    if (ctx.isInvalid) return;
    const current = new AbortController();
    controller = current;
    // One round trip a navigation, whatever the number of features that need it.
    const context = needsContext ? Promise.resolve().then(() => resolveContext(location.href)) : Promise.resolve(NO_CONTEXT);
    for (const feature of features) {
      // Not awaited: one feature's failure must not block the others.
      void context
        .then((page) => {
          if (current.signal.aborted || feature.needs?.some((need) => !page[need])) return false;
          return feature.init(current.signal, ctx, page);
        })
        .catch((error: unknown) => {
          // After an update the old copy is cut off from the extension: leave quietly.
          if (!ctx.isInvalid && !current.signal.aborted) console.warn(`Complaint Code: ${feature.id} stopped`, error);
        });
    }
  };
  ctx.onInvalidated(() => controller?.abort());
  // A page that knows WXT's event name can dispatch it too; only WXT's own event carries the new
  // URL as an object of this world (a page's expandos are invisible here), so only it restarts us.
  ctx.addEventListener(window, 'wxt:locationchange', (event: Event) => {
    if ((event as { newUrl?: unknown }).newUrl instanceof URL) start();
  });
  // After an update or removal this copy is cut off, and WXT notices only when something asks.
  // Its timers ask on every tick, so a quiet page still drops a stale overlay within seconds.
  ctx.setInterval(() => undefined, STALE_CHECK_MS);
  start();
}
