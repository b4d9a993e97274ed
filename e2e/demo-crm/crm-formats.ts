/**
 * Date forms real CRM products show (crm-dom-conventions.md): ISO-like `2026-11-19 16:40`
 * (Dynamics with a yyyy-MM-dd user setting), US-style `Nov 19, 2026 16:40` (FreeScout, Freshdesk
 * titles), Oracle-style `19-Nov-2026`, and relative text ("4 days ago") beside an ISO attribute.
 */
import type { IsoDate } from '@complaint-code/sdk';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: IsoDate): [year: number, month: number, day: number] {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return [year, month, day];
}

/** @example isoMinutes('2026-11-19', '16:40'); //=> '2026-11-19 16:40' */
export function isoMinutes(date: IsoDate, time: string): string {
  return `${date} ${time}`;
}

/** @example usMedium('2026-11-19', '16:40'); //=> 'Nov 19, 2026 16:40' */
export function usMedium(date: IsoDate, time: string): string {
  const [year, month, day] = parts(date);
  return `${months[month - 1]} ${day}, ${year} ${time}`;
}

/** @example oracleDate('2026-11-02'); //=> '02-Nov-2026' */
export function oracleDate(date: IsoDate): string {
  const [year, month, day] = parts(date);
  return `${String(day).padStart(2, '0')}-${months[month - 1]}-${year}`;
}

/** @example isoInstant('2026-11-19', '16:40'); //=> '2026-11-19T16:40:00Z' (November is GMT in London) */
export function isoInstant(date: IsoDate, time: string): string {
  return `${date}T${time}:00Z`;
}

/** Calendar days between two ISO dates as a helpdesk says it. @example relativeDays('2026-11-20', '2026-11-24'); //=> '4 days ago' */
export function relativeDays(date: IsoDate, today: IsoDate): string {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
