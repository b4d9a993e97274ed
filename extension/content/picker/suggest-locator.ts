/**
 * @module extension/content/picker/suggest-locator
 *
 * The element picker's choice of how to find a clicked field again, on this and every other case
 * page: prefer what CRMs keep stable (a meaningful id, a data attribute, the label beside the value)
 * over page structure. Every candidate is checked by locating it again before it is offered.
 */
import type { FieldLocator } from '@complaint-code/shared';
import { locateField, normaliseLabel } from '../../lib/locate-field.js';

/** Ids that look generated (React/Dynamics/GUIDs, long numbers) change between pages. */
const GENERATED_ID = /\d{3,}|[0-9a-f]{8,}|^[:_]|^(ember|react|ext-|gen|id_|ui-id)/i;
const STABLE_ATTRIBUTES = ['data-testid', 'data-test', 'data-field', 'data-id', 'data-name', 'name', 'itemprop'];
const MAX_LABEL_LENGTH = 60;

function finds(doc: Document, locator: FieldLocator, element: Element): boolean {
  const located = locateField(doc, locator);
  return located.ok && (located.element === element || located.element.contains(element) || element.contains(located.element));
}

function unique(doc: Document, selector: string): boolean {
  try {
    return doc.querySelectorAll(selector).length === 1;
  } catch {
    return false;
  }
}

/** Text that could be a label shown just before `element`: a previous sibling, or its parent's. */
function nearbyLabels(element: Element): string[] {
  const texts: string[] = [];
  const labelFor = element.id ? element.ownerDocument.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
  if (labelFor?.textContent) texts.push(labelFor.textContent);
  for (const candidate of [element.previousElementSibling, element.parentElement?.previousElementSibling]) {
    const text = candidate?.textContent ?? '';
    if (text.trim() !== '' && text.trim().length <= MAX_LABEL_LENGTH) texts.push(text);
  }
  return texts;
}

/** A structural path from the nearest ancestor with a stable id, as the last resort. */
function structuralSelector(element: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = element; node && node.tagName !== 'HTML'; node = node.parentElement) {
    if (node.id && !GENERATED_ID.test(node.id)) {
      parts.unshift(`#${CSS.escape(node.id)}`);
      break;
    }
    const tag = node.tagName.toLowerCase();
    const parent: Element | null = node.parentElement;
    const sameTag = parent ? [...parent.children].filter((child) => child.tagName === node?.tagName) : [];
    parts.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
  }
  return parts.join(' > ');
}

/**
 * How to find `element` again, best first.
 *
 * @example
 * suggestLocator(document, document.querySelector('dd')!); //=> { label: 'Date received' }
 */
export function suggestLocator(doc: Document, element: Element): FieldLocator {
  if (element.id && !GENERATED_ID.test(element.id)) {
    const locator = { selector: `#${CSS.escape(element.id)}` };
    if (finds(doc, locator, element)) return locator;
  }
  for (const attribute of STABLE_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (!value) continue;
    const selector = `${element.tagName.toLowerCase()}[${attribute}="${CSS.escape(value)}"]`;
    if (unique(doc, selector) && finds(doc, { selector }, element)) return { selector };
  }
  for (const text of nearbyLabels(element)) {
    const label = text.replace(/\s+/g, ' ').trim().replace(/\s*[:*]+$/, '');
    if (normaliseLabel(label) === '') continue;
    const locator = { label };
    if (finds(doc, locator, element)) return locator;
  }
  const ariaLabel = element.getAttribute('aria-label');
  if (ariaLabel) {
    const selector = `[aria-label="${CSS.escape(ariaLabel)}"]`;
    if (unique(doc, selector)) return { selector };
  }
  return { selector: structuralSelector(element) };
}
