/**
 * The date formats the demo CRM's page styles use, one per style, as real CRMs do:
 * classic `02/11/2026`, Dynamics `2 Nov 2026` and `Monday 2 November 2026 14:03`,
 * the single-page app `2026-11-02` (in `<time datetime>`) shown as `2 Nov 2026`.
 */
import type { IsoDate } from '@complaint-code/sdk';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(date: IsoDate): { year: number; month: number; day: number; weekday: number } {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** @example numericUk('2026-11-02'); //=> '02/11/2026' */
export function numericUk(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** @example shortUk('2026-11-02'); //=> '2 Nov 2026' */
export function shortUk(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${day} ${months[month - 1]?.slice(0, 3)} ${year}`;
}

/** @example longUkWithTime('2026-11-02', '14:03'); //=> 'Monday 2 November 2026 14:03' */
export function longUkWithTime(date: IsoDate, time: string): string {
  const { year, month, day, weekday } = parts(date);
  return `${weekdays[weekday]} ${day} ${months[month - 1]} ${year} ${time}`;
}
