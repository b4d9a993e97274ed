/**
 * @module extension/content/watch-visible-case
 *
 * Agent workspaces switch the visible case by flipping `hidden`, a class or a style on the case
 * panes, not by changing the address or adding nodes. Call back when the visible pane changes.
 */
import { findVisibleCase } from '../lib/visible-case.js';

/** Attributes workspaces use to show and hide tab panes. */
const PANE_ATTRIBUTES = ['hidden', 'class', 'style', 'aria-hidden', 'aria-selected', 'inert'];

/**
 * Watch which pane matching `selector` is visible, and call `onChange` when it is another one.
 *
 * @example
 * watchVisibleCase('.workspace-tab-pane', () => void refresh(), signal);
 */
export function watchVisibleCase(selector: string, onChange: () => void, signal: AbortSignal, root: Node = document.body): void {
  const current = () => {
    const found = findVisibleCase(root.ownerDocument ?? document, selector);
    return found.ok ? found.pane : null;
  };
  let shown = current();
  let scheduled = false;
  const observer = new MutationObserver(() => {
    // Many attribute changes come in one burst (a tab switch restyles several nodes): check once.
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      const next = current();
      if (next !== shown) {
        shown = next;
        onChange();
      }
    });
  });
  observer.observe(root, { attributes: true, attributeFilter: PANE_ATTRIBUTES, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
