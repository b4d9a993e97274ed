/**
 * @module extension/content/picker/pick-element
 *
 * Pick mode: the officer hovers over the CRM page (the field under the pointer is outlined in our
 * own layer, never by restyling the CRM), clicks the field, or presses Esc to cancel. The click is
 * swallowed so the CRM does not act on it. Events a page script dispatches are ignored.
 */
import type { FieldLocator } from '@complaint-code/shared';
import { shadowRootMode } from '../shadow-mode.js';
import { suggestLocator } from './suggest-locator.js';

const HOST_TAG = 'complaint-code-picker';

function createLayer(instruction: string) {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: shadowRootMode() });
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; }
    .box { position: fixed; z-index: 2147483646; pointer-events: none; border: 3px solid #ffdd00; outline: 2px solid #0b0c0c; display: none; }
    .bar { position: fixed; z-index: 2147483647; left: 16px; bottom: 16px; max-width: 480px; padding: 12px 16px;
      background: #0b0c0c; color: #ffffff; font: 16px/1.4 system-ui, Arial, sans-serif; border-radius: 4px; }`;
  const box = document.createElement('div');
  box.className = 'box';
  const bar = document.createElement('p');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.textContent = instruction;
  shadow.append(style, box, bar);
  document.documentElement.append(host);
  return { host, box };
}

/** What the officer clicked, and the same-origin frames it is in (outermost first). */
export interface PickedTarget {
  element: Element;
  frames: HTMLIFrameElement[];
}

/** Same-origin child frames of `doc`, and theirs, each with the frames above it. */
function reachableFrames(doc: Document, above: HTMLIFrameElement[] = []): { doc: Document; frames: HTMLIFrameElement[] }[] {
  const found: { doc: Document; frames: HTMLIFrameElement[] }[] = [];
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (!inner) continue; // another site's frame: out of reach
    const path = [...above, frame as HTMLIFrameElement];
    found.push({ doc: inner, frames: path }, ...reachableFrames(inner, path));
  }
  return found;
}

/** Where `element` (inside `frames`) is on the top document's viewport. */
function rectOnTop(element: Element, frames: readonly HTMLIFrameElement[]): { top: number; left: number; width: number; height: number } {
  const rect = element.getBoundingClientRect();
  let top = rect.top;
  let left = rect.left;
  for (const frame of frames) {
    const outer = frame.getBoundingClientRect();
    top += outer.top + frame.clientTop;
    left += outer.left + frame.clientLeft;
  }
  return { top, left, width: rect.width, height: rect.height };
}

/**
 * Let the officer click an element, in this document or (with `intoFrames`) in any same-origin
 * frame inside it. Resolves with what was clicked, or `null` on Esc or abort.
 *
 * @example
 * const target = await pickTarget('Click the reply box.', signal, { intoFrames: true });
 */
export function pickTarget(instruction: string, signal: AbortSignal, options: { intoFrames?: boolean } = {}): Promise<PickedTarget | null> {
  return new Promise((resolve) => {
    const { host, box } = createLayer(instruction);
    const controller = new AbortController();
    const finish = (result: PickedTarget | null) => {
      controller.abort();
      host.remove();
      resolve(result);
    };
    const targets = [{ doc: document, frames: [] as HTMLIFrameElement[] }, ...(options.intoFrames ? reachableFrames(document) : [])];
    for (const { doc, frames } of targets) {
      const view = doc.defaultView;
      if (!view) continue;
      // Only the officer's own pointer and keys count: a page script's synthetic click (isTrusted
      // false) must not choose what is picked, nor its synthetic Esc cancel pick mode.
      const target = (event: Event): Element | null => {
        if (!event.isTrusted) return null;
        const node = event.target as Node | null;
        // Not `instanceof Element`: a frame's nodes belong to that frame's realm.
        const element = node?.nodeType === 1 ? (node as Element) : null;
        return element && element !== host && !host.contains(element) && element.tagName !== 'COMPLAINT-CODE-COUNTDOWN' ? element : null;
      };
      const listen = { capture: true, signal: controller.signal };
      view.addEventListener(
        'pointerover',
        (event) => {
          const element = target(event);
          if (!element) return;
          const rect = rectOnTop(element, frames);
          Object.assign(box.style, { display: 'block', top: `${rect.top - 3}px`, left: `${rect.left - 3}px`, width: `${rect.width}px`, height: `${rect.height}px` });
        },
        listen,
      );
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'pointerup'] as const) {
        view.addEventListener(type, (event) => target(event) && (event.preventDefault(), event.stopPropagation()), listen);
      }
      view.addEventListener(
        'click',
        (event) => {
          const element = target(event);
          if (!element) return;
          event.preventDefault();
          event.stopPropagation();
          finish({ element, frames });
        },
        listen,
      );
      view.addEventListener(
        'keydown',
        (event) => {
          if (!event.isTrusted || event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          finish(null);
        },
        listen,
      );
    }
    signal.addEventListener('abort', () => finish(null), { once: true, signal: controller.signal });
  });
}

/**
 * Let the officer click the element showing `what`. Resolves with a locator, or `null` on Esc or abort.
 *
 * @example
 * const locator = await pickElement('Stage 1 received', signal);
 */
export async function pickElement(what: string, signal: AbortSignal): Promise<FieldLocator | null> {
  const picked = await pickTarget(`Click the ${what} on this page. Press Esc to cancel.`, signal);
  return picked ? suggestLocator(document, picked.element) : null;
}
