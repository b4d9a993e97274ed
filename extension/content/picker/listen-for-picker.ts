/**
 * @module extension/content/picker/listen-for-picker
 *
 * Answers the options page's "Pick on page" and "Test on this page" requests. Runs in the picker
 * script (entrypoints/picker.ts), which the options page injects into the CRM frame only when asked,
 * so none of this is in the content script every CRM frame loads. Requests are checked by hand rather
 * than with zod, to keep a schema library out of CRM pages; the shape is the shared `ContentRequest`
 * (`picker/pick`, `picker/test`), and only extension pages (not other tabs) may send it.
 */
import { caseFactLabels, caseFactNames, type ContentResponses, type CrmAdapter, type Reply } from '@complaint-code/shared';
import { browser } from 'wxt/browser';
import { showHighlights } from './highlight-layer.js';
import { pickElement } from './pick-element.js';
import { testAdapter } from './test-adapter.js';

type PickField = (typeof caseFactNames)[number] | 'header';

function parsePickRequest(message: unknown): PickField | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, field, ...rest } = message as Record<string, unknown>;
  if (type !== 'picker/pick' || Object.keys(rest).length > 0) return undefined;
  return field === 'header' || (caseFactNames as readonly unknown[]).includes(field) ? (field as PickField) : undefined;
}

/** A `picker/test` request's adapter: checked with zod by the options page that sent it; the shape is re-checked here. */
function parseTestRequest(message: unknown): CrmAdapter | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, adapter, ...rest } = message as Record<string, unknown>;
  if (type !== 'picker/test' || Object.keys(rest).length > 0 || typeof adapter !== 'object' || adapter === null) return undefined;
  const candidate = adapter as Partial<CrmAdapter>;
  return typeof candidate.fields === 'object' && candidate.fields !== null && typeof candidate.casePage?.urlPattern === 'string' ? (adapter as CrmAdapter) : undefined;
}

/** Tells the picker when the extension goes away (reloaded or removed), to end pick mode and stop listening. */
export interface PickerLifetime {
  onInvalidated(callback: () => void): void;
}

/**
 * @example
 * listenForPicker(lifetime);
 */
export function listenForPicker(ctx: PickerLifetime): void {
  let active: AbortController | undefined;
  const listener = (
    message: unknown,
    sender: { id?: string; tab?: unknown },
    sendResponse: (reply: Reply<ContentResponses['picker/pick']> | Reply<ContentResponses['picker/test']>) => void,
  ) => {
    // Only our own extension pages (no sender.tab) may start pick mode or a test.
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const tested = parseTestRequest(message);
    if (tested) {
      try {
        const { report, elements } = testAdapter(document, new URL(location.href), tested);
        showHighlights(document, elements);
        sendResponse({ ok: true, data: report });
      } catch (error) {
        sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
      return false;
    }
    const field = parsePickRequest(message);
    if (!field) return false;
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
