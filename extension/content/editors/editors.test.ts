/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaretKeeper, isShown, spaced } from './editable.js';
import { openEditor } from './index.js';

/** happy-dom has no execCommand: each test says what the browser's command does. */
const execCommand = vi.fn<(command: string, showUi?: boolean, value?: string) => boolean>();

beforeEach(() => {
  execCommand.mockReset().mockReturnValue(false);
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true, writable: true });
  // happy-dom does no layout: every element counts as rendered unless it is display:none.
  // `isShown` asks `checkVisibility` (styles only, no layout); `getClientRects` where a browser lacks it.
  const hidden = (element: Element) => (element as HTMLElement).style?.display === 'none';
  vi.spyOn(Element.prototype, 'checkVisibility').mockImplementation(function (this: Element) {
    return !hidden(this);
  });
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (hidden(this) ? [] : [{}]) as unknown as DOMRectList;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Fixtures are parsed with DOMParser, then moved into the live document. */
function html(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

describe('openEditor', () => {
  it('recognises each kind of editor from the element the adapter points at', () => {
    html(`<textarea id="reply"></textarea>
      <div id="plain" contenteditable="true"><p>Dear Ms Lee</p></div>
      <div class="ck-editor"><div class="ck-editor__editable" contenteditable="true" id="ck"><p>x</p></div></div>
      <div id="quill" class="ql-container"><div class="ql-editor" contenteditable="true"><p>x</p></div></div>
      <span id="none">Reference</span>`);
    expect(openEditor(document.querySelector('#reply'))?.kind).toBe('textarea');
    expect(openEditor(document.querySelector('#plain p'))?.kind).toBe('contenteditable');
    expect(openEditor(document.querySelector('#plain p'))?.editable.id).toBe('plain');
    expect(openEditor(document.querySelector('#ck'))?.kind).toBe('ckeditor5');
    expect(openEditor(document.querySelector('#ck'))?.frame.className).toBe('ck-editor');
    expect(openEditor(document.querySelector('#quill'))?.kind).toBe('quill');
    expect(openEditor(null)).toBeNull();
    expect(openEditor(document.querySelector('#none'))).toBeNull();
    // A container of one editor opens that editor (an adapter may name the wrapper).
    expect(openEditor(document.querySelector('#quill')?.parentElement)?.kind).toBe('ckeditor5');
  });

  it('waits for TinyMCE rather than take its hidden textarea', () => {
    html('<textarea id="reply-rich" style="display:none"></textarea>');
    expect(openEditor(document.querySelector('#reply-rich'))).toBeNull();
  });

  it('reads a textarea as text and a rich editor as HTML, without changing either', () => {
    html('<textarea id="reply">Dear Ms Lee</textarea><div id="plain" contenteditable="true"><h2>Our decision</h2><p>Upheld</p></div>');
    expect(openEditor(document.querySelector('#reply'))?.read()).toEqual({ text: 'Dear Ms Lee' });
    const before = document.body.innerHTML;
    expect(openEditor(document.querySelector('#plain'))?.read()).toEqual({ html: '<h2>Our decision</h2><p>Upheld</p>' });
    expect(document.body.innerHTML).toBe(before);
  });

  it('calls back on every edit, and stops when aborted', async () => {
    html('<div id="plain" contenteditable="true"><p>Dear</p></div>');
    const editor = openEditor(document.querySelector('#plain'));
    const onChange = vi.fn();
    const controller = new AbortController();
    editor?.subscribe(onChange, controller.signal);
    editor?.editable.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    editor?.editable.dispatchEvent(new Event('input', { bubbles: true }));
    (editor?.editable.firstChild as HTMLElement).append(' Ms Lee');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('inserting', () => {
  it('puts text at the textarea caret and tells the CRM (input event), even where execCommand is refused', () => {
    html('<textarea id="reply">Dear Ms Lee,end</textarea>');
    const area = document.querySelector<HTMLTextAreaElement>('#reply') as HTMLTextAreaElement;
    area.setSelectionRange(12, 12);
    const heard = vi.fn();
    area.addEventListener('input', heard);
    expect(openEditor(area)?.insert('There are no outstanding actions.')).toBe(true);
    expect(area.value).toBe('Dear Ms Lee, There are no outstanding actions.end');
    expect(heard).toHaveBeenCalled();
  });

  it('lets an editor that handles beforeinput (CKEditor 5) take the text into its model', () => {
    html('<div class="ck-editor__editable" contenteditable="true" id="ck"><p>Dear</p></div>');
    const root = document.querySelector<HTMLElement>('#ck') as HTMLElement;
    const taken: string[] = [];
    root.addEventListener('beforeinput', (event) => {
      taken.push(`${event.inputType}:${event.data ?? ''}`);
      event.preventDefault();
    });
    expect(openEditor(root)?.insert('First line.\n\nSecond line.')).toBe(true);
    expect(taken).toEqual(['insertText:First line.', 'insertParagraph:', 'insertText:Second line.']);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('offers CKEditor 5 the text as a paste first, so it becomes one undo step in its model', () => {
    html('<div class="ck-editor__editable" contenteditable="true" id="ck"><p>Dear</p></div>');
    const root = document.querySelector<HTMLElement>('#ck') as HTMLElement;
    const pasted: string[] = [];
    root.addEventListener('paste', (event) => {
      pasted.push((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
      event.preventDefault();
    });
    const typed = vi.fn();
    root.addEventListener('beforeinput', typed);
    expect(openEditor(root)?.insert('First line.\n\nSecond line.')).toBe(true);
    expect(pasted).toHaveLength(1);
    expect(pasted[0]).toMatch(/First line\.\n\nSecond line\.$/);
    expect(typed).not.toHaveBeenCalled();
  });

  it('falls back to the browser’s own insertText command when nobody takes the beforeinput', () => {
    html('<div id="plain" contenteditable="true"><p>Dear</p></div>');
    execCommand.mockReturnValue(true);
    expect(openEditor(document.querySelector('#plain'))?.insert('Hello.')).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('insertText', false, expect.stringContaining('Hello.'));
  });
});

describe('CaretKeeper and spaced', () => {
  it('puts the caret back where it was when focus left', () => {
    html('<div id="plain" contenteditable="true"><p>Dear Ms Lee</p></div>');
    const root = document.querySelector<HTMLElement>('#plain') as HTMLElement;
    const text = root.querySelector('p')?.firstChild as Text;
    const selection = document.getSelection() as Selection;
    const range = document.createRange();
    range.setStart(text, 4);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    const caret = new CaretKeeper(root);
    caret.save();
    selection.removeAllRanges();
    const restored = caret.restore();
    expect(restored?.getRangeAt(0).startOffset).toBe(4);
    // Right after "Dear": the sentence needs a space before it.
    expect(spaced("Hello", restored as Selection)).toBe(" Hello");
  });
});

describe('isShown', () => {
  it('asks the styles (checkVisibility), never the layout, where the browser can', () => {
    html('<textarea id="reply"></textarea><textarea id="gone" style="display: none"></textarea>');
    const layout = vi.mocked(Element.prototype.getClientRects);
    layout.mockClear();
    expect(isShown(document.querySelector('#reply') as Element)).toBe(true);
    expect(isShown(document.querySelector('#gone') as Element)).toBe(false);
    expect(isShown(document.createElement('textarea'))).toBe(false); // not in the document
    expect(layout).not.toHaveBeenCalled();
  });
});
