import { describe, expect, it } from 'vitest';
import { formatDay } from './formatDay.js';
import { InvalidDateError } from './InvalidDateError.js';

describe('formatDay', () => {
  it('writes the day as GOV.UK letters do', () => {
    expect(formatDay('2026-12-18')).toBe('Fri 18 Dec 2026');
    expect(formatDay('2027-01-04')).toBe('Mon 4 Jan 2027');
    expect(formatDay('2024-02-29')).toBe('Thu 29 Feb 2024');
  });

  it('can leave out the weekday or the year', () => {
    expect(formatDay('2026-12-25', { year: false })).toBe('Fri 25 Dec');
    expect(formatDay('2026-12-25', { weekday: false, year: false })).toBe('25 Dec');
  });

  it('throws for something that is not a date', () => {
    expect(() => formatDay('2026-02-30')).toThrow(InvalidDateError);
  });
});

describe('formatDay, long', () => {
  it('writes the weekday and month in full, as a letter or the side panel does', () => {
    expect(formatDay('2026-12-01', { long: true })).toBe('Tuesday 1 December 2026');
    expect(formatDay('2027-01-27', { long: true })).toBe('Wednesday 27 January 2027');
    expect(formatDay('2028-02-29', { long: true })).toBe('Tuesday 29 February 2028');
    expect(formatDay('2026-09-06', { long: true, year: false })).toBe('Sunday 6 September');
  });

  it('writes the clock-change Sundays like any other day (no time zone is involved)', () => {
    expect(formatDay('2026-03-29')).toBe('Sun 29 Mar 2026');
    expect(formatDay('2026-10-25')).toBe('Sun 25 Oct 2026');
  });
});
