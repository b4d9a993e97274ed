/**
 * Internal: the Code deadlines of a validated complaint, without states or words. Shared by
 * `complaintTimeline` (which adds states, explanations and findings) and the CH02 report (which needs
 * only the response deadlines, a million times over).
 */
import type { Calendar } from '../calendar/Calendar.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { LandlordPolicy } from '../policy/LandlordPolicy.js';
import type { Provision, RuleSet, StageRules } from '../rules/RuleSet.js';
import type { Extension } from './ComplaintRecord.js';
import type { ComplaintRecord } from './ComplaintRecord.js';
import type { Deadline, DeadlineId } from './Deadline.js';

/** What happened to one recorded extension. */
export interface ExtensionOutcome {
  extension: Extension;
  /** Index in the record's `extensions` array. */
  index: number;
  /**
   * - `applied`: within the cap, moves the deadline;
   * - `beyond-cap-with-good-reason`: past the cap, allowed because a good reason is recorded;
   * - `beyond-cap`: past the cap without (accepted) good reason; the deadline moves only to the cap;
   * - `notified-late`: told to the resident after the deadline it extends had passed; ignored;
   * - `not-later`: its new date is not after the current deadline; ignored.
   */
  status: 'applied' | 'beyond-cap-with-good-reason' | 'beyond-cap' | 'notified-late' | 'not-later';
  /** The deadline the extension tried to move. */
  dueBefore: IsoDate;
}

/** One scheduled step (a deadline without state or explanation). */
export interface ScheduledStep {
  id: DeadlineId;
  stage: 1 | 2;
  step: 'acknowledge' | 'respond';
  clockStartsOn: IsoDate;
  clockStartsFrom: Deadline['clockStartsFrom'];
  workingDays: number;
  codeDueOn: IsoDate;
  dueOn: IsoDate;
  latestExtendedDueOn?: IsoDate;
  targetDueOn?: IsoDate;
  targetWorkingDays?: number;
  doneOn?: IsoDate;
  doneOnImplied?: boolean;
  provision: Provision;
  extensionProvision?: Provision;
  extensions: ExtensionOutcome[];
}

/** Internal: schedules every step that applies to the record so far. */
export function scheduleComplaint(
  record: ComplaintRecord,
  ruleSet: RuleSet,
  calendar: Calendar,
  policy: LandlordPolicy,
): ScheduledStep[] {
  const steps: ScheduledStep[] = [];
  const { stage1, stage2 } = record;
  steps.push(...scheduleStage(1, ruleSet.stages[1], stage1.receivedOn, stage1, calendar, policy));
  if (stage2) steps.push(...scheduleStage(2, ruleSet.stages[2], stage2.requestedOn, stage2, calendar, policy));
  return steps;
}

function scheduleStage(
  stage: 1 | 2,
  rules: StageRules,
  startedOn: IsoDate,
  data: { acknowledgedOn?: IsoDate | undefined; respondedOn?: IsoDate | undefined; extensions: Extension[] },
  calendar: Calendar,
  policy: LandlordPolicy,
): [ScheduledStep, ScheduledStep] {
  const ackId: DeadlineId = stage === 1 ? 'stage1-acknowledgement' : 'stage2-acknowledgement';
  const responseId: DeadlineId = stage === 1 ? 'stage1-response' : 'stage2-response';
  const startedFrom = stage === 1 ? 'received' : 'escalation-requested';

  const ackDueOn = calendar.addWorkingDays(startedOn, rules.acknowledgeWorkingDays);
  const acknowledgement: ScheduledStep = {
    id: ackId,
    stage,
    step: 'acknowledge',
    clockStartsOn: startedOn,
    clockStartsFrom: startedFrom,
    workingDays: rules.acknowledgeWorkingDays,
    codeDueOn: ackDueOn,
    dueOn: ackDueOn,
    provision: rules.acknowledgeProvision,
    extensions: [],
  };
  addTarget(acknowledgement, policy, startedOn, calendar);
  if (data.acknowledgedOn) acknowledgement.doneOn = data.acknowledgedOn;
  else if (data.respondedOn) {
    // A response also acknowledges: without it, a closed complaint would stay "overdue" for ever.
    acknowledgement.doneOn = data.respondedOn;
    acknowledgement.doneOnImplied = true;
  }

  let clockStartsOn = startedOn;
  let clockStartsFrom: Deadline['clockStartsFrom'] = startedFrom;
  if (rules.responseClockFrom === 'acknowledged') {
    // "Unknown acknowledgement: the response clock runs from the acknowledgement deadline."
    clockStartsOn = data.acknowledgedOn ?? ackDueOn;
    clockStartsFrom = data.acknowledgedOn ? 'acknowledged' : 'acknowledgement-deadline';
  }
  const codeDueOn = calendar.addWorkingDays(clockStartsOn, rules.respondWorkingDays);
  const latestExtendedDueOn = extensionCapDueOn(codeDueOn, rules, calendar);
  const { dueOn, outcomes } = applyExtensions(data.extensions, codeDueOn, latestExtendedDueOn, rules, policy);
  const response: ScheduledStep = {
    id: responseId,
    stage,
    step: 'respond',
    clockStartsOn,
    clockStartsFrom,
    workingDays: rules.respondWorkingDays,
    codeDueOn,
    dueOn,
    latestExtendedDueOn,
    provision: rules.respondProvision,
    extensionProvision: rules.extensionProvision,
    extensions: outcomes,
  };
  addTarget(response, policy, clockStartsOn, calendar);
  if (data.respondedOn) response.doneOn = data.respondedOn;
  return [acknowledgement, response];
}

/**
 * The latest date the Code lets a response deadline be extended to without good reason: the cap counts
 * from the Code due date, and every extension of the stage counts against the same cap. The one place
 * this rule lives: the timeline's `latestExtendedDueOn` and `proposeExtension` both use it.
 */
export function extensionCapDueOn(codeDueOn: IsoDate, rules: Pick<StageRules, 'extensionMaxWorkingDays'>, calendar: Calendar): IsoDate {
  return calendar.addWorkingDays(codeDueOn, rules.extensionMaxWorkingDays);
}

/** The landlord's own target for the step, if the policy sets one (assigned, not spread: hot path). */
function addTarget(step: ScheduledStep, policy: LandlordPolicy, from: IsoDate, calendar: Calendar): void {
  const days = policy.targets?.[step.id];
  if (days === undefined) return;
  step.targetDueOn = calendar.addWorkingDays(from, days);
  step.targetWorkingDays = days;
}

function applyExtensions(
  extensions: Extension[],
  codeDueOn: IsoDate,
  cap: IsoDate,
  rules: StageRules,
  policy: LandlordPolicy,
): { dueOn: IsoDate; outcomes: ExtensionOutcome[] } {
  const capKind =
    policy.extensionCap === 'hard' ? 'hard' : policy.extensionCap === 'soft' ? 'without-good-reason' : rules.extensionCap;
  let dueOn = codeDueOn;
  const outcomes: ExtensionOutcome[] = [];
  if (extensions.length === 0) return { dueOn, outcomes };
  const ordered = extensions
    .map((extension, index) => ({ extension, index }))
    .sort((a, b) => (a.extension.notifiedOn < b.extension.notifiedOn ? -1 : a.extension.notifiedOn > b.extension.notifiedOn ? 1 : a.index - b.index));
  for (const { extension, index } of ordered) {
    const dueBefore = dueOn;
    let status: ExtensionOutcome['status'];
    if (extension.notifiedOn > dueOn) status = 'notified-late';
    else if (extension.newDueOn <= dueOn) status = 'not-later';
    else if (extension.newDueOn <= cap) {
      status = 'applied';
      dueOn = extension.newDueOn;
    } else if (extension.goodReason && capKind === 'without-good-reason') {
      status = 'beyond-cap-with-good-reason';
      dueOn = extension.newDueOn;
    } else {
      status = 'beyond-cap';
      if (cap > dueOn) dueOn = cap;
    }
    outcomes.push({ extension, index, status, dueBefore });
  }
  return { dueOn, outcomes };
}
