/**
 * @module extension/content/editors/watched-attributes
 *
 * Which attribute changes can reveal, hide or re-role a reply editor: the usual ways CRMs show a
 * panel or toggle a composer, plus every attribute the adapter's own selectors test (a
 * `replyWhen` of `[data-mode="public"]` must be seen when `data-mode` flips).
 */
import type { EditorLocator } from '@complaint-code/shared';

const USUAL = ['class', 'hidden', 'style', 'open', 'aria-hidden', 'aria-expanded', 'aria-pressed', 'aria-checked', 'aria-selected', 'contenteditable'];

/** `[name`, `[ name=`, `[name~=`: an attribute a selector tests. */
const ATTRIBUTE_IN_SELECTOR = /\[\s*([A-Za-z_][\w-]*)/g;

/**
 * @example
 * watchedAttributes({ selector: '.editor', replyWhen: { selector: '[data-mode="public"]' } }); //=> [...USUAL, 'data-mode']
 */
export function watchedAttributes(locator: EditorLocator): string[] {
  const names = new Set(USUAL);
  const selectors = ['selector' in locator ? locator.selector : '', locator.never ?? '', locator.replyWhen?.selector ?? '', ...(locator.frames ?? [])];
  for (const selector of selectors) {
    for (const match of selector.matchAll(ATTRIBUTE_IN_SELECTOR)) if (match[1]) names.add(match[1].toLowerCase());
  }
  return [...names];
}
