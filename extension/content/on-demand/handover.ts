/**
 * @module extension/content/on-demand/handover
 *
 * How the on-demand script and the content script of one frame meet: a property of the global
 * object of the extension's isolated world. Every content script of this extension in a frame,
 * including a file run by `scripting.executeScript` (world ISOLATED, the default), shares that
 * global; the page's own scripts cannot see it (Chromium: "the execution environment unique to
 * this extension"; MDN ExecutionWorld ISOLATED), so a page can neither read the hand-over nor fake it.
 */
import type { OnDemandParts } from './parts.js';
import type { SharedRuntime } from './shared-runtime.js';

/** The global's name (in the isolated world only). */
export const HANDOVER = '__complaintCodeOnDemand';

/** Set by the content script just before it asks for the on-demand script. */
export interface Handover {
  runtime: SharedRuntime;
  register(parts: OnDemandParts): void;
}

type World = { [HANDOVER]?: Handover };

/**
 * The hand-over the content script left, for the on-demand script; throws when there is none (the
 * script was run without being asked for, and then does nothing).
 *
 * @example
 * const { preact } = handover().runtime;
 */
export function handover(): Handover {
  const found = (globalThis as World)[HANDOVER];
  if (!found) throw new Error('Complaint Code: the on-demand script runs only when the overlay asks for it.');
  return found;
}

/**
 * Leave the hand-over (content script side); returns a function that takes it away again.
 *
 * @example
 * const done = offerHandover({ runtime: sharedRuntime, register: (parts) => resolve(parts) });
 */
export function offerHandover(offer: Handover): () => void {
  const world = globalThis as World;
  world[HANDOVER] = offer;
  return () => {
    if (world[HANDOVER] === offer) Reflect.deleteProperty(world, HANDOVER);
  };
}
