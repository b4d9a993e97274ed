/** @vitest-environment happy-dom */
import type { EditorLocator } from '@complaint-code/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findReplyEditor, hasReplyRole, isStillReply, resolveFramePath } from './find-reply-editor.js';
import { watchedAttributes } from './watched-attributes.js';

beforeEach(() => {
  // happy-dom does no layout: an element counts as rendered unless it (or an ancestor) is hidden.
  // `isShown` asks `checkVisibility` (styles only, no layout); `getClientRects` where a browser lacks it.
  const hidden = (element: Element) => element.closest('[hidden], .is-hidden') !== null || (element as HTMLElement).style?.display === 'none';
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

function html(markup: string, doc: Document = document): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html');
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.adoptNode(node)));
}

/**
 * A same-origin frame: its document is one the test writes (as a CRM's script writes about:blank).
 * Fixture frames carry `srcdoc=""` so happy-dom does not try to load them.
 */
function giveDocument(frame: Element | null, markup: string): Document {
  if (!frame) throw new Error('fixture has no such frame');
  const inner = document.implementation.createHTMLDocument('');
  html(markup, inner);
  Object.defineProperty(frame, 'contentDocument', { value: inner, configurable: true });
  return inner;
}

/** Salesforce-style: the email body two frames down. */
function nestedPublisher(): Document {
  html(`<div class="publisher"><iframe srcdoc="" class="emailPublisher" title="Email"></iframe></div>`);
  const outer = giveDocument(document.querySelector('iframe.emailPublisher'), `<div class="cke"><iframe srcdoc="" id="body" title="Email body"></iframe></div>`);
  return giveDocument(outer.querySelector('iframe#body'), '');
}

describe('resolveFramePath', () => {
  it('goes down same-origin frames, outermost first', () => {
    const inner = nestedPublisher();
    const path = resolveFramePath(document, ['iframe.emailPublisher', 'iframe#body']);
    expect(path.ok && path.doc).toBe(inner);
    expect(path.ok && path.frames.map((frame) => frame.className || frame.id)).toEqual(['emailPublisher', 'body']);
  });

  it('says which frame is missing, and which is from another site', () => {
    nestedPublisher();
    expect(resolveFramePath(document, ['iframe.emailPublisher', 'iframe#nope'])).toEqual({ ok: false, reason: 'not-found', detail: 'no frame matches "iframe#nope"' });
    expect(resolveFramePath(document, ['div.publisher'])).toMatchObject({ ok: false, reason: 'not-found' });
    html(`<iframe srcdoc="" id="ext" src="https://mail.other.example/compose"></iframe>`);
    Object.defineProperty(document.querySelector('#ext'), 'contentDocument', { value: null });
    expect(resolveFramePath(document, ['#ext'])).toEqual({
      ok: false,
      reason: 'cross-origin',
      detail: 'the frame "#ext" comes from https://mail.other.example, which the extension cannot reach',
    });
    expect(resolveFramePath(document, ['iframe['])).toMatchObject({ ok: false, reason: 'bad-selector' });
  });
});

describe('findReplyEditor', () => {
  const framed: EditorLocator = { frames: ['iframe.emailPublisher', 'iframe#body'], selector: 'body' };

  it('finds a contenteditable body two frames down, and anchors the checklist on the outermost frame', () => {
    const inner = nestedPublisher();
    inner.body.setAttribute('contenteditable', 'true');
    inner.body.append(Object.assign(inner.createElement('p'), { textContent: 'Dear Ms Lee,' }));
    const search = findReplyEditor(document, framed);
    if (search.status !== 'found') throw new Error(search.detail);
    expect(search.reply.editor.editable).toBe(inner.body);
    expect(search.reply.anchor).toBe(document.querySelector('iframe.emailPublisher'));
    expect(search.reply.editor.read()).toEqual({ html: '<p>Dear Ms Lee,</p>' });
  });

  it('is no longer live when a frame on the way loads another document', () => {
    const inner = nestedPublisher();
    inner.body.setAttribute('contenteditable', 'true');
    const search = findReplyEditor(document, framed);
    if (search.status !== 'found') throw new Error(search.detail);
    expect(search.reply.editor.isLive()).toBe(true);
    giveDocument(document.querySelector('iframe.emailPublisher'), '<p>reloaded</p>');
    expect(search.reply.editor.isLive()).toBe(false);
  });

  it('tells "nothing matches" (missing) from "not the reply right now" (inactive)', () => {
    nestedPublisher(); // the body is not editable yet: the editor is still starting
    expect(findReplyEditor(document, framed).status).toBe('inactive');
    expect(findReplyEditor(document, { selector: '#reply' }).status).toBe('missing');
    expect(findReplyEditor(document, { frames: ['iframe.gone'], selector: 'body' }).status).toBe('missing');
    expect(findReplyEditor(document, { selector: 'div[' }).status).toBe('bad-selector');
  });

  it('never picks an internal note, and picks the reply once a Reply button reveals it', () => {
    html(`<section class="composer composer--note"><div class="editor" contenteditable="true" id="note"></div></section>
      <section class="composer composer--reply is-hidden"><div class="editor" contenteditable="true" id="reply"></div></section>`);
    const locator: EditorLocator = { selector: '.composer .editor', never: '.composer--note' };
    expect(findReplyEditor(document, locator).status).toBe('inactive');
    document.querySelector('.composer--reply')?.classList.remove('is-hidden');
    const search = findReplyEditor(document, locator);
    expect(search.status === 'found' && search.reply.editor.editable.id).toBe('reply');
  });

  it('follows one composer toggled between public reply and internal note', () => {
    html(`<div class="composer" data-mode="public"><div class="editor" contenteditable="true"></div></div>`);
    const locator: EditorLocator = { selector: '.composer .editor', replyWhen: { selector: '.composer[data-mode="public"]' } };
    const search = findReplyEditor(document, locator);
    if (search.status !== 'found') throw new Error(search.detail);
    expect(isStillReply(search.reply, locator)).toBe(true);
    document.querySelector('.composer')?.setAttribute('data-mode', 'internal');
    expect(isStillReply(search.reply, locator)).toBe(false);
    expect(findReplyEditor(document, locator).status).toBe('inactive');
  });
});

describe('hasReplyRole', () => {
  it('checks the box and the frames holding it, and survives a bad selector', () => {
    html(`<div class="note-pane"><iframe srcdoc="" id="f"></iframe></div>`);
    const inner = giveDocument(document.querySelector('#f'), '<p id="p">x</p>');
    const box = inner.querySelector('#p');
    const frame = document.querySelector('#f');
    if (!box || !frame) throw new Error('fixture');
    expect(hasReplyRole(box, [frame], { selector: 'p', never: '.note-pane' })).toBe(false);
    expect(hasReplyRole(box, [frame], { selector: 'p' })).toBe(true);
    expect(hasReplyRole(box, [frame], { selector: 'p', replyWhen: { selector: 'div[' } })).toBe(false);
  });
});

describe('watchedAttributes', () => {
  it('adds the attributes the adapter selectors test to the usual ones', () => {
    const names = watchedAttributes({ selector: '[data-role=reply] .editor', replyWhen: { selector: '.composer[ data-mode="public"]' }, frames: ['iframe[name=body]'] });
    expect(names).toEqual(expect.arrayContaining(['class', 'hidden', 'data-role', 'data-mode', 'name']));
    expect(new Set(names).size).toBe(names.length);
  });
});
