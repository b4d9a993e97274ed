import { describe, expect, test } from 'vitest';
import { compilePattern, fuzzyStem } from './macros.js';

describe('fuzzyStem', () => {
  const escalate = new RegExp(`^${fuzzyStem('escalat')}e$`, 'i');
  test.each(['escalate', 'esclate', 'escalte', 'escallate', 'escaltae', 'escelate'])('matches %s (at most one slip)', (word) => {
    expect(escalate.test(word)).toBe(true);
  });
  test.each(['escort', 'eclate', 'scalpel', 'calculate'])('does not match %s (two or more slips)', (word) => {
    expect(escalate.test(word)).toBe(false);
  });
  test('refuses stems shorter than 7 letters, where one slip can make another word', () => {
    expect(() => fuzzyStem('remedy')).toThrow(/7 or more letters/);
  });
  test('is written in rule data as {~stem}', () => {
    expect(compilePattern('\\b{~outstanding} actions?\\b').test('Oustanding actions')).toBe(true);
    expect(compilePattern('\\b{~outstanding} actions?\\b').test('Standing actions')).toBe(false);
  });
});
