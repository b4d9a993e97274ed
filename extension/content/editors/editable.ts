/**
 * @module extension/content/editors/editable
 *
 * What every contenteditable-based editor (plain contenteditable, TinyMCE's iframe body, CKEditor 5,
 * Quill) shares: listening without walking mutation records, remembering the caret when focus
 * leaves, and inserting text as typed input.
 *
 * Why typed input, not the editors' JS APIs: a content script runs in an isolated world and cannot
 * reach `tinymce.activeEditor`, CKEditor's `editor.model` or Quill's instance without a main-world
 * helper script (a web-accessible resource whose matches would have to follow the runtime-granted
 * origins). Instead the text goes in through the path a keystroke takes:
 * - TinyMCE and CKEditor 5 (`viaPaste`): a `paste` event carrying the text. Both take a paste into
 *   their model as one change with its own undo step (typed input would merge into the officer's
 *   last typing, so Ctrl+Z would also remove the words typed just before).
 * - Otherwise, or if the editor did not take the paste: a `beforeinput` event (`insertText`), which
 *   an editor with its own input pipeline takes and cancels; if nobody did,
 *   `document.execCommand('insertText')`: the browser edits the DOM as for typing, fires `input` and
 *   keeps it in its undo stack, and Quill (MutationObserver) picks it up like typed text.
 * Each editor's e2e journey reads the text back through its own API and undoes it.
 */

/** Listen to every edit of `root`: `input` events plus DOM mutations (counted, never walked). */
export function subscribeToEditable(root: HTMLElement, onChange: () => void, signal: AbortSignal): void {
  root.addEventListener('input', onChange, { signal });
  const view = root.ownerDocument.defaultView ?? window;
  const observer = new view.MutationObserver(onChange);
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Remembers where the caret was in `root` when focus left it (the officer clicked our panel). */
export class CaretKeeper {
  #range: Range | undefined;

  constructor(private readonly root: HTMLElement) {}

  /** Start remembering; only on focus leaving, so nothing runs per keystroke. */
  watch(signal: AbortSignal): void {
    this.root.addEventListener('focusout', () => this.save(), { signal });
  }

  save(): void {
    const selection = this.root.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    if (range && this.root.contains(range.startContainer)) this.#range = range.cloneRange();
  }

  /** Focus `root` and put the caret back where it was (or at the end when it never had one). */
  restore(): Selection | null {
    const doc = this.root.ownerDocument;
    this.root.focus({ preventScroll: true });
    const selection = doc.getSelection();
    if (!selection) return null;
    const inside = selection.rangeCount > 0 && this.root.contains(selection.getRangeAt(0).startContainer);
    if (!inside) {
      const range = this.#range && this.root.contains(this.#range.startContainer) ? this.#range : endOf(this.root);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return selection;
  }
}

function endOf(root: HTMLElement): Range {
  const range = root.ownerDocument.createRange();
  // The last block's end, so the text joins a paragraph rather than sits loose in the root.
  const last = root.lastElementChild ?? root;
  range.selectNodeContents(last);
  range.collapse(false);
  return range;
}

/** A space before the text when the caret sits right after a non-space character. */
export function spaced(text: string, selection: Selection): string {
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (!range) return text;
  const node = range.startContainer;
  if (node.nodeType !== Node.TEXT_NODE || range.startOffset === 0) return text;
  const previous = (node as Text).data[range.startOffset - 1] ?? '';
  return /\s/.test(previous) ? text : ` ${text}`;
}

/** Send one input step through the editor's path: `beforeinput` first, the browser's command if nobody took it. */
function typeStep(root: HTMLElement, inputType: 'insertText' | 'insertParagraph', data: string | null): boolean {
  const view = root.ownerDocument.defaultView ?? window;
  const before = new view.InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true, composed: true });
  if (!root.dispatchEvent(before)) return true; // the editor took it into its own model
  return root.ownerDocument.execCommand(inputType, false, data ?? undefined);
}

/** Offer `text` as a paste; `true` if the editor took it (cancelled the event). */
function pasteStep(root: HTMLElement, text: string): boolean {
  const view = (root.ownerDocument.defaultView ?? window) as typeof window;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const paste = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  return !root.dispatchEvent(paste);
}

/**
 * Insert `text` at the caret of the editable `root` (see the module note). Lines separated by blank
 * lines become paragraphs, as if the officer pressed Enter between them.
 *
 * @example
 * insertAsTyped(editable, caret, 'There are no outstanding actions.');
 */
export function insertAsTyped(root: HTMLElement, caret: CaretKeeper, text: string, options: { viaPaste?: boolean } = {}): boolean {
  const selection = caret.restore();
  if (!selection) return false;
  const paragraphs = text.split(/\n+/).map((line) => line.trimEnd()).filter((line) => line.length > 0);
  if (paragraphs.length === 0) return true;
  const first = spaced(paragraphs[0] ?? '', selection);
  if (options.viaPaste && pasteStep(root, [first, ...paragraphs.slice(1)].join('\n\n'))) return true;
  let ok = true;
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) ok = typeStep(root, 'insertParagraph', null) && ok;
    ok = typeStep(root, 'insertText', index === 0 ? first : paragraph) && ok;
  });
  return ok;
}

/**
 * Does `element` render (has a box: not `display: none` itself or by an ancestor, still in the
 * document)? `checkVisibility` needs the page's styles only; `getClientRects` (the fallback for
 * browsers without it) forces a layout of a half-built page, which the overlay must not cause.
 */
export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : element.getClientRects().length > 0;
}

/**
 * Still in the document and not hidden by an inline style or the `hidden` attribute (how editors
 * such as TinyMCE hide the element they replace). No layout is forced.
 */
export function isAttached(element: HTMLElement): boolean {
  return element.isConnected && !element.hidden && element.style.display !== 'none';
}
