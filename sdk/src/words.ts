/**
 * `@complaint-code/sdk/words` — the words and dates every screen shares, free of zod so a content
 * script, a CLI and a page can all carry it: days written out ({@link formatDay}), a deadline's state
 * and working days in words, today's date in London, and the UK date reader.
 *
 * The same functions are exported from the main entry point; import this subpath where bundle size
 * matters (it pulls no schema library and no bank-holiday data).
 *
 * @example
 * import { formatDay, parseUkDate, deadlineStateWords } from '@complaint-code/sdk/words';
 *
 * @module
 */
export { formatDay, type FormatDayOptions } from './dates/formatDay.js';
export { isIsoDate } from './dates/isIsoDate.js';
export { InvalidDateError } from './dates/InvalidDateError.js';
export { todayInLondon } from './dates/todayInLondon.js';
export { londonOffsetMinutes } from './dates/londonOffsetMinutes.js';
export { parseUkDate, type ParseUkDateOptions } from './dates/parseUkDate.js';
export type { ParsedUkDate } from './dates/ParsedUkDate.js';
export { compileDateFormat, type DateFormat } from './dates/compileDateFormat.js';
export { parseIsoDate } from './dates/parseIsoDate.js';
export { isRelativeTime } from './dates/isRelativeTime.js';
export { deadlineStateWords } from './timeline/deadlineStateWords.js';
export { workingDaysWords } from './timeline/workingDaysWords.js';
export type { DeadlineState } from './timeline/Deadline.js';
export type { IsoDate } from './dates/isoDate.js';
