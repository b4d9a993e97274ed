import { InvalidComplaintError, complaintTimeline, type ComplaintRecordInput, type Timeline } from '../../index.js';
import { parseCommandArgs } from '../args.js';
import { COMMON_OPTIONS_HELP, calendarOption, dateOption, ruleSetOption, todayOption } from '../common-options.js';
import { UsageError, plainIssueMessage, type CliCommand } from '../io.js';
import { formatDeadlinesText } from './deadlines-text.js';
import { stageView } from './stage-view.js';

export const DEADLINES_HELP = `Usage: complaint-code deadlines --received D [options]

A complaint's Code deadlines, where it stands today, and why.

Stage 1:
  --received D             The day the complaint was received (required)
  --acknowledged D         The day it was acknowledged
  --responded D            The day the stage 1 response was sent
Stage 2 (options after --escalated describe stage 2):
  --escalated D            The day the escalation request was received
  --acknowledged D         (after --escalated) the day the escalation was acknowledged
  --responded D            (after --escalated) the day the stage 2 response was sent
  --escalation-acknowledged D, --escalation-responded D   the same, in any position
Extension of the stage the option follows:
  --extended-to D          The new response date given to the resident
  --extension-notified D   The day the resident was told
  --extension-reason TEXT  The reason given
  --good-reason            There is good reason to go past the Code's extension cap
Other:
  --stage 1|2              Which stage to show (default: the latest one)
  --reference TEXT         The complaint reference to print (default: CLI)
  --issue-occurred D       When the issue occurred (12-month acceptance window)
${COMMON_OPTIONS_HELP}
  --json                   One JSON object: acknowledgeBy, respondBy, latestExtendedRespondBy,
                           workingDaysLeft, state, explanation, deadlines, findings
  --help                   This help

Example:
  complaint-code deadlines --received 2026-12-18 --today 2027-01-04
  complaint-code deadlines --received 2026-09-01 --acknowledged 2026-09-03 --responded 2026-09-15 \\
      --stage 2 --escalated 2026-10-01 --acknowledged 2026-10-05 --today 2026-11-02 --json
`;

const OPTIONS = {
  received: { type: 'string' },
  acknowledged: { type: 'string', multiple: true },
  responded: { type: 'string', multiple: true },
  escalated: { type: 'string' },
  'escalation-acknowledged': { type: 'string' },
  'escalation-responded': { type: 'string' },
  'extended-to': { type: 'string', multiple: true },
  'extension-notified': { type: 'string', multiple: true },
  'extension-reason': { type: 'string', multiple: true },
  'good-reason': { type: 'boolean', multiple: true },
  stage: { type: 'string' },
  reference: { type: 'string' },
  'issue-occurred': { type: 'string' },
  rules: { type: 'string' },
  division: { type: 'string' },
  today: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Stage fields an option fills, and the record path it reaches (for error messages). */
const STAGE_FIELDS: Record<string, { field: 'acknowledgedOn' | 'respondedOn' | 'newDueOn' | 'notifiedOn' | 'reason' | 'goodReason'; extension: boolean }> = {
  acknowledged: { field: 'acknowledgedOn', extension: false },
  responded: { field: 'respondedOn', extension: false },
  'extended-to': { field: 'newDueOn', extension: true },
  'extension-notified': { field: 'notifiedOn', extension: true },
  'extension-reason': { field: 'reason', extension: true },
  'good-reason': { field: 'goodReason', extension: true },
};

type StageInput = Record<string, unknown> & { extension?: Record<string, unknown> };

/**
 * `complaint-code deadlines`: one complaint's deadlines from command-line dates.
 *
 * @example
 * await deadlines(['--received', '2026-12-18', '--today', '2027-01-04', '--json'], io); // → 0
 */
export const deadlines: CliCommand = async (args, io) => {
  const { values, tokens } = parseCommandArgs('deadlines', { args: [...args], options: OPTIONS });
  if (values.help) {
    io.stdout.write(DEADLINES_HELP);
    return 0;
  }
  if (values.received === undefined) throw new UsageError('--received is required (the day the complaint was received, YYYY-MM-DD).\nSee "complaint-code deadlines --help".');
  const today = todayOption(values.today);
  const ruleSet = ruleSetOption(values.rules);
  const calendar = calendarOption(values.division);
  const shownStage = values.stage === undefined ? undefined : Number(values.stage);
  if (shownStage !== undefined && shownStage !== 1 && shownStage !== 2) throw new UsageError(`--stage: "${values.stage}" is not 1 or 2.`);
  if (shownStage === 2 && values.escalated === undefined) {
    throw new UsageError('--stage 2 needs --escalated (the day the escalation request was received).');
  }

  // Which stage each option belongs to depends on where it stands: after --escalated, stage 2.
  const stages: { 1: StageInput; 2: StageInput } = { 1: {}, 2: {} };
  // Record path → the option as the user typed it, to name it in validation messages.
  const optionFor: Record<string, string> = { 'stage1.receivedOn': '--received', 'stage2.requestedOn': '--escalated', ruleSet: '--rules', issueOccurredOn: '--issue-occurred', reference: '--reference' };
  for (const [name, spec] of Object.entries(STAGE_FIELDS)) {
    for (const target of [1, 2]) {
      optionFor[`stage${target}.${spec.extension ? `extensions.0.${spec.field}` : spec.field}`] = `--${name}${target === 2 ? ' (after --escalated)' : ''}`;
    }
  }
  let stage: 1 | 2 = 1;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'escalated') stage = 2;
    const explicit = token.name === 'escalation-acknowledged' ? 'acknowledged' : token.name === 'escalation-responded' ? 'responded' : undefined;
    const spec = STAGE_FIELDS[explicit ?? token.name];
    if (spec === undefined) continue;
    const target = explicit ? 2 : stage;
    const option = `--${token.name}${explicit || stage === 1 ? '' : ' (after --escalated)'}`;
    const value = spec.field === 'goodReason' ? true : spec.field === 'reason' ? (token.value ?? '') : dateOption(`--${token.name}`, token.value ?? '');
    const bucket = spec.extension ? (stages[target].extension ??= {}) : stages[target];
    if (bucket[spec.field] !== undefined) throw new UsageError(`--${token.name} is given twice for stage ${target}.`);
    bucket[spec.field] = value;
    optionFor[`stage${target}.${spec.extension ? `extensions.0.${spec.field}` : spec.field}`] = option;
  }

  const stageRecord = ({ extension, ...rest }: StageInput) => (extension ? { ...rest, extensions: [extension] } : rest);
  const record = {
    reference: values.reference ?? 'CLI',
    ...(ruleSet && { ruleSet }),
    ...(values['issue-occurred'] !== undefined && { issueOccurredOn: dateOption('--issue-occurred', values['issue-occurred']) }),
    stage1: { receivedOn: dateOption('--received', values.received), ...stageRecord(stages[1]) },
    ...(values.escalated !== undefined && { stage2: { requestedOn: dateOption('--escalated', values.escalated), ...stageRecord(stages[2]) } }),
  } as ComplaintRecordInput;

  let timeline: Timeline;
  try {
    timeline = complaintTimeline(record, { today, calendar });
  } catch (error) {
    if (!(error instanceof InvalidComplaintError)) throw error;
    // An empty path is about the record as a whole (e.g. dates beyond the bank holiday data).
    const name = (path: string) => (path === '' ? '' : `${optionFor[path] ?? path}: `);
    throw new UsageError(error.issues.map((issue) => `${name(issue.path)}${plainIssueMessage(issue.message, 'required with the options given, but missing')}`).join('\n'));
  }

  const view = stageView(timeline, (shownStage ?? timeline.stage) as 1 | 2);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(view)}\n`);
  } else {
    io.stdout.write(formatDeadlinesText(view, today));
  }
  return 0;
};
