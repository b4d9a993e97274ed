export { IsoDate, isIsoDate } from './isoDate.js';
export { InvalidDateError } from './InvalidDateError.js';
export { formatDay, type FormatDayOptions } from './formatDay.js';
export { todayInLondon } from './todayInLondon.js';
export { parseUkDate, type ParsedUkDate } from './parseUkDate.js';
