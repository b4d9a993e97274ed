import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDraft } from './check-draft.js';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  test('blocks become lines, spaces collapse, entities decode, headings are recorded', () => {
    const { text, headings } = htmlToText('<h2>Decision</h2><p>We have  <b>upheld</b>\n your &amp; complaint.</p><p><strong>Remedy</strong></p><p>£50</p>');
    expect(text).toBe('Decision\nWe have upheld your & complaint.\nRemedy\n£50');
    expect(headings.map((h) => text.slice(h.start, h.end))).toEqual(['Decision', 'Remedy']);
  });
  test('skips scripts and comments and keeps a stray < as text', () => {
    expect(htmlToText('<p>a <!-- note --> b</p><script>x()</script><p>1 < 2</p>').text).toBe('a b\n1 < 2');
  });
  test('every copied character maps back to the same character in the HTML', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<h3>', '</h3>', '<br/>', '<li>', 'word', 'two words', ' ', '  ', '\n', '&amp;', '&nbsp;', '<', 'x.y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const html = parts.join('');
        const { text, sourceOffsets } = htmlToText(html);
        expect(sourceOffsets).toHaveLength(text.length);
        for (let i = 0; i < text.length; i += 1) {
          const at = sourceOffsets[i] as number;
          if (i > 0) expect(at).toBeGreaterThanOrEqual(sourceOffsets[i - 1] as number);
          if (/[a-z.<]/.test(text[i] as string) && html[at] !== '&') expect(html[at]).toBe(text[i]);
        }
      }),
    );
  });
  test('the offsets survive JSON and cloning of a check result, though they are built on first read', () => {
    const result = checkDraft({ kind: 'acknowledgement', html: '<p>Dear Ms Lee,</p><p>We have logged your complaint.</p>' });
    const copied = JSON.parse(JSON.stringify(result)) as { sourceOffsets: number[] };
    expect(copied.sourceOffsets).toHaveLength(result.text.length);
    expect(structuredClone(result).sourceOffsets).toEqual(result.sourceOffsets);
  });
});
