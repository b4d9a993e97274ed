/**
 * @module extension/content/editors/find-reply-editor
 *
 * Find the reply editor an adapter names: go down its path of same-origin frames (outermost first),
 * pick the first box that is shown, is not an internal note (`never`) and, for a composer toggled
 * between reply and note, currently matches `replyWhen`. Pure DOM reads over the document it is
 * given, so tests feed happy-dom fixtures.
 *
 * Why the frame that owns the case reaches into its child frames (rather than the editor frame's
 * own content script doing the work): editor frames are `about:blank`/`srcdoc` documents written by
 * the CRM's script (Salesforce's publisher, Dynamics' email body, CKEditor 4, TinyMCE), so they are
 * same-origin with their parent and scriptable from it. One script then reads the draft, inserts
 * text and places the checklist in the document that owns the case, with no cross-frame messages on
 * the typing path and nothing the page could overhear.
 */
import type { EditorLocator } from '@complaint-code/shared';
import { locateField } from '../../lib/locate-field.js';
import { editorRole } from './editor-role.js';
import { isShown } from './editable.js';
import { openEditor } from './index.js';
import type { DraftEditor } from './types.js';

/** Where a frame path led: the innermost document, and the frame elements passed on the way. */
export type FramePath =
  | { ok: true; doc: Document; frames: HTMLIFrameElement[] }
  | { ok: false; reason: 'bad-selector' | 'not-found' | 'cross-origin'; detail: string };

function queryAll(root: ParentNode, selector: string): Element[] | string {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return `"${selector}" is not a valid CSS selector`;
  }
}

function isFrame(element: Element): element is HTMLIFrameElement {
  return element.tagName === 'IFRAME' || element.tagName === 'FRAME';
}

/** The origin a cross-origin frame points at, for the message (its `src`), if it can be told. */
function frameOrigin(frame: HTMLIFrameElement): string | undefined {
  try {
    return new URL(frame.src, frame.ownerDocument.baseURI).origin;
  } catch {
    return undefined;
  }
}

/**
 * Go down `selectors` from `doc`, one frame a step. The first matching frame that is shown is taken
 * at each step (a CRM may keep hidden copies of its publisher).
 *
 * @example
 * resolveFramePath(document, ['iframe.publisher', 'iframe#body']); //=> { ok: true, doc: <the body frame's document>, frames: [..] }
 */
export function resolveFramePath(doc: Document, selectors: readonly string[]): FramePath {
  let current = doc;
  const frames: HTMLIFrameElement[] = [];
  for (const selector of selectors) {
    const found = queryAll(current, selector);
    if (typeof found === 'string') return { ok: false, reason: 'bad-selector', detail: found };
    const candidates = found.filter(isFrame);
    if (candidates.length === 0) return { ok: false, reason: 'not-found', detail: `no frame matches "${selector}"` };
    const frame = candidates.find((candidate) => candidate.contentDocument && isShown(candidate)) ?? candidates.find((candidate) => !candidate.contentDocument);
    if (!frame) return { ok: false, reason: 'not-found', detail: `the frame "${selector}" is not shown` };
    const inner = frame.contentDocument;
    if (!inner) {
      const origin = frameOrigin(frame);
      return {
        ok: false,
        reason: 'cross-origin',
        detail: `the frame "${selector}" comes from ${origin && origin !== 'null' ? origin : 'another site'}, which the extension cannot reach`,
      };
    }
    frames.push(frame);
    current = inner;
  }
  return { ok: true, doc: current, frames };
}

/** Is `element` (in the frames `frames`) the reply by the adapter's role rules? No layout is forced. */
export function hasReplyRole(element: Element, frames: readonly Element[], locator: EditorLocator): boolean {
  return editorRole(element, frames, locator) === 'reply';
}

/** The reply editor, with the frames it sits in and where the checklist goes. */
export interface ReplyEditor {
  editor: DraftEditor;
  /** The frames passed to reach it, outermost first (empty when it is in the page itself). */
  frames: readonly HTMLIFrameElement[];
  /** What the checklist goes after, in the document that owns the case: the outermost frame, or the editor's frame. */
  anchor: Element;
}

/**
 * - `found`: the reply editor.
 * - `inactive`: the locator matches, but no box is a shown reply right now (hidden until "Reply" is
 *   pressed, a note, toggled to a note, or an editor still starting): wait quietly.
 * - `missing`: nothing matches (the frame or the box): the adapter may be wrong, say so.
 * - `unreachable`: a frame on the way is from another site. `bad-selector`: the adapter is broken.
 */
export type ReplyEditorSearch =
  | { status: 'found'; reply: ReplyEditor }
  | { status: 'inactive' | 'missing' | 'unreachable' | 'bad-selector'; detail: string };

function candidatesIn(doc: Document, locator: EditorLocator): Element[] | string {
  if ('selector' in locator) return queryAll(doc, locator.selector);
  const located = locateField(doc, { label: locator.label, ...(locator.within ? { within: locator.within } : {}) });
  if (located.ok) return [located.element];
  return located.reason === 'bad-selector' ? located.detail : [];
}

/**
 * @example
 * const search = findReplyEditor(document, adapter.editor);
 * if (search.status === 'found') search.reply.editor.read();
 */
export function findReplyEditor(doc: Document, locator: EditorLocator): ReplyEditorSearch {
  const path = resolveFramePath(doc, locator.frames ?? []);
  if (!path.ok) {
    if (path.reason === 'cross-origin') return { status: 'unreachable', detail: path.detail };
    return path.reason === 'bad-selector' ? { status: 'bad-selector', detail: path.detail } : { status: 'missing', detail: path.detail };
  }
  const found = candidatesIn(path.doc, locator);
  if (typeof found === 'string') return { status: 'bad-selector', detail: found };
  for (const element of found) {
    if (!hasReplyRole(element, path.frames, locator)) continue;
    const editor = openEditor(element);
    if (!editor) continue;
    const anchor = path.frames[0] ?? editor.frame;
    return { status: 'found', reply: { editor: framed(editor, path.frames), frames: path.frames, anchor } };
  }
  if (found.length === 0) return { status: 'missing', detail: 'nothing on this page matches the reply editor' };
  return { status: 'inactive', detail: 'no reply editor is shown right now' };
}

/** An editor in frames is live only while every frame on the way still holds the same document. */
function framed(editor: DraftEditor, frames: readonly HTMLIFrameElement[]): DraftEditor {
  if (frames.length === 0) return editor;
  const docs = frames.map((frame) => frame.contentDocument);
  return {
    ...editor,
    isLive: () => frames.every((frame, index) => frame.isConnected && frame.contentDocument === docs[index]) && editor.isLive(),
  };
}

/**
 * Is the editor found earlier still the reply: live, shown, and still in the reply role (a toggled
 * composer may have become an internal note)? Forces layout: call it on page changes, not per key.
 *
 * @example
 * if (!isStillReply(reply, adapter.editor)) detach();
 */
export function isStillReply(reply: ReplyEditor, locator: EditorLocator): boolean {
  const { editor, frames } = reply;
  return editor.isLive() && isShown(editor.editable) && frames.every(isShown) && hasReplyRole(editor.frame, frames, locator);
}
