/**
 * @module extension/sidepanel/model/annual-report
 *
 * The annual complaints report (HO Code 2024 8.1) for a period, with the SDK's own `annualReport` over
 * every tracked case whose facts make a complaint record — the same figures the CLI gives for the same data.
 */
import { annualReport, createCalendar, selfAssessment, type AnnualReport, type ComplaintRecordInput, type LandlordSections, type SelfAssessmentEvidence } from '@complaint-code/sdk';
import type { Settings, TrackedCase } from '@complaint-code/shared';
import { factsToRecord } from '../../data/index.js';

function recordsOf(cases: readonly TrackedCase[], settings: Settings): ComplaintRecordInput[] {
  const records: ComplaintRecordInput[] = [];
  for (const tracked of cases) {
    const built = factsToRecord(tracked.facts, tracked.corrections, settings);
    if (built.ok) records.push(built.record);
  }
  return records;
}

/**
 * The self-assessment evidence table for the period, from the same records.
 *
 * @example
 * selfAssessmentFor(cases, settings, { from: '2026-04-01', to: '2027-03-31' }, '2027-04-10').notMeasurable.includes('3.1'); //=> true
 */
export function selfAssessmentFor(cases: readonly TrackedCase[], settings: Settings, period: { from: string; to: string }, today: string): SelfAssessmentEvidence {
  return selfAssessment(recordsOf(cases, settings), { ...period, today, calendar: createCalendar({ division: settings.division }), onInvalid: 'skip' });
}

/**
 * @example
 * annualReportFor(cases, settings, { from: '2026-04-01', to: '2027-03-31' }, '2027-04-10', { d: '…' }).stage1.received; //=> 6
 */
export function annualReportFor(
  cases: readonly TrackedCase[],
  settings: Settings,
  period: { from: string; to: string },
  today: string,
  landlordSections: LandlordSections = {},
): AnnualReport {
  return annualReport(recordsOf(cases, settings), {
    from: period.from,
    to: period.to,
    today,
    calendar: createCalendar({ division: settings.division }),
    ombudsman: settings.ombudsman,
    onInvalid: 'skip',
    landlordSections,
    ...(settings.homes ? { homes: settings.homes } : {}),
  });
}
