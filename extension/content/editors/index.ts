/**
 * @module extension/content/editors
 *
 * Find the reply editor the adapter points at, whatever it is built with. The specific editors are
 * tried first: a TinyMCE textarea or a CKEditor/Quill root is also a textarea or a contenteditable.
 */
import { ckeditor5Editor } from './ckeditor5.js';
import { contentEditableEditor } from './contenteditable.js';
import { quillEditor } from './quill.js';
import { textareaEditor } from './textarea.js';
import { tinymceEditor } from './tinymce.js';
import type { DraftEditor, EditorModule } from './types.js';

export type { DraftEditor, EditorKind } from './types.js';

const editors: readonly EditorModule[] = [tinymceEditor, ckeditor5Editor, quillEditor, textareaEditor, contentEditableEditor];

/**
 * The editor `element` belongs to, or `null` when it is none (yet: TinyMCE and CKEditor start late).
 *
 * @example
 * const editor = openEditor(document.querySelector('#reply'));
 * editor?.read(); //=> { text: 'Dear Ms Lee,…' }
 */
export function openEditor(element: Element | null | undefined): DraftEditor | null {
  if (!element) return null;
  for (const module of editors) {
    const editor = module.open(element);
    if (editor?.isLive()) return editor;
  }
  return null;
}
