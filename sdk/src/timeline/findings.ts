import type { Calendar } from '../calendar/Calendar.js';
import { addCalendarMonths, formatDayNumber, parseDayNumber } from '../dates/dayNumber.js';
import { formatDay } from '../dates/formatDay.js';
import { citeProvision } from '../rules/cite.js';
import type { ProvisionKey, RuleSet } from '../rules/RuleSet.js';
import type { ComplaintRecord } from './ComplaintRecord.js';
import type { Deadline, DeadlineId } from './Deadline.js';
import { workingDaysLate } from './deadlineState.js';
import type { Finding } from './Finding.js';
import { defineLazy } from './lazy.js';
import type { ScheduledStep } from './schedule.js';

/** A finding whose message is built only when read (see {@link defineLazy}); `message` stays its last key. */
function finding(fields: Omit<Finding, 'message'>, message: () => string): Finding {
  return defineLazy(fields, 'message', message);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Internal: the findings for one scheduled step, given its computed deadline. */
export function stepFindings(step: ScheduledStep, deadline: Deadline, ruleSet: RuleSet, calendar: Calendar, policyCap: 'code' | 'hard' | 'soft'): Finding[] {
  const findings: Finding[] = [];
  // Nothing to find (most steps of a big report): return before building any words or closures.
  if (deadline.state !== 'met-late' && deadline.state !== 'overdue' && !step.doneOnImplied && step.extensions.length === 0) return findings;
  const what = step.step === 'acknowledge' ? 'acknowledgement' : 'response';
  const code = step.step === 'acknowledge' ? 'late-acknowledgement' : 'late-response';
  const cite = () => citeProvision(ruleSet, step.provision);
  const stageWords = `Stage ${step.stage} ${what}`;

  if (deadline.state === 'met-late' && step.doneOn) {
    const doneOn = step.doneOn;
    // Counted now, not when the message is read: a date beyond the calendar's data must fail here.
    const late = workingDaysLate(calendar, step.dueOn, step.doneOn);
    findings.push(
      finding({
        code,
        severity: 'breach',
        provision: step.provision,
        deadlineId: step.id,
      }, () => `${stageWords} was ${plural(late, 'working day')} late: due ${formatDay(step.dueOn)}, sent ${formatDay(doneOn)} (${cite()}).`),
    );
  } else if (deadline.state === 'overdue') {
    findings.push(
      finding({
        code,
        severity: 'breach',
        provision: step.provision,
        deadlineId: step.id,
      }, () => `${stageWords} is overdue by ${plural(-(deadline.workingDaysLeft ?? -1), 'working day')}: it was due ${formatDay(step.dueOn)} (${cite()}).`),
    );
    if (step.step === 'respond') {
      const keepInformed = ruleSet.provisions['keep-informed'];
      findings.push(
        finding({
          code: 'keep-resident-informed',
          severity: 'advice',
          provision: keepInformed,
          deadlineId: step.id,
        }, () => `The ${what} is outside the Code's timescales: agree with the resident how often you will update them (${citeProvision(ruleSet, keepInformed)}).`),
      );
    }
  }

  if (step.doneOnImplied && step.doneOn) {
    const doneOn = step.doneOn;
    findings.push(
      finding({
        code: 'acknowledgement-not-recorded',
        severity: 'warning',
        provision: step.provision,
        deadlineId: step.id,
      }, () => `No stage ${step.stage} acknowledgement date is recorded; the response on ${formatDay(doneOn)} was taken as the acknowledgement (${cite()}).`),
    );
  }

  const extensionProvision = step.extensionProvision ?? step.provision;
  const extensionCite = () => citeProvision(ruleSet, extensionProvision);
  for (const { extension, status, dueBefore } of step.extensions) {
    // Words are built only when a message is read (never, in a batch report): formatDay is not cheap.
    const label = () => `The stage ${step.stage} extension notified ${formatDay(extension.notifiedOn)}`;
    if (status === 'notified-late') {
      findings.push(
        finding({
          code: 'extension-notified-late',
          severity: 'breach',
          provision: extensionProvision,
          deadlineId: step.id,
        }, () => `${label()} came after the deadline it extends (${formatDay(dueBefore)}) had passed, so the response was already late (${extensionCite()}).`),
      );
    } else if (status === 'beyond-cap' || status === 'beyond-cap-with-good-reason') {
      const latest = () => formatDay(step.latestExtendedDueOn ?? step.codeDueOn);
      const excused = status === 'beyond-cap-with-good-reason';
      findings.push(
        finding({
          code: 'extension-beyond-cap',
          severity: excused ? 'advice' : 'breach',
          provision: extensionProvision,
          deadlineId: step.id,
        }, () => excused
          ? `${label()} runs to ${formatDay(extension.newDueOn)}, past the ${latest()} the Code allows without good reason. A good reason is recorded: make sure it is clearly explained to the resident (${extensionCite()}).`
          : `${label()} runs to ${formatDay(extension.newDueOn)}, past the latest the ${policyCap === 'hard' ? 'landlord’s policy' : 'Code'} allows (${latest()})${policyCap === 'hard' || extension.goodReason ? '' : ' and no good reason is recorded'}; the response counts as due ${latest()} (${extensionCite()}).`),
      );
    }
    if (status !== 'notified-late' && status !== 'not-later' && !extension.reason) {
      findings.push(
        finding({
          code: 'extension-without-reason',
          severity: 'warning',
          provision: extensionProvision,
          deadlineId: step.id,
        }, () => `${label()} has no reason recorded; the reason(s) must be clearly explained to the resident (${extensionCite()}).`),
      );
    }
  }
  return findings;
}

/** Internal: findings about the complaint as a whole (handlers, age). */
export function recordFindings(record: ComplaintRecord, ruleSet: RuleSet): Finding[] {
  const findings: Finding[] = [];
  // Lower-cased only when there is a stage 2 handler to compare with (most records have none).
  const stage2Handler = record.stage2?.handlerId?.toLowerCase();
  const stage1Handler = stage2Handler === undefined ? undefined : record.stage1.handlerId?.toLowerCase();
  if (stage1Handler && stage1Handler === stage2Handler) {
    const provision = ruleSet.provisions['different-handler'];
    findings.push(
      finding({
        code: 'same-handler-both-stages',
        severity: 'breach',
        provision,
        deadlineId: 'stage2-response',
      }, () => `The same person (${record.stage2?.handlerId}) handled stage 1 and stage 2; the stage 2 reviewer must be someone else (${citeProvision(ruleSet, provision)}).`),
    );
  }

  const { issueOccurredOn, residentAwareOn } = record;
  if (issueOccurredOn !== undefined || residentAwareOn !== undefined) {
    // The window runs from the later of the two: "the issue occurring or the resident becoming aware of the issue".
    // (On a tie, the awareness date, as reducing [issue, aware] with `a > b ? a : b` gave.)
    const from = (issueOccurredOn === undefined ? residentAwareOn : residentAwareOn === undefined || issueOccurredOn > residentAwareOn ? issueOccurredOn : residentAwareOn) as string;
    const months = ruleSet.acceptanceWindowMonths;
    const windowEnds = formatDayNumber(addCalendarMonths(parseDayNumber(from), months));
    if (record.stage1.receivedOn > windowEnds) {
      const provision = ruleSet.provisions['acceptance-window'];
      findings.push(
        finding({
          code: months === 12 ? 'older-than-12-months' : 'outside-acceptance-window',
          severity: 'advice',
          provision,
          deadlineId: 'stage1-acknowledgement',
        }, () => `Received ${formatDay(record.stage1.receivedOn)}, more than ${months} months after ${from === record.residentAwareOn ? 'the resident became aware of the issue' : 'the issue occurred'} (${formatDay(from)}). Do not reject it for that alone: consider whether there are good reasons to use discretion and accept it (${citeProvision(ruleSet, provision)}).`),
      );
    }
  }
  return findings;
}

const after = (date: string | undefined, today: string) => date !== undefined && date > today;

/**
 * Internal: a recorded date after `today` cannot be a fact yet (usually a typing slip, or a
 * month/day swap). Left alone it reads as "on track", so each one is named for correction.
 */
export function futureDateFindings(record: ComplaintRecord, ruleSet: RuleSet, today: string): Finding[] {
  const findings: Finding[] = [];
  const { stage1, stage2 } = record;
  // The usual case (every date up to today) allocates nothing more: no closures, no labels.
  if (!after(stage1.receivedOn, today) && !after(stage1.acknowledgedOn, today) && !after(stage1.respondedOn, today) &&
    (stage2 === undefined || (!after(stage2.requestedOn, today) && !after(stage2.acknowledgedOn, today) && !after(stage2.respondedOn, today)))) {
    return findings;
  }
  const check = (date: string | undefined, label: (day: string) => string, key: ProvisionKey, deadlineId: DeadlineId) => {
    if (date === undefined || date <= today) return;
    const provision = ruleSet.provisions[key];
    findings.push(
      finding({ code: 'date-in-future', severity: 'warning', provision, deadlineId }, () => `${label(formatDay(date))} is after today (${formatDay(today)}): check the date recorded.`),
    );
  };
  // (The issue and awareness dates cannot be after receipt: the record's validation refuses that.)
  check(stage1.receivedOn, (day) => `Received ${day}`, 'stage1-acknowledgement', 'stage1-acknowledgement');
  check(stage1.acknowledgedOn, (day) => `Stage 1 acknowledged ${day}`, 'stage1-acknowledgement', 'stage1-acknowledgement');
  check(stage1.respondedOn, (day) => `Stage 1 response sent ${day}`, 'stage1-response', 'stage1-response');
  if (stage2) {
    check(stage2.requestedOn, (day) => `Stage 2 requested ${day}`, 'stage2-acknowledgement', 'stage2-acknowledgement');
    check(stage2.acknowledgedOn, (day) => `Stage 2 acknowledged ${day}`, 'stage2-acknowledgement', 'stage2-acknowledgement');
    check(stage2.respondedOn, (day) => `Stage 2 response sent ${day}`, 'stage2-response', 'stage2-response');
  }
  return findings;
}
