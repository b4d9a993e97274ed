import { describe, expect, it } from 'vitest';
import { daysFromCivil, weekdayOf } from './dayNumber.js';
import { isoWeekday } from './isoWeekday.js';

describe('isoWeekday', () => {
  it.each([
    [2026, 12, 1, 1], // Tuesday
    [2026, 3, 29, 6], // Sunday, GMT → BST
    [2026, 10, 25, 6], // Sunday, BST → GMT
    [2028, 2, 29, 1], // Tuesday, leap day
    [1970, 1, 1, 3], // Thursday
    [50, 1, 1, 5], // Saturday 1 Jan 0050 (proleptic Gregorian): not read as 1950 (a Sunday)
  ])('%d-%d-%d is weekday %d (0 = Monday)', (year, month, day, weekday) => {
    expect(isoWeekday(year, month, day)).toBe(weekday);
  });

  it.each([
    [2026, 2, 29],
    [2100, 2, 29],
    [2026, 4, 31],
    [2026, 13, 1],
    [2026, 0, 10],
    [2026, 1, 0],
    [Number.NaN, 1, 1],
  ])('%d-%d-%d is no date: -1', (year, month, day) => {
    expect(isoWeekday(year, month, day)).toBe(-1);
  });

  it('agrees with the day-number arithmetic for every day of 2024–2028', () => {
    for (let n = daysFromCivil(2024, 1, 1); n <= daysFromCivil(2028, 12, 31); n++) {
      const date = new Date(n * 86_400_000);
      expect(isoWeekday(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(weekdayOf(n));
    }
  });
});
