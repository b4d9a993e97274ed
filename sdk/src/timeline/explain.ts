import type { Calendar } from '../calendar/Calendar.js';
import { formatDay } from '../dates/formatDay.js';
import type { IsoDate } from '../dates/isoDate.js';
import { citeProvision } from '../rules/cite.js';
import type { RuleSet } from '../rules/RuleSet.js';
import type { DeadlineState } from './Deadline.js';
import { workingDaysLate } from './deadlineState.js';
import type { ScheduledStep } from './schedule.js';

const START_WORDS: Record<ScheduledStep['clockStartsFrom'], string> = {
  received: 'Received',
  'escalation-requested': 'Stage 2 requested',
  acknowledged: 'Acknowledged',
  'acknowledgement-deadline': 'No acknowledgement recorded, so the clock runs from the acknowledgement deadline,',
};

const FROM_WORDS: Record<ScheduledStep['clockStartsFrom'], string> = {
  received: ' from receipt',
  'escalation-requested': ' from the escalation request',
  acknowledged: ' from acknowledgement',
  'acknowledgement-deadline': ' from the acknowledgement deadline',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Internal: the bank holidays and closure days in (from, to], as a sentence (weekends go without saying). */
export function holidaySentence(calendar: Calendar, from: IsoDate, to: IsoDate): string {
  if (to <= from) return '';
  const days = calendar.nonWorkingDays(from, to).filter((day) => day.date !== from && day.kind !== 'weekend');
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const format = (date: IsoDate) => formatDay(date, { weekday: false, year: !sameYear });
  const sentences: string[] = [];
  const holidays = days.filter((day) => day.kind === 'bank-holiday').map((day) => format(day.date));
  if (holidays.length > 0) sentences.push(`${list(holidays)} ${holidays.length === 1 ? 'is a bank holiday' : 'are bank holidays'}.`);
  const closures = days.filter((day) => day.kind === 'closure').map((day) => `${format(day.date)} (${day.reason})`);
  if (closures.length > 0) sentences.push(`${list(closures)} ${closures.length === 1 ? 'is a closure day' : 'are closure days'}.`);
  return sentences.join(' ');
}

/** Internal: the plain-English explanation of one deadline. */
export function explainStep(
  step: ScheduledStep,
  state: { state: DeadlineState; workingDaysLeft?: number },
  ruleSet: RuleSet,
  calendar: Calendar,
  extensionMaxWorkingDays: number,
): string {
  const parts: string[] = [`${START_WORDS[step.clockStartsFrom]} ${formatDay(step.clockStartsOn)}.`];
  if (ruleSet.id === 'ho-2022' && step.id === 'stage1-response') {
    parts.push('The 2022 Code counts from the complaint being logged (5.1), taken here as the acknowledgement.');
  }
  const holidays = holidaySentence(calendar, step.clockStartsOn, step.codeDueOn);
  if (holidays) parts.push(holidays);
  const verb = step.step === 'acknowledge' ? 'Acknowledge' : 'Respond';
  const from = step.step === 'respond' ? FROM_WORDS[step.clockStartsFrom] : '';
  parts.push(
    `${verb} by ${formatDay(step.codeDueOn)} (${plural(step.workingDays, 'working day')}${from}, ${citeProvision(ruleSet, step.provision)}).`,
  );

  for (const { extension, status, dueBefore } of step.extensions) {
    const when = `on ${formatDay(extension.notifiedOn)} to ${formatDay(extension.newDueOn)}`;
    const reason = extension.reason ? ` (${extension.reason})` : '';
    const limit = `the Code allows ${plural(extensionMaxWorkingDays, 'working day')} more without good reason, to ${formatDay(step.latestExtendedDueOn ?? step.codeDueOn)}`;
    if (status === 'applied') parts.push(`Extended ${when}${reason}.`);
    else if (status === 'beyond-cap-with-good-reason') parts.push(`Extended ${when}${reason}, past the cap (${limit}), with a good reason recorded.`);
    else if (status === 'beyond-cap') parts.push(`Extended ${when}${reason}, past the cap (${limit}); the deadline counts as ${formatDay(step.latestExtendedDueOn ?? step.codeDueOn)}.`);
    else if (status === 'notified-late') parts.push(`An extension was notified ${when}, after the deadline of ${formatDay(dueBefore)} had passed, so it does not count.`);
    else parts.push(`An extension notified ${when} does not move the deadline (${formatDay(dueBefore)}).`);
  }
  if (step.dueOn !== step.codeDueOn) parts.push(`Now due ${formatDay(step.dueOn)}.`);
  if (step.targetDueOn && step.targetWorkingDays !== undefined) {
    parts.push(`Your own target: ${formatDay(step.targetDueOn)} (${plural(step.targetWorkingDays, 'working day')}).`);
  }

  const done = step.step === 'acknowledge' ? 'Acknowledged' : 'Responded';
  if (step.doneOn && step.doneOnImplied) parts.push(`No acknowledgement recorded; the response on ${formatDay(step.doneOn)} counts as one.`);
  else if (step.doneOn && state.state === 'met') parts.push(`${done} ${formatDay(step.doneOn)}: on time.`);
  else if (step.doneOn) parts.push(`${done} ${formatDay(step.doneOn)}: ${plural(workingDaysLate(calendar, step.dueOn, step.doneOn), 'working day')} late.`);
  else if (state.state === 'overdue') parts.push(`Overdue by ${plural(-(state.workingDaysLeft ?? -1), 'working day')}.`);
  else if (state.state === 'due-today') parts.push('Due today.');
  else if (state.workingDaysLeft !== undefined) parts.push(`${plural(state.workingDaysLeft, 'working day')} left.`);
  return parts.join(' ');
}
