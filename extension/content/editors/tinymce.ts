/**
 * @module extension/content/editors/tinymce
 *
 * TinyMCE (classic mode): the text lives in the body of a same-origin iframe (`<id>_ifr`) inside
 * `.tox-tinymce`; the original `<textarea>` is hidden. We read and listen to the iframe's body and
 * insert with a `paste` event, which TinyMCE inserts as one undo level (see editable.ts for why not
 * `tinymce.activeEditor`).
 */
import { editableEditor } from './contenteditable.js';
import { isAttached, isShown } from './editable.js';
import type { DraftEditor, EditorModule } from './types.js';

/** The editing iframe for whatever part of a TinyMCE editor `element` is. */
function iframeFor(element: Element): HTMLIFrameElement | null {
  if (element.tagName === 'IFRAME') return element as HTMLIFrameElement;
  if (element.tagName === 'TEXTAREA' && element.id) {
    const iframe = element.ownerDocument.getElementById(`${element.id}_ifr`);
    if (iframe?.tagName === 'IFRAME') return iframe as HTMLIFrameElement;
  }
  const container = element.closest('.tox-tinymce') ?? element.querySelector('.tox-tinymce');
  return container?.querySelector('iframe') ?? null;
}

function open(element: Element): DraftEditor | null {
  const iframe = iframeFor(element);
  const body = iframe?.contentDocument?.body;
  // Not ready yet (TinyMCE loads its iframe asynchronously): the caller tries again later.
  if (!iframe || !body || !body.isContentEditable) return null;
  const editor = editableEditor('tinymce', body, iframe.closest('.tox-tinymce') ?? iframe, { viaPaste: true });
  if (!isShown(iframe)) return null;
  return { ...editor, isLive: () => isAttached(iframe) && body.isConnected };
}

export const tinymceEditor: EditorModule = { kind: 'tinymce', open };
