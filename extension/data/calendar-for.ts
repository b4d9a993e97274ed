/**
 * @module extension/data/calendar-for
 *
 * The working-day calendar of a division, built once. Calendars are immutable, so one per division
 * is reused by the case view, the draft checks, the letters and the evidence pack (a cache, not state:
 * rebuilt if lost).
 */
import { createCalendar, type Calendar, type Division } from '@complaint-code/sdk';

const calendars = new Map<Division, Calendar>();

/**
 * @example
 * calendarFor('england-and-wales').isWorkingDay('2026-12-25'); //=> false
 */
export function calendarFor(division: Division): Calendar {
  let calendar = calendars.get(division);
  if (!calendar) {
    calendar = createCalendar({ division });
    calendars.set(division, calendar);
  }
  return calendar;
}
