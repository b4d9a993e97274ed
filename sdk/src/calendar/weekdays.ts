/**
 * Internal weekend-only arithmetic on day numbers, used beyond the bank-holiday data when a calendar
 * was created with `beyondData: 'weekends-only'`. Pure O(1) formulas.
 */
import { weekdayOf } from '../dates/dayNumber.js';

/** Number of Monday–Friday days in the half-open range [from, to); negative when to < from. */
export function countWeekdays(from: number, to: number): number {
  if (to < from) return -countWeekdays(to, from);
  // Count weekdays in [monday-aligned origin, x) for both ends and subtract.
  return weekdaysBefore(to) - weekdaysBefore(from);
}

/** Weekdays in [M0, x) where M0 is the Monday 1969-12-29 (day -3); negative for x < M0. */
function weekdaysBefore(x: number): number {
  const offset = x + 3; // days since the Monday 1969-12-29
  const weeks = Math.floor(offset / 7);
  const rest = offset - weeks * 7; // 0..6, 0 = Monday
  return weeks * 5 + Math.min(rest, 5);
}

/** The `index`-th (0-based) weekday on or after `from`; negative `index` counts back before `from` (−1 = the last weekday before). */
export function nthWeekday(from: number, index: number): number {
  // weekdaysBefore is a non-decreasing step function; find the weekday w with weekdaysBefore(w) = target.
  const target = weekdaysBefore(from) + index;
  const weeks = Math.floor(target / 5);
  const rest = target - weeks * 5; // 0..4 = Monday..Friday
  return weeks * 7 + rest - 3;
}

/** Whether a day number is Saturday or Sunday. */
export function isWeekend(dayNumber: number): boolean {
  return weekdayOf(dayNumber) >= 5;
}
