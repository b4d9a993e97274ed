/**
 * @module extension/lib/locate-field
 *
 * Find the element and the text of one adapter field on a page. Pure DOM reads over the `Document`
 * (or element) it is given, so tests feed happy-dom fixtures. Never writes to the page.
 */
import type { FieldLocator } from '@complaint-code/shared';

export type Located =
  | { ok: true; element: Element; value: string }
  | { ok: false; reason: 'bad-selector' | 'not-found' | 'no-value'; detail: string };

/** Lower-case, single spaces, no trailing ":" or "*": how labels are compared. */
export function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*[:*]+$/, '').trim().toLowerCase();
}

/** Elements whose own text never labels a CRM field (and our own overlay). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'COMPLAINT-CODE-COUNTDOWN', 'OPTION']);

function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === 3) text += node.textContent ?? '';
  return text;
}

function isControl(element: Element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return element.tagName === 'INPUT' || element.tagName === 'SELECT' || element.tagName === 'TEXTAREA';
}

/**
 * The value an element shows: a form control's value (a select's chosen option text), a `<time>`'s
 * `datetime`, else its text with spacing collapsed.
 *
 * @example
 * valueOf(document.querySelector('#received')!); //=> '02/11/2026'
 */
export function valueOf(element: Element, attribute?: string): string {
  if (attribute) return (element.getAttribute(attribute) ?? '').trim();
  if (element.tagName === 'SELECT') {
    const select = element as HTMLSelectElement;
    return (select.selectedOptions[0]?.textContent ?? select.value).replace(/\s+/g, ' ').trim();
  }
  if (isControl(element)) return element.value.trim();
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  // A <time datetime> (or a cell holding only one) carries the machine-readable date.
  const time = element.tagName === 'TIME' ? element : element.querySelector('time[datetime]');
  const datetime = time?.getAttribute('datetime')?.trim();
  if (datetime && (time === element || (time?.textContent ?? '').replace(/\s+/g, ' ').trim() === text)) return datetime;
  return text;
}

/** The element holding the value that a label element names. */
function valueElementFor(label: Element, doc: Document): Element | null {
  if (label.tagName === 'LABEL') {
    const forId = label.getAttribute('for');
    if (forId) return doc.getElementById(forId);
    const nested = label.querySelector('input, select, textarea');
    if (nested) return nested;
  }
  if (label.id) {
    const labelled = doc.querySelector(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    if (labelled) return labelled;
  }
  if (label.tagName === 'DT') {
    let next = label.nextElementSibling;
    while (next && next.tagName !== 'DD') next = next.tagName === 'DT' ? null : next.nextElementSibling;
    return next;
  }
  if (label.tagName === 'TH' && label.parentElement?.tagName === 'TR') {
    return label.nextElementSibling;
  }
  return label.nextElementSibling ?? label.parentElement?.nextElementSibling ?? null;
}

function query(root: ParentNode, selector: string): { element: Element | null } | { error: string } {
  try {
    return { element: root.querySelector(selector) };
  } catch {
    return { error: `"${selector}" is not a valid CSS selector` };
  }
}

/**
 * Find the labels named in `labels` under `root` in one walk of the DOM (a CRM page can have
 * thousands of elements, and this runs again whenever the page changes).
 */
export function findLabels(root: Element, labels: readonly string[]): Map<string, Element> {
  const wanted = new Set(labels.map(normaliseLabel));
  const found = new Map<string, Element>();
  const doc = root.ownerDocument;
  // No filter callback: a JS filter costs a call into script for every element of the page.
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.currentNode as Element | null; node && found.size < wanted.size; node = walker.nextNode() as Element | null) {
    if (SKIP.has(node.tagName)) continue;
    const text = ownText(node);
    if (text.trim() === '') continue;
    const key = normaliseLabel(text);
    if (wanted.has(key) && !found.has(key)) found.set(key, node);
  }
  return found;
}

/**
 * Locate one field. `labelIndex` (from {@link findLabels}) lets a caller share one walk between fields.
 *
 * @example
 * locateField(document, { label: 'Date received' }); //=> { ok: true, element: <dd>, value: '2 Nov 2026' }
 */
export function locateField(doc: Document, locator: FieldLocator, labelIndex?: Map<string, Element>): Located {
  if ('selector' in locator) {
    const result = query(doc, locator.selector);
    if ('error' in result) return { ok: false, reason: 'bad-selector', detail: result.error };
    if (!result.element) return { ok: false, reason: 'not-found', detail: `nothing on this page matches "${locator.selector}"` };
    return { ok: true, element: result.element, value: valueOf(result.element, locator.attribute) };
  }

  let scope: Element | null = doc.body ?? doc.documentElement;
  if (locator.within) {
    const result = query(doc, locator.within);
    if ('error' in result) return { ok: false, reason: 'bad-selector', detail: result.error };
    scope = result.element;
    if (!scope) return { ok: false, reason: 'not-found', detail: `nothing on this page matches "${locator.within}"` };
  }
  if (!scope) return { ok: false, reason: 'not-found', detail: 'the page has no body yet' };
  const key = normaliseLabel(locator.label);
  const label = (labelIndex ?? findLabels(scope, [locator.label])).get(key);
  if (!label || !scope.contains(label)) {
    return { ok: false, reason: 'not-found', detail: `no label "${locator.label}" on this page` };
  }
  const element = valueElementFor(label, doc);
  if (!element) return { ok: false, reason: 'no-value', detail: `nothing beside the label "${locator.label}"` };
  return { ok: true, element, value: valueOf(element) };
}
