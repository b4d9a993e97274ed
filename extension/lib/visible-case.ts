/**
 * @module extension/lib/visible-case
 *
 * Agent workspaces (Salesforce console, Dynamics multi-session, helpdesk tabs) keep several cases
 * open in one page, one visible. Only the visible one may be read: a hidden pane's countdown must
 * never show over another ticket.
 */

/** Is `element` shown? `checkVisibility` where the browser has it, else the attributes and styles that hide panes. */
export function isShown(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  const view = element.ownerDocument.defaultView;
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return false;
    const style = view?.getComputedStyle(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden' || style.contentVisibility === 'hidden')) return false;
  }
  // In a real browser, also catches panes hidden by a stylesheet rule on an ancestor we can't see here.
  return typeof check === 'function' && element.isConnected ? check.call(element, { visibilityProperty: true }) : true;
}

export type VisibleCase = { ok: true; pane: Element } | { ok: false; detail: string };

/**
 * The pane of the case the officer can see, among those matching `selector`.
 *
 * @example
 * findVisibleCase(document, '.workspace-tab-pane'); //=> { ok: true, pane: <div class="workspace-tab-pane"> }
 */
export function findVisibleCase(doc: Document, selector: string): VisibleCase {
  let panes: Element[];
  try {
    panes = [...doc.querySelectorAll(selector)];
  } catch {
    return { ok: false, detail: `"${selector}" is not a valid CSS selector` };
  }
  if (panes.length === 0) return { ok: false, detail: `no case pane matches "${selector}" on this page` };
  const shown = panes.filter(isShown);
  // Nested matches (a pane inside a pane): the innermost shown one is the case.
  const innermost = shown.filter((pane) => !shown.some((other) => other !== pane && pane.contains(other)));
  const pane = innermost[0];
  if (!pane) return { ok: false, detail: `none of the ${panes.length} case panes matching "${selector}" is visible` };
  return { ok: true, pane };
}
