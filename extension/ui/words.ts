/**
 * @module extension/ui/words
 *
 * The overlay's words. States are always written out; colour only repeats what the words say.
 * Free of the SDK at run time, so the content script stays small.
 */
import type { DeadlineState, Timeline } from '@complaint-code/sdk';

/** The state of a deadline in words, as officers read them. */
export const stateWords: Record<DeadlineState, string> = {
  'on-track': 'On track',
  'due-soon': 'Due soon',
  'due-today': 'Due today',
  overdue: 'Overdue',
  met: 'Done on time',
  'met-late': 'Done late',
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO date as GOV.UK-style screens write it (the same form as the SDK's `formatDay`).
 *
 * @example
 * formatDay('2026-12-18'); //=> 'Fri 18 Dec 2026'
 */
export function formatDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * Working days left in words.
 *
 * @example
 * workingDaysInWords(3); //=> '3 working days left'
 * workingDaysInWords(-1); //=> '1 working day late'
 */
export function workingDaysInWords(days: number): string {
  if (days === 0) return 'due today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'working day' : 'working days';
  return days > 0 ? `${n} ${unit} left` : `${n} ${unit} late`;
}

/**
 * The badge's sentence, in parts: what is next, when, how long, and the state.
 *
 * @example
 * timelineSummary(timeline);
 * //=> ['Stage 1 response', 'due Fri 20 Nov 2026', '3 working days left', 'On track']
 */
export function timelineSummary(timeline: Timeline): string[] {
  const next = timeline.next;
  if (!next) return ['Complaint closed', stateWords[timeline.state]];
  const parts = [next.title, `due ${formatDay(next.dueOn)}`];
  if (next.workingDaysLeft !== undefined && next.workingDaysLeft !== 0) parts.push(workingDaysInWords(next.workingDaysLeft));
  parts.push(stateWords[next.state]);
  return parts;
}
