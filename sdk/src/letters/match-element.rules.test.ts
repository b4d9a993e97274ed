import { describe, expect, it } from 'vitest';
import { analyseLetter } from './document.js';
import { compileElementRule, matchElement, sectionBreaks } from './match-element.js';
import type { ElementRule } from './rules/elements.js';

// Small hand-made rules, so each test shows one behaviour of the matcher with offsets worked by hand.
const match = (text: string, rule: ElementRule, knownHeading: (label: string) => boolean = () => false) => {
  const doc = analyseLetter(text);
  return matchElement(doc, [compileElementRule(rule)], sectionBreaks(doc, knownHeading));
};

describe('compileElementRule', () => {
  it('compiles missing pattern lists to empty lists, and each rule object once', () => {
    const rule: ElementRule = { id: 'remedy' };
    const compiled = compileElementRule(rule);
    expect(compiled).toEqual({ rule, headings: [], phrases: [], nothingToSay: [], unless: [] });
    expect(compileElementRule(rule)).toBe(compiled);
    expect(compileElementRule({ id: 'remedy' })).not.toBe(compiled);
  });

  it('makes `unless` patterns case-insensitive', () => {
    const [unless] = compileElementRule({ id: 'remedy', unless: ['\\bif\\b'] }).unless;
    expect(unless?.flags).toBe('i');
    expect(unless?.test('IF the survey shows damp')).toBe(true);
  });
});

describe('sectionBreaks', () => {
  it('breaks at known headings and at the paragraphs that open the escalation or the close', () => {
    const text = [
      'Dear Ms Lee', // short and capitalised, but not a known heading
      'Remedy', // a known heading
      'We will replace the lock.',
      'If you are not happy with our response, you can ask for stage 2.',
      'If you’re unhappy, tell us.', // "you’re": this once needed a space before the apostrophe
      "If you're still not satisfied, tell us.",
      'If you remain dissatisfied, contact us.',
      'Please tell us if you are unhappy.', // not at the start of the line
      'This is our final response.',
    ].join('\n');
    expect(sectionBreaks(analyseLetter(text), (label) => label === 'Remedy')).toEqual([false, true, false, true, true, true, true, false, true]);
  });

  it('a heading-shaped line is a break only when it is a known heading or marked as one', () => {
    const doc = analyseLetter('Remedy\nWe will replace the lock.');
    expect(sectionBreaks(doc, () => false)).toEqual([false, false]);
    expect(sectionBreaks(doc, (label) => label === 'Remedy')).toEqual([true, false]);
  });
});

describe('matchElement', () => {
  const rule: ElementRule = {
    id: 'remedy',
    headings: ['remedy', 'offer'],
    phrases: ['we will pay', 'offer'],
    nothingToSay: ['no remedy is due'],
    unless: ['\\bif\\b', '\\bmight\\b'],
  };

  it('a heading with text under it counts, with the heading as evidence', () => {
    expect(match('Remedy\nWe will replace the lock.', rule)).toEqual({ present: true, evidence: { start: 0, end: 6, text: 'Remedy', rule: 'heading' } });
    // The evidence is the label itself: after the bullet ("  - " is 4 characters), without the colon.
    expect(match('  - Remedy:\nWe will replace the lock.', rule)).toEqual({ present: true, evidence: { start: 4, end: 10, text: 'Remedy', rule: 'heading' } });
    expect(match('Remedy   \nWe will replace the lock.', rule)).toEqual({ present: true, evidence: { start: 0, end: 6, text: 'Remedy', rule: 'heading' } });
  });

  it('a phrase counts, with the phrase as evidence; a "nothing to say" statement counts as that', () => {
    // "Dear Ms Lee\n\n" is 13 characters.
    expect(match('Dear Ms Lee\n\nWe will pay £50 for the damaged carpet.', rule)).toEqual({
      present: true, evidence: { start: 13, end: 24, text: 'We will pay', rule: 'phrase' },
    });
    expect(match('Dear Ms Lee\n\nNo remedy is due.', rule)).toEqual({
      present: true, evidence: { start: 13, end: 29, text: 'No remedy is due', rule: 'nothing-to-say' },
    });
  });

  it('a phrase in a sentence matching `unless` does not count, even when the word comes after the phrase', () => {
    expect(match('We will pay for the repairs if the survey shows damp.', rule)).toEqual({ present: false });
    expect(match('We might say that we will pay.', rule)).toEqual({ present: false });
    expect(match('The survey shows damp. We will pay for the repairs.', rule).evidence).toEqual({ start: 23, end: 34, text: 'We will pay', rule: 'phrase' });
  });

  it('a heading with nothing under it is reported, and the phrase in the heading line itself does not count', () => {
    const text = 'Offer\nIf you are not happy, ask for stage 2.';
    expect(match(text, rule)).toEqual({ present: false, emptyHeading: { start: 0, end: 5, text: 'Offer', rule: 'heading' } });
    // The same phrase later in the letter does count. "Offer\n" is 6 characters, the next line 38 and its newline.
    expect(match(`${text}\nWe offer a new carpet.`, rule)).toEqual({ present: true, evidence: { start: 48, end: 53, text: 'offer', rule: 'phrase' } });
  });

  it('a pattern that can match nothing still moves on (no endless loop) and finds nothing', () => {
    const optional: ElementRule = { id: 'remedy', phrases: ['\\b(?:pay)?'], unless: ['.'] };
    expect(match('We will pay. We will pay again.', optional)).toEqual({ present: false });
  });
});
