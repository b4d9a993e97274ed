/**
 * @module extension/content/editors/quill
 *
 * Quill (1 and 2): the editable is `.ql-editor` inside `.ql-container`. Quill watches its DOM with a
 * MutationObserver, so text inserted with `execCommand('insertText')` becomes a user change in its
 * model and its history (undo), like typing.
 */
import { editableEditor } from './contenteditable.js';
import { isShown } from './editable.js';
import type { DraftEditor, EditorModule } from './types.js';

function open(element: Element): DraftEditor | null {
  const root = element.closest<HTMLElement>('.ql-editor') ?? element.querySelector<HTMLElement>('.ql-editor');
  if (!root || !root.isContentEditable || !isShown(root)) return null;
  return editableEditor('quill', root, root.closest('.ql-container') ?? root);
}

export const quillEditor: EditorModule = { kind: 'quill', open };
