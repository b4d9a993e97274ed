/**
 * @module extension/content/editors/ckeditor5
 *
 * CKEditor 5: the editable is `.ck-editor__editable` (a view CKEditor renders from its model). We
 * only read it; insertion goes through a `paste` event, which CKEditor's clipboard pipeline puts into
 * its model as one change (its undo, change events and `getData()` all see it).
 */
import { editableEditor } from './contenteditable.js';
import { isShown } from './editable.js';
import type { DraftEditor, EditorModule } from './types.js';

function open(element: Element): DraftEditor | null {
  const root = element.closest<HTMLElement>('.ck-editor__editable') ?? element.querySelector<HTMLElement>('.ck-editor__editable');
  if (!root || !root.isContentEditable || !isShown(root)) return null;
  return editableEditor('ckeditor5', root, root.closest('.ck-editor') ?? root, { viaPaste: true });
}

export const ckeditor5Editor: EditorModule = { kind: 'ckeditor5', open };
