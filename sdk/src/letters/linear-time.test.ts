import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, DRAFT_LIMITS } from './check-draft.js';
import { detectKind } from './detect-kind.js';
import { htmlToText } from './html-to-text.js';

// Issue 10, item 3: every letters pattern must run in time linear in the draft. These strings made the old
// sentence splitter (trailing newlines) and staff-name pattern (lowercase letters) take seconds.
// The bound is generous (a shared 2-core machine); a quadratic pattern on 100k characters takes seconds.
const BOUND_MS = 1500;
const pieces = [
  '\n', ' ', '\t', 'a', 'A', '.', ',', ':', '[', ']', '{', '<', '>', '(', '-', "'", '’', '£', '1', '*', '#', '•',
  'Aa ', 'Abc ', 'we will ', 'you ', 'the ', 'stage ', 'Ltd ', 'Mr ', 'our officer ', 'because ', '<p>', '&amp;', 'On 1 May 2026 ', '> ', 'wrote:',
];
const LENGTH = 100_000;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('the checker runs in linear time on hostile drafts', () => {
  it.each([
    ['80,000 trailing newlines', `Dear Ms Lee\nWe have upheld your complaint.${'\n'.repeat(80_000)}`],
    ['80,000 lowercase letters', 'a'.repeat(80_000)],
    ['100,000 capitals', 'A'.repeat(LENGTH)],
    ['100,000 open brackets', '['.repeat(LENGTH)],
    ['100,000 quoted lines', '> a\n'.repeat(LENGTH / 4)],
    ['thousands of listed points and decisions', `This is our stage 1 response.\nYour complaint\n${'- fault aaa bbb\n'.repeat(3000)}${'we found fault aaa bbb ccc\n'.repeat(3000)}`],
  ])('%s', (_name, text) => {
    expect(timed(() => checkDraft({ text }))).toBeLessThan(BOUND_MS);
    expect(timed(() => checkDraft({ text, kind: 'stage1-response' }))).toBeLessThan(BOUND_MS);
  });

  it('any repetition of one or two hostile pieces, 100k+ characters, as text and as HTML, for every kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pieces),
        fc.constantFrom(...pieces),
        fc.nat({ max: 50 }),
        fc.constantFrom('stage1-response', 'stage2-response', 'acknowledgement', 'extension-notice', 'refusal', undefined),
        (a, b, every, kind) => {
          const unit = every === 0 ? a : a.repeat(every) + b;
          const text = unit.repeat(Math.ceil(LENGTH / unit.length));
          expect(timed(() => checkDraft({ text, rules: 'joint-draft-2023', ...(kind ? { kind } : {}) }))).toBeLessThan(BOUND_MS);
          expect(timed(() => checkDraft({ html: text, ...(kind ? { kind } : {}) }))).toBeLessThan(BOUND_MS);
          expect(timed(() => detectKind(text))).toBeLessThan(BOUND_MS);
          expect(timed(() => htmlToText(text))).toBeLessThan(BOUND_MS);
        },
      ),
      { numRuns: 40, seed: 20261201 },
    );
  }, 240_000);

  it('refuses a draft over the stated size with a clear message instead of checking it', () => {
    expect(() => checkDraft({ text: 'a '.repeat(DRAFT_LIMITS.text / 2 + 1) })).toThrow(/too long to check \(over 300,000 characters\)/);
    expect(() => checkDraft({ html: `<p>${'a'.repeat(DRAFT_LIMITS.text + 10)}</p>` })).toThrow(/too long to check/);
  });
});
