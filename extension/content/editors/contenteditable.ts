/**
 * @module extension/content/editors/contenteditable
 *
 * A plain contenteditable element (the CRM's own rich-text box).
 */
import { CaretKeeper, insertAsTyped, isAttached, isShown, subscribeToEditable } from './editable.js';
import type { DraftEditor, EditorModule } from './types.js';

/** The editing host that contains `element`. */
function editingHost(element: Element): HTMLElement | null {
  // Not `instanceof HTMLElement`: an editor inside an iframe belongs to that frame's realm.
  if (!(element as Partial<HTMLElement>).isContentEditable) return null;
  let host = element as HTMLElement;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The parts every contenteditable-based editor shares; `frame` is where the checklist goes. */
export function editableEditor(kind: DraftEditor['kind'], root: HTMLElement, frame: Element, options: { viaPaste?: boolean } = {}): DraftEditor {
  const caret = new CaretKeeper(root);
  return {
    kind,
    editable: root,
    frame,
    read: () => ({ html: root.innerHTML }),
    subscribe(onChange, signal) {
      subscribeToEditable(root, onChange, signal);
      caret.watch(signal);
    },
    insert: (text) => insertAsTyped(root, caret, text, options),
    isLive: () => isAttached(root) && frame.isConnected,
  };
}

function open(element: Element): DraftEditor | null {
  const root = editingHost(element);
  return root && isShown(root) ? editableEditor('contenteditable', root, root) : null;
}

export const contentEditableEditor: EditorModule = { kind: 'contenteditable', open };
