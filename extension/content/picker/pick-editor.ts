/**
 * @module extension/content/picker/pick-editor
 *
 * "Point at the editor": the officer clicks the reply box, in the page or inside its same-origin
 * frames, and gets back an editor locator with the path of frames to it. The picker's own
 * suggestions (`suggestLocator`) name the box; frames are named by what CRMs keep stable.
 */
import type { EditorLocator } from '@complaint-code/shared';
import { pickTarget } from './pick-element.js';
import { suggestLocator } from './suggest-locator.js';

/** Ids that look generated change between pages (see suggest-locator). */
const GENERATED_ID = /\d{3,}|[0-9a-f]{8,}|^[:_]|^(ember|react|ext-|gen|id_|ui-id)/i;

/** The box the officer types in, for whatever part of it was clicked. */
export function typingBox(element: Element): Element {
  const area = element.closest('textarea');
  if (area) return area;
  let host: Element = element;
  while (host.parentElement && (host.parentElement as Partial<HTMLElement>).isContentEditable) host = host.parentElement;
  return host;
}

/**
 * A selector for one frame in its parent document: its id, name, title or class, else its place.
 *
 * @example
 * frameSelector(document.querySelector('iframe#gsft_main')!); //=> 'iframe#gsft_main'
 */
export function frameSelector(frame: HTMLIFrameElement): string {
  const tag = frame.tagName.toLowerCase();
  if (frame.id && !GENERATED_ID.test(frame.id)) return `${tag}#${CSS.escape(frame.id)}`;
  for (const attribute of ['name', 'title', 'data-id', 'aria-label']) {
    const value = frame.getAttribute(attribute);
    // Quoted, so only quotes and backslashes need escaping (CSS.escape would escape every space).
    if (value && !GENERATED_ID.test(value)) return `${tag}[${attribute}="${value.replace(/["\\]/g, '\\$&')}"]`;
  }
  const stableClass = [...frame.classList].find((name) => !GENERATED_ID.test(name));
  if (stableClass) return `${tag}.${CSS.escape(stableClass)}`;
  const siblings = frame.parentElement ? [...frame.parentElement.children].filter((child) => child.tagName === frame.tagName) : [frame];
  return siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(frame) + 1})` : tag;
}

/**
 * The editor locator for a clicked box (pure, for tests).
 *
 * @example
 * editorLocatorFor(bodyInNestedFrame, [outerFrame, innerFrame]); //=> { frames: ['iframe.publisher', 'iframe#body'], selector: 'body' }
 */
export function editorLocatorFor(element: Element, frames: readonly HTMLIFrameElement[]): EditorLocator {
  const box = typingBox(element);
  const doc = box.ownerDocument;
  const located = box === doc.body ? { selector: 'body' } : suggestLocator(doc, box);
  const locator: EditorLocator = 'selector' in located ? { selector: located.selector } : { label: located.label, ...(located.within ? { within: located.within } : {}) };
  return frames.length > 0 ? { frames: frames.map(frameSelector), ...locator } : locator;
}

/**
 * @example
 * const locator = await pickEditor(signal); // null on Esc
 */
export async function pickEditor(signal: AbortSignal): Promise<EditorLocator | null> {
  const picked = await pickTarget('Click the box where you type the reply to the resident. Press Esc to cancel.', signal, { intoFrames: true });
  return picked ? editorLocatorFor(picked.element, picked.frames) : null;
}
