import type { AnnualReport, AnnualReportLine, AnnualStageFigures, OutcomeCounts } from './AnnualPerformanceReport.js';

const CODE = 'HO Code 2024';
const OUTCOME_LABELS: Record<keyof OutcomeCounts, string> = {
  upheld: 'Upheld',
  'partly-upheld': 'Partly upheld',
  'not-upheld': 'Not upheld',
  resolved: 'Resolved',
  withdrawn: 'Withdrawn',
  other: 'Other',
  notRecorded: 'Not recorded',
};
const REASON_LABELS: Record<string, string> = {
  'over-12-months': 'Over 12 months after the issue (2.2, 2.3)',
  'legal-proceedings': 'Legal proceedings started (2.2)',
  'previously-considered': 'Previously considered under the complaints policy (2.2)',
  'not-a-complaint': 'Not a complaint (a service request)',
  other: 'Other reasons',
};

/** A share as a whole-number percentage, or "–" when there is nothing to divide. @example percent(0.5) //=> '50%' */
export function percent(share: number | undefined): string {
  return share === undefined ? '–' : `${Math.round(share * 1000) / 10}%`;
}

type Figures = Omit<AnnualReport, 'lines' | 'method'>;

function stageLines(section: string, stage: AnnualStageFigures, refs: { ack: string; respond: string; extend: string }): AnnualReportLine[] {
  const line = (label: string, value: number | string, cite: string) => ({ section, label, value: String(value), cite });
  return [
    line('Received', stage.received, `${CODE} 8.1(b); RSH TSM CH01`),
    line('Acknowledged within 5 working days', stage.acknowledgedOnTime, `${CODE} ${refs.ack}`),
    line('Acknowledged late', stage.acknowledgedLate, `${CODE} ${refs.ack}`),
    line('Answered with no acknowledgement recorded', stage.acknowledgementNotRecorded, `${CODE} ${refs.ack}`),
    line('Not acknowledged, past 5 working days', stage.acknowledgementOverdue, `${CODE} ${refs.ack}`),
    line('Responses issued', stage.responded, `${CODE} ${refs.respond}`),
    line("Responded within the Code's timescales", stage.respondedOnTime, `${CODE} ${refs.respond}, ${refs.extend}`),
    line('…of which within an extension', stage.respondedWithinExtension, `${CODE} ${refs.extend}`),
    line('Responded late', stage.respondedLate, `${CODE} ${refs.respond}`),
    line('Extensions notified', stage.extensions.total, `${CODE} ${refs.extend}`),
    line("Extensions within the Code's cap", stage.extensions.withinCap, `${CODE} ${refs.extend}`),
    line('Extensions beyond the cap with a good reason recorded', stage.extensions.beyondCapWithGoodReason, `${CODE} ${refs.extend}`),
    line('Extensions beyond the cap without good reason', stage.extensions.beyondCap, `${CODE} ${refs.extend}`),
    line('Extensions notified after the deadline', stage.extensions.notifiedLate, `${CODE} ${refs.extend}`),
    line('Open at the end of the period', stage.openAtEnd, `${CODE} 8.1(b)`),
    line('…of which overdue', stage.overdueAtEnd, `${CODE} ${refs.respond}`),
  ];
}

/**
 * Internal: the report's figures as lines, each with the provision it answers to.
 *
 * @example
 * ```ts
 * annualReportLines(figures)[0]; //=> { section: 'Stage 1', label: 'Received', value: '12', cite: 'HO Code 2024 8.1(b); RSH TSM CH01' }
 * ```
 */
export function annualReportLines(report: Figures): AnnualReportLine[] {
  const lines: AnnualReportLine[] = [
    ...stageLines('Stage 1', report.stage1, { ack: '6.2', respond: '6.3', extend: '6.4' }),
    ...stageLines('Stage 2', report.stage2, { ack: '6.11', respond: '6.14', extend: '6.15' }),
  ];
  const add = (section: string, label: string, value: number | string, cite: string) => lines.push({ section, label, value: String(value), cite });
  add('Refusals', 'Complaints not accepted', report.refusals.toAccept, `${CODE} 8.1(b), 2.1`);
  add('Refusals', 'Escalations refused', report.refusals.toEscalate, `${CODE} 5.11`);
  for (const [reason, count] of Object.entries(report.refusals.byReason)) add('Refusals', REASON_LABELS[reason] ?? reason, count, `${CODE} 8.1(b), 2.2`);
  for (const [category, count] of Object.entries(report.refusals.byCategory)) add('Refusals', `Not accepted: ${category}`, count, `${CODE} 8.1(b)`);
  add('Refusals', 'With no explanation to the resident recorded', report.refusals.notExplained, `${CODE} 2.4, 5.11`);
  for (const [stage, counts] of [['Stage 1', report.outcomes.stage1], ['Stage 2', report.outcomes.stage2], ['Points of the complaint definition', report.outcomes.points]] as const) {
    for (const [outcome, count] of Object.entries(counts)) add('Outcomes', `${stage}: ${OUTCOME_LABELS[outcome as keyof OutcomeCounts]}`, count, stage.startsWith('Points') ? `${CODE} 6.7, 6.18` : `${CODE} 9.7`);
  }
  for (const [category, count] of Object.entries(report.categories)) add('Categories', category, count, `${CODE} 9.7`);
  const r = report.remedies;
  add('Remedies', 'Due in the period', r.due, `${CODE} 7.3`);
  add('Remedies', 'Completed on time', r.completedOnTime, `${CODE} 7.3`);
  add('Remedies', 'Completed late', r.completedLate, `${CODE} 7.3`);
  add('Remedies', 'Overdue, not completed', r.overdue, `${CODE} 7.3, 6.6`);
  add('Remedies', 'Not yet due', r.notYetDue, `${CODE} 7.3`);
  add('Remedies', 'With no date by which they will happen', r.withoutDueDate, `${CODE} 7.3`);
  add('Keeping residents informed', 'Update intervals agreed', report.keepInformed.intervalsAgreed, `${CODE} 5.9`);
  add('Keeping residents informed', 'Complaints with a missed update', report.keepInformed.casesWithMissedUpdates, `${CODE} 5.9`);
  for (const entry of report.findings.byProvision) add('Findings', `${entry.ref} (${entry.cases} complaint${entry.cases === 1 ? '' : 's'})`, entry.count, entry.cite);
  add('CH01 and CH02', 'CH01 stage 1 (per 1,000 homes)', report.ch01.stage1 ?? '–', 'RSH TSM CH01');
  add('CH01 and CH02', 'CH01 stage 2 (per 1,000 homes)', report.ch01.stage2 ?? '–', 'RSH TSM CH01');
  add('CH01 and CH02', 'CH02 stage 1', percent(report.ch02.stage1), `RSH TSM CH02; ${CODE} 6.3`);
  add('CH01 and CH02', 'CH02 stage 2', percent(report.ch02.stage2), `RSH TSM CH02; ${CODE} 6.14`);
  add('CH01 and CH02', 'CH02 stage 1, strict reading', percent(report.ch02.strict.stage1), `RSH TSM CH02; ${CODE} 6.2, 6.3`);
  add('CH01 and CH02', 'CH02 stage 2, strict reading', percent(report.ch02.strict.stage2), `RSH TSM CH02; ${CODE} 6.11, 6.14`);
  return lines;
}

/**
 * Internal: how the report was counted, in words, to publish beside it.
 *
 * @example
 * ```ts
 * annualReportMethod(figures)[0]; //=> 'Period: 2026-04-01 to 2027-03-31; open complaints and remedies judged as at 2027-03-31.'
 * ```
 */
export function annualReportMethod(report: Figures): string[] {
  return [
    `Period: ${report.period.from} to ${report.period.to}; open complaints and remedies judged as at ${report.asOf}.`,
    'Received: stage 1 complaints received (stage 2: escalation requests) in the period. Complaints the landlord did not accept are counted only under refusals.',
    "Responses: issued in the period, judged against the Code deadline of each complaint's rule set; a response within an extension the Code allows (notified in time, within the cap or past it with a good reason recorded) counts as within the Code's timescales.",
    'Extensions, refusals and remedies count in the period they were notified, decided or due. Outcomes are those of the responses issued in the period, mapped from the landlord’s words.',
    "CH02 strict reading: a response with no acknowledgement date recorded is judged with its clock running from the day the complaint was received, not from the acknowledgement deadline.",
    'Findings: those of every complaint received by the end of the period that was received, acted on or still open within it. Findings about evidence cite the HO Code 2024.',
    'A good reason for going past the Code’s cap is the landlord’s own declaration: each is listed so a reader can judge it.',
  ];
}
