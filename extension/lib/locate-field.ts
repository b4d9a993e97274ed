/**
 * @module extension/lib/locate-field
 *
 * Find the element and the text of one adapter field on a page. Pure DOM reads over the `Document`
 * (or the visible case pane) it is given, so tests feed happy-dom fixtures. Never writes to the page.
 */
import type { FieldLocator, LabelDirection, ValueSource } from '@complaint-code/shared';

export type Located =
  | { ok: true; element: Element; value: string }
  | { ok: false; reason: 'bad-selector' | 'not-found' | 'no-value' | 'ambiguous'; detail: string };

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

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function selectedOption(element: Element): string {
  if (element.tagName !== 'SELECT') {
    // A custom listbox: the option marked selected.
    const option = element.querySelector('[aria-selected="true"], [aria-checked="true"], option:checked');
    return collapse(option?.textContent ?? '');
  }
  const select = element as HTMLSelectElement;
  return collapse(select.selectedOptions[0]?.textContent ?? select.value);
}

/**
 * The value an element shows. `read` says where it lives (`auto` by default: a form control's
 * value, a select's chosen option text, a `<time>`'s `datetime`, else the text with spacing
 * collapsed); `attribute` names the attribute for `read: 'attribute'` (giving it alone implies that).
 *
 * @example
 * valueOf(document.querySelector('#received')!); //=> '02/11/2026'
 * valueOf(document.querySelector('relative-time')!, 'datetime'); //=> '2026-11-19T16:40:00Z'
 */
export function valueOf(element: Element, attribute?: string, read: ValueSource = 'auto'): string {
  if (attribute && (read === 'auto' || read === 'attribute')) return (element.getAttribute(attribute) ?? '').trim();
  if (read === 'selected-option') return selectedOption(element);
  if (read === 'value') {
    if (isControl(element)) return element.value.trim();
    // A wrapper (Dynamics' field container): the live value of the control inside it.
    const control = element.querySelector<HTMLInputElement>('input, select, textarea');
    return (control ? control.value : (element.getAttribute('value') ?? '')).trim();
  }
  if (read === 'text') return collapse(element.textContent ?? '');
  if (element.tagName === 'SELECT') return selectedOption(element);
  if (isControl(element)) return element.value.trim();
  const text = collapse(element.textContent ?? '');
  // A <time datetime> (or a cell holding only one) carries the machine-readable date.
  const time = element.tagName === 'TIME' ? element : element.querySelector('time[datetime]');
  const datetime = time?.getAttribute('datetime')?.trim();
  if (datetime && (time === element || collapse(time?.textContent ?? '') === text)) return datetime;
  // A cell whose only content is an input (Dynamics, Salesforce edit forms) shows that input's value.
  if (text === '') {
    const control = element.querySelector('input:not([type=hidden]), select, textarea');
    if (control) return control.tagName === 'SELECT' ? selectedOption(control) : (control as HTMLInputElement).value.trim();
  }
  return text;
}

/** Attributes where CRMs keep the machine-readable date behind a friendly or relative one. */
const DATE_ATTRIBUTES = ['datetime', 'title', 'data-datetime', 'data-date', 'data-time', 'data-timestamp', 'data-value', 'aria-label', 'value'];

/**
 * Candidate machine-readable dates behind an element's shown text: `datetime`, `title` and
 * `data-*` attributes on the element, its ancestors up to two levels, and its descendants.
 *
 * @example
 * dateAttributeValues(document.querySelector('.ago')!); //=> ['2026-11-19T16:40:00Z']
 */
export function dateAttributeValues(element: Element): string[] {
  const values: string[] = [];
  const visit = (el: Element) => {
    for (const name of DATE_ATTRIBUTES) {
      const value = el.getAttribute(name)?.trim();
      if (value && value.length <= 80 && /\d/.test(value)) values.push(value);
    }
    for (const attr of el.attributes) {
      if (attr.name.startsWith('data-') && !DATE_ATTRIBUTES.includes(attr.name) && /\d{4}/.test(attr.value) && attr.value.length <= 80) {
        values.push(attr.value.trim());
      }
    }
  };
  visit(element);
  for (const child of element.querySelectorAll('[datetime], [title], [data-datetime], [data-date], [data-timestamp]')) visit(child);
  for (let up = element.parentElement, i = 0; up && i < 2; up = up.parentElement, i++) visit(up);
  return values;
}

const hasText = (element: Element | null | undefined): element is Element =>
  !!element && (collapse(element.textContent ?? '') !== '' || isControl(element) || !!element.querySelector('input, select, textarea, time'));

/** Structural pairs that say which element a label names, whatever the direction. */
function structuralValueFor(label: Element, root: ParentNode, doc: Document): Element | null | undefined {
  if (label.tagName === 'LABEL') {
    const forId = label.getAttribute('for');
    if (forId) {
      // Wherever it is: in the case pane first, else anywhere in the page (also hidden inputs).
      const escaped = CSS.escape(forId);
      return root.querySelector(`#${escaped}`) ?? doc.getElementById(forId);
    }
    const nested = label.querySelector('input, select, textarea');
    if (nested) return nested;
  }
  if (label.id) {
    const labelled = root.querySelector(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    if (labelled) return labelled;
  }
  if (label.tagName === 'DT') {
    let next = label.nextElementSibling;
    while (next && next.tagName !== 'DD') next = next.tagName === 'DT' ? null : next.nextElementSibling;
    return next;
  }
  if (label.tagName === 'TH' && label.parentElement?.tagName === 'TR') return label.nextElementSibling;
  return undefined;
}

/** The element holding the value that a label names, or why it can't be told. */
function valueElementFor(
  label: Element,
  root: ParentNode,
  doc: Document,
  direction: LabelDirection,
  name: string,
): { element: Element } | { error: string; ambiguous?: true } {
  const structural = structuralValueFor(label, root, doc);
  if (structural !== undefined) return structural ? { element: structural } : { error: `nothing beside the label "${name}"` };
  const after = label.nextElementSibling;
  const before = label.previousElementSibling;
  const parent = label.parentElement;
  const parentAfter = parent?.nextElementSibling;
  const parentBefore = parent?.previousElementSibling;
  if (direction === 'label-then-value') {
    const element = after ?? parentAfter;
    return element ? { element } : { error: `nothing after the label "${name}"` };
  }
  if (direction === 'value-then-label') {
    const element = before ?? parentBefore;
    return element ? { element } : { error: `nothing before the label "${name}"` };
  }
  // auto: the label's own siblings decide; else its parent's, and only when one side has a value.
  if (hasText(after)) return { element: after };
  if (hasText(before)) return { element: before };
  const afterOk = hasText(parentAfter);
  const beforeOk = hasText(parentBefore);
  if (afterOk && beforeOk) {
    return {
      error: `the label "${name}" has a value on each side, so which one it names cannot be told (set its label direction)`,
      ambiguous: true,
    };
  }
  if (afterOk) return { element: parentAfter };
  if (beforeOk) return { element: parentBefore };
  return { error: `nothing beside the label "${name}"` };
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
 * thousands of elements, and this runs again whenever the page changes). A label shown twice is
 * remembered as ambiguous (`null`) unless the first is the one wanted.
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

/** Where to look: the document, or the visible case's pane. */
export type SearchRoot = Document | Element;

function bodyOf(root: SearchRoot): Element | null {
  return root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
}

/**
 * Locate one field inside `root` (the page, or the visible case's pane). `labelIndex` (from
 * {@link findLabels}) lets a caller share one walk between fields.
 *
 * @example
 * locateField(document, { label: 'Date received' }); //=> { ok: true, element: <dd>, value: '2 Nov 2026' }
 * locateField(document, { label: 'Case Number', labelDirection: 'value-then-label' }); //=> { ok: true, value: 'CAS-01234-X1Y2' }
 */
export function locateField(root: SearchRoot, locator: FieldLocator, labelIndex?: Map<string, Element>): Located {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  let scope: Element | null = bodyOf(root);
  if (locator.within) {
    const result = query(root, locator.within);
    if ('error' in result) return { ok: false, reason: 'bad-selector', detail: result.error };
    scope = result.element;
    if (!scope) return { ok: false, reason: 'not-found', detail: `nothing on this page matches "${locator.within}"` };
  }
  if (!scope) return { ok: false, reason: 'not-found', detail: 'the page has no body yet' };

  if ('selector' in locator) {
    const result = query(locator.within ? scope : root, locator.selector);
    if ('error' in result) return { ok: false, reason: 'bad-selector', detail: result.error };
    if (!result.element) return { ok: false, reason: 'not-found', detail: `nothing on this page matches "${locator.selector}"` };
    return { ok: true, element: result.element, value: valueOf(result.element, locator.attribute, locator.read) };
  }

  const key = normaliseLabel(locator.label);
  const label = (labelIndex ?? findLabels(scope, [locator.label])).get(key);
  if (!label || !scope.contains(label)) {
    return { ok: false, reason: 'not-found', detail: `no label "${locator.label}" on this page` };
  }
  const found = valueElementFor(label, locator.within ? scope : root, doc, locator.labelDirection ?? 'auto', locator.label);
  if ('error' in found) return { ok: false, reason: found.ambiguous ? 'ambiguous' : 'no-value', detail: found.error };
  return { ok: true, element: found.element, value: valueOf(found.element, locator.attribute, locator.read) };
}
