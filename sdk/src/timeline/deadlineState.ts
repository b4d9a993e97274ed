import type { Calendar } from '../calendar/Calendar.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { DeadlineState } from './Deadline.js';

/**
 * Internal: the state of one deadline on `today`, and the working days left when not done.
 * Late by a weekend only still counts as late: `workingDaysLeft` is at most −1 once the due date has passed.
 */
export function deadlineState(
  step: { dueOn: IsoDate; doneOn?: IsoDate | undefined },
  today: IsoDate,
  calendar: Calendar,
  dueSoonWorkingDays: number,
): { state: DeadlineState; workingDaysLeft?: number } {
  if (step.doneOn !== undefined) return { state: step.doneOn <= step.dueOn ? 'met' : 'met-late' };
  if (today === step.dueOn) return { state: 'due-today', workingDaysLeft: 0 };
  const between = calendar.workingDaysBetween(today, step.dueOn);
  if (today > step.dueOn) return { state: 'overdue', workingDaysLeft: Math.min(between, -1) };
  const left = Math.max(between, 1);
  return { state: left <= dueSoonWorkingDays ? 'due-soon' : 'on-track', workingDaysLeft: left };
}

/** Internal: working days from `dueOn` to a later `doneOn`, at least 1. */
export function workingDaysLate(calendar: Calendar, dueOn: IsoDate, doneOn: IsoDate): number {
  return Math.max(calendar.workingDaysBetween(dueOn, doneOn), 1);
}
