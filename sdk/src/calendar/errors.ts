import { ComplaintCodeInputError, formatIssues } from '../errors/ComplaintCodeInputError.js';
import type { IsoDate } from '../dates/isoDate.js';

/**
 * Thrown when a date falls outside the years the calendar has bank-holiday data for (and the calendar
 * was not created with `beyondData: 'weekends-only'`). Working days cannot be counted honestly there.
 *
 * @example
 * ```ts
 * try { englandAndWales.addWorkingDays('2030-01-02', 5); } catch (error) {
 *   (error as CalendarRangeError).date; //=> '2030-01-02'
 * }
 * ```
 */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
  /** The date (or the computed result) outside the data. */
  readonly date: IsoDate;
  /** The years the calendar covers. */
  readonly coverage: { from: IsoDate; to: IsoDate };

  constructor(date: IsoDate, coverage: { from: IsoDate; to: IsoDate }) {
    super(
      `No bank holiday data for ${date}: this calendar covers ${coverage.from} to ${coverage.to}. ` +
        `Load newer GOV.UK bank-holidays.json data with createCalendar({ bankHolidays }), ` +
        `or pass beyondData: 'weekends-only' to count Monday to Friday only beyond the data.`,
    );
    this.date = date;
    this.coverage = coverage;
  }
}

/**
 * Thrown by `createCalendar` when `bankHolidays` or `closureDays` is not usable. `issues` name each
 * problem with its JSON path, e.g. `{ path: 'england-and-wales.events.3.date', message: '2029-02-30 is not a real date' }`.
 *
 * @example
 * ```ts
 * try { createCalendar({ bankHolidays: { scotland: { events: [{ date: 'soon' }] } } }); } catch (error) {
 *   (error as CalendarDataError).issues[0]?.path; //=> 'scotland.events.0.title'
 * }
 * ```
 */
export class CalendarDataError extends ComplaintCodeInputError {
  override name = 'CalendarDataError';

  constructor(summary: string, issues: { path: string; message: string }[]) {
    super(`${summary}\n${formatIssues(issues, '(root)')}`, issues);
  }
}
