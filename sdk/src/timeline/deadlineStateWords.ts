import type { DeadlineState } from './Deadline.js';

const WORDS: Readonly<Record<DeadlineState, string>> = {
  'on-track': 'On track',
  'due-soon': 'Due soon',
  'due-today': 'Due today',
  overdue: 'Overdue',
  met: 'Done on time',
  'met-late': 'Done late',
};

/**
 * The state of a deadline in the plain words officers read, the same in the CRM overlay, the side
 * panel and the CLI. Colour and icons only ever repeat these words.
 *
 * @param state - The deadline's state, as the timeline works it out from the due date and today
 * @returns The words, e.g. `Overdue`; an unknown state is given back as it is
 *
 * @example
 * ```ts
 * deadlineStateWords('due-today'); //=> 'Due today'
 * deadlineStateWords('met-late');  //=> 'Done late'
 * ```
 */
export function deadlineStateWords(state: DeadlineState): string {
  return Object.hasOwn(WORDS, state) ? WORDS[state] : String(state);
}
