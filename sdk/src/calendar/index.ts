export { createCalendar } from './createCalendar.js';
export { englandAndWales } from './englandAndWales.js';
export type { Calendar, CalendarOptions, NonWorkingDay } from './Calendar.js';
export { BankHolidaysJson, BankHolidayEvent, Division, divisions } from './BankHolidaysJson.js';
export { bankHolidaysData } from './bank-holidays-data.js';
export { CalendarRangeError, CalendarDataError } from './errors.js';
