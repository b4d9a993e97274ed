import { describe, expect, it } from 'vitest';
import type { DeadlineState } from './Deadline.js';
import { deadlineStateWords } from './deadlineStateWords.js';

describe('deadlineStateWords', () => {
  it.each([
    ['on-track', 'On track'],
    ['due-soon', 'Due soon'],
    ['due-today', 'Due today'],
    ['overdue', 'Overdue'],
    ['met', 'Done on time'],
    ['met-late', 'Done late'],
  ] as const)('writes %s as %j', (state, words) => {
    expect(deadlineStateWords(state)).toBe(words);
  });

  it('gives an unknown state back as it is (no "undefined", nothing from the prototype)', () => {
    expect(deadlineStateWords('paused' as DeadlineState)).toBe('paused');
    expect(deadlineStateWords('toString' as DeadlineState)).toBe('toString');
  });
});
