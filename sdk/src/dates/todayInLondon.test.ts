import { describe, expect, it } from 'vitest';
import { todayInLondon } from './todayInLondon.js';

describe('todayInLondon', () => {
  it('gives the London date in winter (GMT)', () => {
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(todayInLondon(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('gives the London date in summer (BST, UTC+1)', () => {
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-06-30T22:59:59Z'))).toBe('2026-06-30');
  });

  it('handles the clock changes', () => {
    expect(todayInLondon(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29'); // before 01:00 UTC change
    expect(todayInLondon(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25'); // still BST
    expect(todayInLondon(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30'); // first BST evening
    expect(todayInLondon(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25'); // GMT again
  });

  it('defaults to now', () => {
    expect(todayInLondon()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
