import { deadlineStateWords, formatDay, getRuleSet, workingDaysWords, type Deadline } from '../../index.js';
import type { StageView } from './stage-view.js';

const STEP_WIDTH = 26;
const DUE_WIDTH = 20;
const indent = `  ${''.padEnd(STEP_WIDTH)}`;

const SEVERITY_WORDS = { breach: 'Breach', warning: 'Warning', advice: 'Advice' } as const;

function status(deadline: Deadline): string {
  if (deadline.doneOn !== undefined) {
    return `Done ${formatDay(deadline.doneOn)} (${deadline.state === 'met' ? 'on time' : 'late'})${deadline.doneOnImplied ? ', implied by the response' : ''}`;
  }
  const days = workingDaysWords(deadline.workingDaysLeft);
  return `${deadlineStateWords(deadline.state)}${days ? `, ${days}` : ''}`;
}

function stepLines(deadline: Deadline): string[] {
  const lines = [`  ${deadline.title.padEnd(STEP_WIDTH)}${formatDay(deadline.dueOn).padEnd(DUE_WIDTH)}${status(deadline)}`];
  if (deadline.dueOn !== deadline.codeDueOn) lines.push(`${indent}(extended; the Code date was ${formatDay(deadline.codeDueOn)})`);
  if (deadline.latestExtendedDueOn !== undefined && deadline.doneOn === undefined) {
    lines.push(`${indent}(an extension may reach ${formatDay(deadline.latestExtendedDueOn)} without good reason)`);
  }
  if (deadline.targetDueOn !== undefined) lines.push(`${indent}(your own target: ${formatDay(deadline.targetDueOn)})`);
  return lines;
}

/**
 * The readable form of `complaint-code deadlines`: a small table of the stage's deadlines, why each
 * date is what it is, and any findings.
 *
 * @example
 * formatDeadlinesText(view, '2027-01-04');
 * // "Complaint CLI · Housing Ombudsman Complaint Handling Code 2024 (ho-2024) · stage 1\nToday: Mon 4 Jan 2027\n…"
 */
export function formatDeadlinesText(view: StageView, today: string): string {
  const ruleSet = getRuleSet(view.ruleSet);
  const lines = [
    `Complaint ${view.reference} · ${ruleSet.title} (${ruleSet.id}) · stage ${view.stage}${view.closed ? ' (closed)' : ''}`,
    `Today: ${formatDay(today)}`,
    '',
    `  ${'Step'.padEnd(STEP_WIDTH)}${'Due'.padEnd(DUE_WIDTH)}State`,
    ...view.deadlines.flatMap(stepLines),
    '',
    'Why these dates:',
    ...view.deadlines.map((deadline) => `  ${deadline.title}: ${deadline.explanation}`),
  ];
  if (view.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const finding of view.findings) lines.push(`  ${SEVERITY_WORDS[finding.severity]}: ${finding.message}`);
  }
  return `${lines.join('\n')}\n`;
}
