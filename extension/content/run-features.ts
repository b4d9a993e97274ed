/**
 * @module extension/content/run-features
 *
 * Runs each content-script feature with its own AbortSignal, and again after every SPA navigation
 * (`wxt:locationchange`), aborting the previous run first. A failing feature cannot stop the others.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often to check that the extension is still there (see `runFeatures`). */
const STALE_CHECK_MS = 5000;

/** `false`: the feature decided not to run on this page. */
export type FeatureResult = false | undefined;

/** A feature: start on the current page; abort `signal` to tear down everything it added. */
export interface Feature {
  id: string;
  init(signal: AbortSignal, ctx: ContentScriptContext): Promise<FeatureResult> | FeatureResult;
}

/**
 * @example
 * runFeatures(ctx, [countdown]);
 */
export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[]): void {
  let controller: AbortController | undefined;
  const start = () => {
    controller?.abort();
    if (ctx.isInvalid) return;
    const current = new AbortController();
    controller = current;
    for (const feature of features) {
      // Not awaited: one feature's failure must not block the others.
      void Promise.resolve()
        .then(() => feature.init(current.signal, ctx))
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
