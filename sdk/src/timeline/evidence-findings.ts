import { formatDayNumber, parseDayNumber } from '../dates/dayNumber.js';
import { formatDay } from '../dates/formatDay.js';
import type { IsoDate } from '../dates/isoDate.js';
import { citeProvision } from '../rules/cite.js';
import { evidenceProvisions, type EvidenceProvisionKey } from '../rules/ho2024Evidence.js';
import { ho2024 } from '../rules/ho2024.js';
import type { ComplaintRecord } from './ComplaintRecord.js';
import type { Finding } from './Finding.js';
import { defineLazy } from './lazy.js';
import type { ScheduledStep } from './schedule.js';

function finding(fields: Omit<Finding, 'message' | 'provision'>, key: EvidenceProvisionKey, message: (cite: string) => string): Finding {
  const provision = evidenceProvisions[key];
  return defineLazy({ ...fields, provision }, 'message', () => message(citeProvision(ho2024, provision)));
}

const addDays = (date: IsoDate, days: number) => formatDayNumber(parseDayNumber(date) + days);
const quote = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;

/**
 * Internal: findings about the evidence a record keeps — remedies followed through (7.3), keeping the
 * resident informed (5.9), refusals (2.3, 2.4, 5.11) and points answered (6.7/6.18). They cite the HO
 * Code 2024 (see {@link evidenceProvisions}).
 */
export function evidenceFindings(record: ComplaintRecord, steps: readonly ScheduledStep[], today: IsoDate): Finding[] {
  // Most records keep no evidence and no extension (the `report` hot path): only a response after the
  // extension cap can raise a finding, the keeping-informed one.
  const bare = record.remedies === undefined && record.keepInformed === undefined && record.refusedToAccept === undefined && record.refusedToEscalate === undefined && record.stage1.points === undefined && record.stage2?.points === undefined;
  if (bare && steps.every((step) => step.extensions.length === 0)) return keepInformedFindings(record, steps, today);
  return [...remedyFindings(record, today), ...keepInformedFindings(record, steps, today), ...refusalFindings(record), ...pointFindings(record)];
}

function remedyFindings(record: ComplaintRecord, today: IsoDate): Finding[] {
  const findings: Finding[] = [];
  for (const remedy of record.remedies ?? []) {
    const what = quote(remedy.action);
    if (remedy.doneOn === undefined && remedy.dueOn === undefined) {
      findings.push(finding({ code: 'remedy-without-due-date', severity: 'warning' }, 'remedy-follow-through', (cite) => `The remedy ${what} has no date by which it will happen: the offer must clearly set out what will happen and by when (${cite}).`));
    } else if (remedy.doneOn === undefined && remedy.dueOn !== undefined && remedy.dueOn < today) {
      const dueOn = remedy.dueOn;
      findings.push(finding({ code: 'remedy-overdue', severity: 'breach' }, 'remedy-follow-through', (cite) => `The remedy ${what} was due ${formatDay(dueOn)} and is not recorded as done: any remedy proposed must be followed through to completion (${cite}).`));
    } else if (remedy.doneOn !== undefined && remedy.dueOn !== undefined && remedy.doneOn > remedy.dueOn) {
      const { dueOn, doneOn } = remedy;
      findings.push(finding({ code: 'remedy-completed-late', severity: 'warning' }, 'remedy-follow-through', (cite) => `The remedy ${what} was done ${formatDay(doneOn)}, after the ${formatDay(dueOn)} promised (${cite}).`));
    }
  }
  return findings;
}

/** The response step that is, or will be, outside the Code's timescales, and why. */
// An overdue response already gets the timeline's 'keep-resident-informed' advice; this adds the predicted
// case (before the deadline passes) and the after-the-fact one, when the record shows no agreed interval.
function outsideTimescales(steps: readonly ScheduledStep[], today: IsoDate): { step: ScheduledStep; why: 'predicted' | 'late' } | undefined {
  for (const step of steps) {
    if (step.step !== 'respond') continue;
    const beyondCap = step.extensions.some(({ status }) => status === 'beyond-cap' || status === 'beyond-cap-with-good-reason');
    if (step.doneOn === undefined) {
      if (beyondCap && step.dueOn >= today) return { step, why: 'predicted' };
    } else if (step.doneOn > (step.latestExtendedDueOn ?? step.codeDueOn) || (beyondCap && step.doneOn > step.codeDueOn)) {
      return { step, why: 'late' };
    }
  }
  return undefined;
}

function keepInformedFindings(record: ComplaintRecord, steps: readonly ScheduledStep[], today: IsoDate): Finding[] {
  if (record.refusedToAccept) return [];
  const informed = record.keepInformed;
  const findings: Finding[] = [];
  const outside = outsideTimescales(steps, today);
  if (outside && (informed?.agreedOn === undefined || informed.intervalDays === undefined)) {
    const { step, why } = outside;
    const stage = `stage ${step.stage} response`;
    const reason =
      why === 'predicted' ? `The ${stage} will fall outside the Code's timescales (an extension past the Code's limit, even with good reason)` : `The ${stage} fell outside the Code's timescales`;
    findings.push(finding({ code: 'keep-informed-interval-not-agreed', severity: why === 'late' ? 'breach' : 'warning', deadlineId: step.id }, 'keep-informed', (cite) => `${reason} and no interval for keeping the resident informed is recorded: agree one with the resident and record it (${cite}).`));
  }
  const missed = missedUpdates(record, today);
  if (missed?.first !== undefined && informed?.agreedOn !== undefined && informed.intervalDays !== undefined) {
    const { agreedOn, intervalDays: interval } = informed;
    const { first, count } = missed;
    findings.push(finding({ code: 'keep-informed-update-missed', severity: 'breach' }, 'keep-informed', (cite) => `An update to the resident was due by ${formatDay(first)} (every ${interval} day${interval === 1 ? '' : 's'}, agreed ${formatDay(agreedOn)}) and none is recorded${count > 1 ? `; ${count} updates were missed in all` : ''} (${cite}).`));
  }
  return findings;
}

/**
 * Internal: the updates missed against the agreed interval (5.9), from the agreement until the response
 * that ends the wait (or `today`); undefined when no interval is agreed. Shared with the self-assessment.
 */
export function missedUpdates(record: ComplaintRecord, today: IsoDate): { count: number; first?: IsoDate } | undefined {
  const informed = record.keepInformed;
  if (informed?.agreedOn === undefined || informed.intervalDays === undefined) return undefined;
  const { agreedOn, intervalDays: interval } = informed;
  const stage2 = record.stage2 && agreedOn >= record.stage2.requestedOn ? record.stage2 : undefined;
  const respondedOn = stage2 ? stage2.respondedOn : record.stage1.respondedOn;
  const end = respondedOn !== undefined && respondedOn < today ? respondedOn : today;
  const updates = [...informed.updatesSentOn].filter((day) => day >= agreedOn && day <= end).sort();
  let expected = addDays(agreedOn, interval);
  let count = 0;
  let first: IsoDate | undefined;
  for (const update of updates) {
    if (update > expected) {
      count++;
      first ??= expected;
    }
    expected = addDays(update, interval);
  }
  if (expected < end) {
    count++;
    first ??= expected;
  }
  return first === undefined ? { count: 0 } : { count, first };
}

function refusalFindings(record: ComplaintRecord): Finding[] {
  const findings: Finding[] = [];
  const refused = record.refusedToAccept;
  if (refused) {
    if (refused.explainedOn === undefined) {
      findings.push(finding({ code: 'refusal-not-explained', severity: 'warning', deadlineId: 'stage1-acknowledgement' }, 'refusal-explanation', (cite) => `The complaint was not accepted (${formatDay(refused.decidedOn)}) and no explanation to the resident is recorded: it must set out the reasons and the right to take that decision to the Ombudsman (${cite}).`));
    } else if (refused.ombudsmanRightGiven === false) {
      findings.push(finding({ code: 'refusal-ombudsman-right-not-given', severity: 'breach', deadlineId: 'stage1-acknowledgement' }, 'refusal-explanation', (cite) => `The explanation sent ${formatDay(refused.explainedOn ?? refused.decidedOn)} did not tell the resident of their right to take the decision to the Ombudsman (${cite}).`));
    }
    if (refused.grounds === 'over-12-months' && refused.discretionConsidered !== true) {
      findings.push(finding({ code: 'refusal-discretion-not-considered', severity: 'advice', deadlineId: 'stage1-acknowledgement' }, 'acceptance-window', (cite) => `Refused as over 12 months old, with no record that discretion to accept it was considered: consider whether there are good reasons to accept it (${cite}).`));
    }
  }
  const escalation = record.refusedToEscalate;
  if (escalation) {
    findings.push(finding({ code: 'escalation-refused', severity: 'advice', deadlineId: 'stage2-acknowledgement' }, 'refuse-to-escalate', (cite) => `Escalation to stage 2 (asked ${formatDay(escalation.requestedOn)}) was refused ${formatDay(escalation.decidedOn)}: ${quote(escalation.reason)}. Only valid reasons may be used, clearly set out to the resident (${cite}).`));
    if (escalation.explainedOn === undefined) {
      findings.push(finding({ code: 'refusal-not-explained', severity: 'warning', deadlineId: 'stage2-acknowledgement' }, 'refuse-to-escalate', (cite) => `No explanation to the resident of the refusal to escalate is recorded: the reasons must be clearly set out (${cite}).`));
    }
  }
  return findings;
}

function pointFindings(record: ComplaintRecord): Finding[] {
  const findings: Finding[] = [];
  for (const [stage, data, key] of [
    [1, record.stage1, 'stage1-all-points'],
    [2, record.stage2, 'stage2-all-points'],
  ] as const) {
    if (data?.respondedOn === undefined || data.points === undefined) continue;
    const open = data.points.filter((point) => point.outcome === undefined);
    if (open.length === 0) continue;
    findings.push(finding({ code: 'point-without-outcome', severity: 'warning', deadlineId: stage === 1 ? 'stage1-response' : 'stage2-response' }, key, (cite) => `The stage ${stage} response has no outcome recorded for ${open.length === 1 ? 'the point' : `${open.length} points`} ${open.map((point) => quote(point.point)).join(', ')}: all points raised in the complaint definition must be addressed (${cite}).`));
  }
  return findings;
}
