/**
 * @module extension/content/editors/textarea
 *
 * A plain `<textarea>`. Insertion uses `execCommand('insertText')`, which Chromium and Firefox (89+)
 * support on text fields: the browser's own undo covers it and the CRM sees an `input` event. If it
 * is refused, `setRangeText` plus an `input` event still reaches the CRM's save (without undo).
 */
import type { DraftEditor, EditorModule } from './types.js';
import { isAttached, isShown } from './editable.js';

function open(element: Element): DraftEditor | null {
  if (element.tagName !== 'TEXTAREA') return null;
  const area = element as HTMLTextAreaElement;
  if (!isShown(area)) return null;
  return {
    kind: 'textarea',
    editable: area,
    frame: area,
    read: () => ({ text: area.value }),
    subscribe(onChange, signal) {
      area.addEventListener('input', onChange, { signal });
    },
    insert(text) {
      area.focus({ preventScroll: true });
      const start = area.selectionStart;
      const previous = start > 0 ? (area.value[start - 1] ?? '') : '\n';
      const data = /\s/.test(previous) ? text : ` ${text}`;
      if (area.ownerDocument.execCommand('insertText', false, data)) return true;
      area.setRangeText(data, start, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    // A textarea that an editor (TinyMCE) has hidden is no longer where the officer types.
    isLive: () => isAttached(area),
  };
}

export const textareaEditor: EditorModule = { kind: 'textarea', open };
