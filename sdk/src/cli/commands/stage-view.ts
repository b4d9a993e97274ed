import type { Deadline, Timeline } from '../../index.js';

/** What `deadlines --json` prints: one stage of a timeline, with the named fields first. */
export interface StageView {
  reference: string;
  ruleSet: Timeline['ruleSet'];
  stage: 1 | 2;
  closed: boolean;
  nextStep: Deadline['id'] | null;
  acknowledgeBy: string | null;
  respondBy: string | null;
  latestExtendedRespondBy: string | null;
  workingDaysLeft: number | null;
  state: Timeline['state'];
  explanation: string;
  deadlines: Deadline[];
  findings: Timeline['findings'];
}

/** One stage of `timeline` as `deadlines` shows it. */
export function stageView(timeline: Timeline, stage: 1 | 2): StageView {
  const deadlines = timeline.deadlines.filter((deadline) => deadline.stage === stage);
  const acknowledge = deadlines.find((deadline) => deadline.step === 'acknowledge');
  const respond = deadlines.find((deadline) => deadline.step === 'respond');
  // The step to watch: the timeline's own next step if it is in this stage, else the first not done.
  const current =
    (timeline.next?.stage === stage ? timeline.next : undefined) ?? deadlines.find((deadline) => deadline.doneOn === undefined) ?? respond ?? acknowledge;
  return {
    reference: timeline.reference,
    ruleSet: timeline.ruleSet,
    stage,
    closed: deadlines.every((deadline) => deadline.doneOn !== undefined),
    nextStep: current?.doneOn === undefined ? (current?.id ?? null) : null,
    acknowledgeBy: acknowledge?.dueOn ?? null,
    respondBy: respond?.dueOn ?? null,
    latestExtendedRespondBy: respond?.latestExtendedDueOn ?? null,
    workingDaysLeft: current?.workingDaysLeft ?? null,
    state: current?.state ?? timeline.state,
    explanation: current?.explanation ?? '',
    deadlines,
    findings: timeline.findings,
  };
}
