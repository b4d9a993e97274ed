/**
 * @module extension/content/on-demand/load-parts
 *
 * The content script's side of loading the on-demand parts: leave the hand-over (our Preact and a
 * `register` callback) in the isolated world, ask the background to run the on-demand script in this
 * very frame, and take what it registered. Only called through `loadOnDemand` (ui/on-demand.tsx),
 * which lets nothing but the officer's own click start it.
 */
import { sendToBackground } from '../../lib/messaging.js';
import { offerHandover } from './handover.js';
import type { OnDemandParts } from './parts.js';
import { sharedRuntime } from './shared-runtime.js';

/** How the parts are asked for; tests pass a fake. */
export type AskForScript = () => Promise<unknown>;

const askBackground: AskForScript = () => sendToBackground({ type: 'frame/load-on-demand' });

/**
 * @example
 * const parts = await loadParts(); // parts.EvidenceForms, parts.pickEditor…
 */
export async function loadParts(ask: AskForScript = askBackground): Promise<OnDemandParts> {
  let registered: OnDemandParts | undefined;
  const withdraw = offerHandover({
    runtime: sharedRuntime,
    register(parts) {
      registered ??= parts;
    },
  });
  try {
    // The background answers once the script has run, and the script registers as it runs.
    await ask();
  } finally {
    withdraw();
  }
  if (!registered) throw new Error('The forms did not load. Reload the page and try again.');
  return registered;
}
