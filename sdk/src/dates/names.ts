/**
 * English month and weekday names, shared by the date writer and the date readers. Internal: not
 * exported from the package. Weekdays run Monday first, as `weekdayOf` in `dayNumber.ts` counts them.
 */

/** `January` … `December`. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `Monday` … `Sunday` (index 0 = Monday, as `weekdayOf`). */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * The month number (1–12) of an English month name written out or shortened to at least three
 * letters (`Nov`, `Sept`, `November`), in any case; 0 when it is not a month (`Novembre`).
 */
export function monthFromName(name: string): number {
  const lower = name.toLowerCase();
  return lower.length < 3 ? 0 : MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(lower)) + 1;
}

/**
 * The weekday (0 = Monday … 6 = Sunday) named by the first three letters of `name` (`Mon`, `Tues`,
 * `Thursday`), in any case; -1 when they name no weekday.
 */
export function weekdayFromName(name: string): number {
  // Shorter text never equals a three-letter start, so 'Mo' is no weekday.
  const start = name.slice(0, 3).toLowerCase();
  return WEEKDAY_NAMES.findIndex((weekday) => weekday.slice(0, 3).toLowerCase() === start);
}
