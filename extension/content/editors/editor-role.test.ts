/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { editorRole } from './editor-role.js';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('editorRole', () => {
  const doc = page('<div class="note"><textarea id="n"></textarea></div><div id="c" data-mode="public"><textarea id="r"></textarea></div>');
  const box = (id: string) => doc.getElementById(id) as Element;

  it('should call a box inside a "never" element an internal note, even when "replyWhen" matches too', () => {
    expect(editorRole(box('n'), [], { selector: 'textarea', never: '.note' })).toBe('never');
    expect(editorRole(box('n'), [], { selector: 'textarea', never: '.note', replyWhen: { selector: 'body' } })).toBe('never');
  });

  it('should follow "replyWhen" on the box or an ancestor, now', () => {
    const locator = { selector: 'textarea', replyWhen: { selector: '#c[data-mode="public"]' } };
    expect(editorRole(box('r'), [], locator)).toBe('reply');
    box('c').setAttribute('data-mode', 'note');
    expect(editorRole(box('r'), [], locator)).toBe('not-now');
    box('c').setAttribute('data-mode', 'public');
  });

  it('should match the rules on the frames the box sits in', () => {
    const outer = page('<div class="note-pane"><iframe></iframe></div>');
    const frame = outer.querySelector('iframe') as Element;
    expect(editorRole(box('r'), [frame], { selector: 'textarea', never: '.note-pane' })).toBe('never');
  });

  it('should let a selector that does not parse match nothing', () => {
    expect(editorRole(box('r'), [], { selector: 'textarea', never: 'div[' })).toBe('reply');
    expect(editorRole(box('r'), [], { selector: 'textarea', replyWhen: { selector: 'div[' } })).toBe('not-now');
  });
});
