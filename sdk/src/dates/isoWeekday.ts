/**
 * The day of the week of a calendar date, 0 = Monday … 6 = Sunday (as `weekdayOf` in `dayNumber.ts`),
 * or -1 when there is no such date (30 February, month 13, NaN). Read off the UTC calendar, so no
 * time zone is involved. Internal to the date writer and readers: lighter than the day-number
 * arithmetic, which the working-day calendar keeps for its hot path.
 *
 * @example
 * isoWeekday(2026, 12, 1);  //=> 1 (Tuesday)
 * isoWeekday(2026, 2, 30);  //=> -1
 */
export function isoWeekday(year: number, month: number, day: number): number {
  const probe = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  probe.setUTCFullYear(year, month - 1, day);
  // A day past the month's end rolls into the next month: then it was no date.
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? (probe.getUTCDay() + 6) % 7 : -1;
}
