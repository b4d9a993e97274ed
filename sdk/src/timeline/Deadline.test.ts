import { describe, expect, it } from 'vitest';
import { deadlineIds } from './Deadline.js';

describe('deadlineIds', () => {
  it('lists the four deadlines in the order a complaint meets them', () => {
    expect(deadlineIds).toEqual(['stage1-acknowledgement', 'stage1-response', 'stage2-acknowledgement', 'stage2-response']);
    expect(Object.isFrozen(deadlineIds)).toBe(true);
  });
});
