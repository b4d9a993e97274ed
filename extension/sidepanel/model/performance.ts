/**
 * @module extension/sidepanel/model/performance
 *
 * The Code performance figures (CH01, CH02) for a period, with the SDK's own report over every
 * tracked case whose facts make a complaint record.
 */
import { codePerformance, createCalendar, type CodePerformanceReport, type ComplaintRecordInput } from '@complaint-code/sdk';
import type { Settings, TrackedCase } from '@complaint-code/shared';
import { factsToRecord } from '../../data/index.js';

/**
 * The financial year (1 April – 31 March) that `today` falls in.
 *
 * @example
 * financialYearOf('2026-11-24'); //=> { from: '2026-04-01', to: '2027-03-31' }
 */
export function financialYearOf(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const start = today.slice(5) >= '04-01' ? year : year - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/**
 * @example
 * performanceFor(cases, settings, { from: '2026-04-01', to: '2027-03-31' }, '2026-11-24').ch02.stage1; //=> 0.8
 */
export function performanceFor(cases: readonly TrackedCase[], settings: Settings, period: { from: string; to: string }, today: string): CodePerformanceReport {
  const records: ComplaintRecordInput[] = [];
  for (const tracked of cases) {
    const built = factsToRecord(tracked.facts, tracked.corrections, settings);
    if (built.ok) records.push(built.record);
  }
  return codePerformance(records, {
    period,
    today,
    calendar: createCalendar({ division: settings.division }),
    ombudsman: settings.ombudsman,
    onInvalid: 'skip',
    ...(settings.homes ? { homes: settings.homes } : {}),
  });
}
