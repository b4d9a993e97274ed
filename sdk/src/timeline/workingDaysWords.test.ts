import { describe, expect, it } from 'vitest';
import { workingDaysWords } from './workingDaysWords.js';

describe('workingDaysWords', () => {
  it.each([
    [3, '3 working days left'],
    [1, '1 working day left'],
    [0, 'due today'],
    [-1, '1 working day late'],
    [-12, '12 working days late'],
  ])('writes %d as %j', (days, words) => {
    expect(workingDaysWords(days)).toBe(words);
  });

  it('is empty when there is no count', () => {
    expect(workingDaysWords(undefined)).toBe('');
    expect(workingDaysWords(null)).toBe('');
  });
});
