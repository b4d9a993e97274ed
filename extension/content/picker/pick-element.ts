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

/**
 * Let the officer click the element showing `what`. Resolves with a locator, or `null` on Esc or abort.
 *
 * @example
 * const locator = await pickElement('Stage 1 received', signal);
 */
export function pickElement(what: string, signal: AbortSignal): Promise<FieldLocator | null> {
  return new Promise((resolve) => {
    const { host, box } = createLayer(`Click the ${what} on this page. Press Esc to cancel.`);
    const controller = new AbortController();
    const finish = (result: FieldLocator | null) => {
      controller.abort();
      host.remove();
      resolve(result);
    };
    // Only the officer's own pointer and keys count: a page script's synthetic click (isTrusted
    // false) must not choose what is picked, nor its synthetic Esc cancel pick mode.
    const target = (event: Event): Element | null => {
      if (!event.isTrusted) return null;
      const element = event.target instanceof Element ? event.target : null;
      return element && element !== host && !host.contains(element) && element.tagName !== 'COMPLAINT-CODE-COUNTDOWN' ? element : null;
    };
    const options = { capture: true, signal: controller.signal };
    window.addEventListener(
      'pointerover',
      (event) => {
        const element = target(event);
        if (!element) return;
        const rect = element.getBoundingClientRect();
        Object.assign(box.style, { display: 'block', top: `${rect.top - 3}px`, left: `${rect.left - 3}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      },
      options,
    );
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'pointerup'] as const) {
      window.addEventListener(type, (event) => target(event) && (event.preventDefault(), event.stopPropagation()), options);
    }
    window.addEventListener(
      'click',
      (event) => {
        const element = target(event);
        if (!element) return;
        event.preventDefault();
        event.stopPropagation();
        finish(suggestLocator(document, element));
      },
      options,
    );
    window.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        finish(null);
      },
      options,
    );
    signal.addEventListener('abort', () => finish(null), { once: true, signal: controller.signal });
  });
}
