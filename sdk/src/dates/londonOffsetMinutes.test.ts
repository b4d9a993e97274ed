import { describe, expect, it } from 'vitest';
import { londonOffsetMinutes } from './londonOffsetMinutes.js';

describe('londonOffsetMinutes', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 0], // GMT
    ['2026-07-01T12:00:00Z', 60], // BST
    ['2026-03-29T00:59:00Z', 0], // the last GMT minute before the spring change (01:00 UTC)
    ['2026-03-29T01:00:00Z', 60], // BST from 01:00 UTC (clocks 01:00 → 02:00)
    ['2026-10-25T00:59:00Z', 60], // the last BST minute before the autumn change (01:00 UTC)
    ['2026-10-25T01:00:00Z', 0], // GMT again (clocks 02:00 → 01:00)
    ['2028-02-29T23:30:00Z', 0], // a leap day, in winter
  ])('is %j: %d minutes', (instant, minutes) => {
    expect(londonOffsetMinutes(new Date(instant))).toBe(minutes);
  });

  it('ignores seconds within the minute', () => {
    expect(londonOffsetMinutes(new Date('2026-07-01T12:00:59.999Z'))).toBe(60);
  });
});
