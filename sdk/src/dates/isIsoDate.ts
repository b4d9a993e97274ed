import { parseDayNumber } from './dayNumber.js';
import type { IsoDate } from './isoDate.js';

/**
 * Whether a value is an {@link IsoDate} (a `YYYY-MM-DD` string naming a real day). Zod-free, so
 * code that must stay small (a content script) can check a date before it formats one.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); //=> true
 * isIsoDate('2023-02-29'); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(parseDayNumber(value));
}
