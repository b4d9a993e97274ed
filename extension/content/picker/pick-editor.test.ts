/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findReplyEditor } from '../editors/find-reply-editor.js';
import { editorLocatorFor, frameSelector, typingBox } from './pick-editor.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function html(markup: string, doc: Document = document): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html');
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.adoptNode(node)));
}

describe('frameSelector', () => {
  it('names a frame by what CRMs keep stable, never a generated id', () => {
    html(`<iframe srcdoc="" id="gsft_main"></iframe><iframe srcdoc="" id="ext-gen1234" title="Email body"></iframe>
      <iframe srcdoc="" class="cke_wysiwyg_frame x-93847261"></iframe><div><iframe srcdoc=""></iframe><iframe srcdoc=""></iframe></div>`);
    const frames = [...document.querySelectorAll('iframe')];
    expect(frames.map(frameSelector)).toEqual(['iframe#gsft_main', 'iframe[title="Email body"]', 'iframe.cke_wysiwyg_frame', 'iframe:nth-of-type(1)', 'iframe:nth-of-type(2)']);
  });
});

describe('editorLocatorFor', () => {
  it('points at the typing box, whatever part of it was clicked', () => {
    html(`<div id="reply" contenteditable="true"><p><b>Dear</b> Ms Lee</p></div><textarea name="comments"></textarea>`);
    const bold = document.querySelector('b');
    if (!bold) throw new Error('fixture');
    expect(typingBox(bold).id).toBe('reply');
    expect(editorLocatorFor(bold, [])).toEqual({ selector: '#reply' });
  });

  it('gives the path of frames to a body editor, which then finds it again', () => {
    html(`<iframe srcdoc="" class="emailPublisher"></iframe>`);
    const outer = document.implementation.createHTMLDocument('');
    html(`<iframe srcdoc="" id="body"></iframe>`, outer);
    const inner = document.implementation.createHTMLDocument('');
    inner.body.setAttribute('contenteditable', 'true');
    inner.body.append(Object.assign(inner.createElement('p'), { textContent: 'Dear Ms Lee' }));
    const outerFrame = document.querySelector('iframe');
    const innerFrame = outer.querySelector('iframe');
    if (!outerFrame || !innerFrame) throw new Error('fixture');
    Object.defineProperty(outerFrame, 'contentDocument', { value: outer });
    Object.defineProperty(innerFrame, 'contentDocument', { value: inner });
    const locator = editorLocatorFor(inner.querySelector('p') as Element, [outerFrame, innerFrame]);
    expect(locator).toEqual({ frames: ['iframe.emailPublisher', 'iframe#body'], selector: 'body' });
    // happy-dom has no layout; the search's visibility checks need the rendered answer.
    vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    vi.spyOn(Element.prototype, 'checkVisibility').mockReturnValue(true);
    const search = findReplyEditor(document, locator);
    expect(search.status === 'found' && search.reply.editor.editable).toBe(inner.body);
  });
});
