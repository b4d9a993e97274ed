import type { IsoDate } from './isoDate.js';

let londonFormatter: Intl.DateTimeFormat | undefined;

/**
 * Today's date in England (Europe/London), whatever the machine's time zone: the Code's deadlines
 * run on UK calendar days, so 23:30 in New York on 18 Dec is already 19 Dec for a UK landlord.
 *
 * @param now - The instant to convert (default: the current time). Pass one in tests.
 * @returns The London calendar date, `YYYY-MM-DD`
 *
 * @example
 * ```ts
 * todayInLondon(new Date('2026-06-30T23:30:00Z')); //=> '2026-07-01' (BST, UTC+1)
 * todayInLondon(new Date('2026-12-31T23:30:00Z')); //=> '2026-12-31' (GMT)
 * ```
 */
export function todayInLondon(now: Date = new Date()): IsoDate {
  londonFormatter ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = londonFormatter.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
