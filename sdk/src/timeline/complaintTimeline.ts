import type { Calendar } from '../calendar/Calendar.js';
import { englandAndWales } from '../calendar/englandAndWales.js';
import { CalendarRangeError } from '../calendar/errors.js';
import { InvalidDateError } from '../dates/InvalidDateError.js';
import { isIsoDate } from '../dates/isIsoDate.js';
import type { IsoDate } from '../dates/isoDate.js';
import { todayInLondon } from '../dates/todayInLondon.js';
import { ComplaintCodeInputError, formatIssues, type InputIssue } from '../errors/ComplaintCodeInputError.js';
import { unknownKeyMessage } from '../errors/did-you-mean.js';
import { LandlordPolicy } from '../policy/LandlordPolicy.js';
import { getRuleSet } from '../rules/getRuleSet.js';
import type { RuleSet } from '../rules/RuleSet.js';
import { ruleSetForValidDate } from '../rules/selectRuleSet.js';
import type { ComplaintRecord, ComplaintRecordInput } from './ComplaintRecord.js';
import { parseComplaintRecord } from './parseComplaintRecord.js';
import type { Deadline } from './Deadline.js';
import { deadlineState } from './deadlineState.js';
import { explainStep } from './explain.js';
import { evidenceFindings } from './evidence-findings.js';
import { futureDateFindings, recordFindings, stepFindings } from './findings.js';
import type { Finding } from './Finding.js';
import { InvalidComplaintError } from './InvalidComplaintError.js';
import { defineLazy } from './lazy.js';
import { scheduleComplaint } from './schedule.js';
import type { Timeline } from './Timeline.js';

/**
 * Options for {@link complaintTimeline}.
 *
 * @example
 * ```ts
 * const options: ComplaintTimelineOptions = { today: '2027-01-04', calendar: createCalendar({ division: 'scotland' }), policy: { dueSoonWorkingDays: 3 } };
 * ```
 */
export interface ComplaintTimelineOptions {
  /** The date to judge "overdue" and "days left" against (default: today in Europe/London). Pass it in tests. */
  today?: IsoDate | undefined;
  /** The working-day calendar (default {@link englandAndWales}). */
  calendar?: Calendar | undefined;
  /** The landlord's own targets, "due soon" threshold and extension cap. */
  policy?: LandlordPolicy | undefined;
  /** Which Ombudsman, when the record names no rule set (default `'housing'`). */
  ombudsman?: 'housing' | 'lgsco' | undefined;
}

// Every option's name; the `satisfies` and the check below keep it in step with the interface.
const OPTION_KEYS = ['today', 'calendar', 'policy', 'ombudsman'] as const satisfies readonly (keyof ComplaintTimelineOptions)[];
type UnlistedOption = Exclude<keyof ComplaintTimelineOptions, (typeof OPTION_KEYS)[number]>;
const allOptionsListed: UnlistedOption extends never ? true : false = true;
void allOptionsListed;
// Options objects already checked: a report passes the same one for every row.
const checkedOptions = new WeakSet<object>();
// The last `today` found to be a real ISO date.
let validToday: string | undefined;

/** Refuses options a caller could not have meant (a misspelt name, a bad policy), rather than ignore them. */
function checkOptions(options: ComplaintTimelineOptions): void {
  if (checkedOptions.has(options)) return;
  const issues: InputIssue[] = [];
  for (const key of Object.keys(options)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) issues.push({ path: key, message: unknownKeyMessage(key, OPTION_KEYS, 'option') });
  }
  if (options.policy !== undefined) {
    const parsed = LandlordPolicy.safeParse(options.policy);
    if (!parsed.success) for (const issue of ComplaintCodeInputError.issuesOf(parsed.error)) issues.push({ path: `policy${issue.path ? `.${issue.path}` : ''}`, message: issue.message });
  }
  if (options.ombudsman !== undefined && options.ombudsman !== 'housing' && options.ombudsman !== 'lgsco') {
    issues.push({ path: 'ombudsman', message: `"${String(options.ombudsman)}" is not one of: housing, lgsco` });
  }
  if (issues.length > 0) throw new ComplaintCodeInputError(`complaintTimeline: invalid options:\n${formatIssues(issues)}`, issues);
  checkedOptions.add(options);
}

const TITLES = {
  'stage1-acknowledgement': 'Stage 1 acknowledgement',
  'stage1-response': 'Stage 1 response',
  'stage2-acknowledgement': 'Stage 2 acknowledgement',
  'stage2-response': 'Stage 2 final response',
} as const;

/**
 * Works out every Code deadline of a complaint, where it stands today, and what went wrong — each with
 * the provision it rests on and an explanation a person can read.
 *
 * The rule set is the record's `ruleSet`, else chosen by the received date (`selectRuleSet`).
 *
 * @param record - The complaint's dates (validated with {@link ComplaintRecord})
 * @param options - `today`, calendar, landlord policy
 * @returns The timeline
 * @throws {@link InvalidComplaintError} when the record is invalid or falls outside the calendar's data
 * @throws {@link ComplaintCodeInputError} when an option is unknown (a misspelt name) or the policy is invalid
 *
 * @example
 * ```ts
 * const timeline = complaintTimeline(
 *   { reference: 'C-1042', stage1: { receivedOn: '2026-12-18' } },
 *   { today: '2026-12-23' },
 * );
 * timeline.next?.dueOn;       //=> '2026-12-29'
 * timeline.next?.explanation;
 * //=> 'Received Fri 18 Dec 2026. 25 Dec and 28 Dec are bank holidays. Acknowledge by Tue 29 Dec 2026
 * //    (5 working days, HO Code 2024 6.2). 2 working days left.'
 * timeline.state;             //=> 'due-soon'
 * ```
 */
export function complaintTimeline(record: ComplaintRecordInput, options: ComplaintTimelineOptions = {}): Timeline {
  checkOptions(options);
  const parsed = parseComplaintRecord(record);
  if (!parsed.success) throw InvalidComplaintError.fromZod(parsed.error);
  const today = options.today ?? todayInLondon();
  // A report passes the same `today` a million times: check it again only when it changes.
  if (today !== validToday) {
    if (!isIsoDate(today)) throw new InvalidDateError(today);
    validToday = today;
  }
  const calendar = options.calendar ?? englandAndWales;
  try {
    return buildTimeline(parsed.data, today, calendar, options);
  } catch (error) {
    if (error instanceof CalendarRangeError) {
      throw new InvalidComplaintError([{ path: '', message: error.message }], { cause: error });
    }
    throw error;
  }
}

function buildTimeline(record: ComplaintRecord, today: IsoDate, calendar: Calendar, options: ComplaintTimelineOptions): Timeline {
  const policy = options.policy ?? {};
  const ruleSet: RuleSet = getRuleSet(
    record.ruleSet ?? ruleSetForValidDate(record.stage1.receivedOn, options.ombudsman),
  );
  const dueSoon = policy.dueSoonWorkingDays ?? 2;
  const findings: Finding[] = [];
  const deadlines: Deadline[] = [];
  const steps = scheduleComplaint(record, ruleSet, calendar, policy);
  for (const step of steps) {
    // A complaint the landlord did not accept gets no response: its refusal findings say what is owed (2.4).
    if (record.refusedToAccept && step.stage === 1 && step.doneOn === undefined) continue;
    const state = deadlineState(step, today, calendar, dueSoon);
    const maxExtension = ruleSet.stages[step.stage].extensionMaxWorkingDays;
    // Keys added one by one, in the order of the interface, not by spreading `cond && {…}` objects:
    // same key order (so the same JSON), a fraction of the allocations, on the hot path of `report`.
    const draft = {
      id: step.id,
      stage: step.stage,
      step: step.step,
      title: TITLES[step.id],
      clockStartsOn: step.clockStartsOn,
      clockStartsFrom: step.clockStartsFrom,
      workingDays: step.workingDays,
      codeDueOn: step.codeDueOn,
      dueOn: step.dueOn,
    } as Omit<Deadline, 'explanation'>;
    if (step.latestExtendedDueOn) draft.latestExtendedDueOn = step.latestExtendedDueOn;
    if (step.targetDueOn) draft.targetDueOn = step.targetDueOn;
    if (step.doneOn) draft.doneOn = step.doneOn;
    if (step.doneOnImplied) draft.doneOnImplied = true;
    draft.state = state.state;
    if (state.workingDaysLeft !== undefined) draft.workingDaysLeft = state.workingDaysLeft;
    draft.provision = step.provision;
    const deadline: Deadline = defineLazy(draft, 'explanation', () => explainStep(step, state, ruleSet, calendar, maxExtension));
    deadlines.push(deadline);
    append(findings, stepFindings(step, deadline, ruleSet, calendar, policy.extensionCap ?? 'code'));
  }
  append(findings, recordFindings(record, ruleSet));
  append(findings, futureDateFindings(record, ruleSet, today));
  append(findings, evidenceFindings(record, steps, today));

  const next = deadlines.find((deadline) => deadline.doneOn === undefined);
  const closed = record.stage2 ? record.stage2.respondedOn !== undefined : record.stage1.respondedOn !== undefined || record.refusedToAccept !== undefined || record.refusedToEscalate !== undefined;
  const state = next?.state ?? (deadlines.every((deadline) => deadline.state === 'met') ? 'met' : 'met-late');
  // Keys in the interface's order, the optional ones only when set (as the spreads did), without the
  // throwaway objects a spread of `cond && {…}` allocates.
  const timeline = { reference: record.reference, ruleSet: ruleSet.id, stage: record.stage2 ? 2 : 1, closed, deadlines } as Timeline;
  if (next) timeline.next = next;
  timeline.state = state;
  if (next?.workingDaysLeft !== undefined) timeline.workingDaysLeft = next.workingDaysLeft;
  timeline.findings = findings;
  return timeline;
}

/** `target.push(...items)` without spreading arguments (most lists here are empty). */
function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
}
