/**
 * @module extension/content/picker/listen-for-picker
 *
 * Answers the options page's "Pick on page" request. The content script checks these by hand
 * rather than with zod, to keep a schema library out of every CRM page; the shape is the shared
 * `ContentRequest` (`picker/pick`), and only extension pages (not other tabs) may send it.
 */
import { caseFactLabels, caseFactNames, type ContentResponses, type Reply } from '@complaint-code/shared';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickElement } from './pick-element.js';

type PickField = (typeof caseFactNames)[number] | 'header';

function parsePickRequest(message: unknown): PickField | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, field, ...rest } = message as Record<string, unknown>;
  if (type !== 'picker/pick' || Object.keys(rest).length > 0) return undefined;
  return field === 'header' || (caseFactNames as readonly unknown[]).includes(field) ? (field as PickField) : undefined;
}

/**
 * @example
 * listenForPicker(ctx);
 */
export function listenForPicker(ctx: ContentScriptContext): void {
  let active: AbortController | undefined;
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: Reply<ContentResponses['picker/pick']>) => void) => {
    const field = parsePickRequest(message);
    // Only our own extension pages (no sender.tab) may start pick mode.
    if (!field || sender.id !== browser.runtime.id || sender.tab) return false;
    active?.abort();
    const controller = new AbortController();
    active = controller;
    ctx.onInvalidated(() => controller.abort());
    void pickElement(field === 'header' ? 'case header' : caseFactLabels[field], controller.signal).then((locator) =>
      sendResponse({ ok: true, data: locator }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
