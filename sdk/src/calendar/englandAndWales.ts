import { createCalendar } from './createCalendar.js';

/**
 * The default calendar: England and Wales bank holidays 2018–2028, no closure days, an error outside the data.
 *
 * @example
 * ```ts
 * englandAndWales.addWorkingDays('2026-12-18', 5); //=> '2026-12-29' (25 and 28 Dec are bank holidays)
 * englandAndWales.isWorkingDay('2027-03-26');      //=> false (Good Friday)
 * ```
 */
export const englandAndWales = /* @__PURE__ */ createCalendar();
