/**
 * @module extension/ui/words
 *
 * The overlay's words. States are always written out; colour only repeats what the words say. The
 * words themselves (days, states, working days) come from the SDK's zod-free `@complaint-code/sdk/words`,
 * so the CRM overlay, the side panel and the CLI say the same thing and the content script stays small.
 */
import type { Timeline } from '@complaint-code/sdk';
import { deadlineStateWords, formatDay as formatIsoDay, workingDaysWords, type FormatDayOptions } from '@complaint-code/sdk/words';

/**
 * The SDK's `formatDay` for screens: text that is not a real date (a missing value) is shown as it
 * is, never thrown into a render.
 *
 * @example
 * formatDay('2026-12-18'); //=> 'Fri 18 Dec 2026'
 * formatDay('2026-12-01', { long: true }); //=> 'Tuesday 1 December 2026'
 * formatDay(''); //=> ''
 */
export function formatDay(iso: string, options?: FormatDayOptions): string {
  try {
    return formatIsoDay(iso, options);
  } catch {
    return iso;
  }
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
  if (!next) return ['Complaint closed', deadlineStateWords(timeline.state)];
  const parts = [next.title, `due ${formatDay(next.dueOn)}`];
  if (next.workingDaysLeft !== undefined && next.workingDaysLeft !== 0) parts.push(workingDaysWords(next.workingDaysLeft));
  parts.push(deadlineStateWords(next.state));
  return parts;
}
