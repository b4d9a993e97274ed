/**
 * @module extension/content/editors/types
 *
 * One reply editor on a CRM page, whatever it is built with. The checklist only ever reads from it,
 * listens to it, and inserts text on the officer's click through the editor's own input path: it
 * never adds nodes or attributes inside the editor (Grammarly's lesson: nodes inserted into an
 * editor corrupt it and leak into sent mail).
 */
import type { DraftBody } from '@complaint-code/shared';

export type EditorKind = 'textarea' | 'contenteditable' | 'tinymce' | 'ckeditor5' | 'quill';

export interface DraftEditor {
  readonly kind: EditorKind;
  /** The element the officer types in: the textarea, or the editable root. */
  readonly editable: HTMLElement;
  /** The editor's outer frame (toolbar and all); the checklist goes right after it. */
  readonly frame: Element;
  /** The draft as it is now. Called only after a pause in typing, never per keystroke. */
  read(): DraftBody;
  /** Call `onChange` on every edit. The callback must only schedule work (it runs per keystroke). */
  subscribe(onChange: () => void, signal: AbortSignal): void;
  /** Insert `text` at the caret (or the last caret position) as if typed; `false` if the editor refused. */
  insert(text: string): boolean;
  /**
   * Still on the page and not hidden (a CRM may re-render or swap its editor). Cheap: no layout is
   * forced, because the page watcher calls it while the officer types.
   */
  isLive(): boolean;
}

/** One kind of editor: does this element belong to one, and if so, open it. */
export interface EditorModule {
  readonly kind: EditorKind;
  open(element: Element): DraftEditor | null;
}
