/**
 * Working days left (or late) in words, the same in the CRM overlay, the side panel and the CLI.
 *
 * @param days - Working days left, as the timeline counts them (`workingDaysLeft`): negative when late
 * @returns `3 working days left`, `due today`, `1 working day late`; `''` when there is no count
 *
 * @example
 * ```ts
 * workingDaysWords(3);         //=> '3 working days left'
 * workingDaysWords(0);         //=> 'due today'
 * workingDaysWords(-1);        //=> '1 working day late'
 * workingDaysWords(undefined); //=> ''
 * ```
 */
export function workingDaysWords(days: number | undefined | null): string {
  if (days === undefined || days === null) return '';
  if (days === 0) return 'due today';
  const n = Math.abs(days);
  return `${n} working day${n === 1 ? '' : 's'} ${days > 0 ? 'left' : 'late'}`;
}
