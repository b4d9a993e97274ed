import { describe, expect, it } from 'vitest';
import { annualReport } from './annualReport.js';
import { createAnnualReportAccumulator } from './createAnnualReportAccumulator.js';
import { annualReportRecords } from './fixtures/annualReportRecords.js';

const options = { from: '2026-04-01', to: '2027-03-31', homes: 1000, today: '2027-04-10' };

describe('annualReport (hand-worked year, see fixtures/annualReportRecords.ts)', () => {
  const report = annualReport(annualReportRecords, options);

  it('stage 1: received, acknowledged within 5 working days, responded within timescales and extensions', () => {
    expect(report.stage1).toEqual({
      received: 6, acknowledgedOnTime: 4, acknowledgedLate: 1, acknowledgementNotRecorded: 1, acknowledgementOverdue: 0,
      responded: 4, respondedOnTime: 4, respondedWithinExtension: 1, respondedLate: 0,
      extensions: { total: 1, withinCap: 0, beyondCapWithGoodReason: 1, beyondCap: 0, notifiedLate: 0, withoutReason: 0 },
      openAtEnd: 2, overdueAtEnd: 1,
    });
    expect(report.stage2).toMatchObject({ received: 1, acknowledgedOnTime: 1, responded: 1, respondedOnTime: 1, openAtEnd: 0 });
  });

  it('refusals by reason and by category (8.1(b))', () => {
    expect(report.refusals).toEqual({
      total: 2, toAccept: 1, toEscalate: 1,
      byReason: { 'over-12-months': 0, 'legal-proceedings': 1, 'previously-considered': 0, 'not-a-complaint': 0, other: 1 },
      byCategory: { Repairs: 1 }, notExplained: 1,
    });
  });

  it('outcomes, points and categories', () => {
    expect(report.outcomes.stage1).toEqual({ upheld: 1, 'partly-upheld': 1, 'not-upheld': 1, resolved: 1, withdrawn: 0, other: 0, notRecorded: 0 });
    expect(report.outcomes.stage2).toMatchObject({ 'not-upheld': 1 });
    expect(report.outcomes.points).toMatchObject({ upheld: 1, 'partly-upheld': 1 });
    expect(report.categories).toEqual({ Repairs: 2, 'Damp and mould': 1, 'Anti-social behaviour': 1, 'Not recorded': 1, 'Staff conduct': 1 });
  });

  it('remedies, keeping informed, good reasons', () => {
    expect(report.remedies).toEqual({ due: 2, completedOnTime: 1, completedLate: 0, overdue: 1, notYetDue: 0, withoutDueDate: 1 });
    expect(report.keepInformed).toEqual({ intervalsAgreed: 1, casesWithMissedUpdates: 1 });
    expect(report.goodReasons).toEqual([{ reference: 'A-3', stage: 1, notifiedOn: '2027-02-18', newDueOn: '2027-03-15', reason: 'Specialist damp survey' }]);
  });

  it('findings by provision', () => {
    // A-2's response stands in for its unrecorded acknowledgement, which is then late too (6.2).
    expect(report.findings.total).toBe(11);
    expect(report.findings.byProvision.map((entry) => [entry.cite, entry.count, entry.cases])).toEqual([
      ['HO Code 2024 6.2', 3, 2],
      ['HO Code 2024 5.9', 2, 2],
      ['HO Code 2024 5.11', 2, 1],
      ['HO Code 2024 7.3', 2, 2],
      ['HO Code 2024 6.3', 1, 1],
      ['HO Code 2024 6.4', 1, 1],
    ]);
  });

  it('CH01, CH02 and the strict reading of CH02', () => {
    expect(report.ch01).toEqual({ stage1: 6, stage2: 1 });
    expect(report.ch02).toEqual({ stage1: 1, stage2: 1, strict: { stage1: 0.75, stage2: 1 }, acknowledgementNotRecorded: 1 });
  });

  it('every line cites a provision', () => {
    expect(report.lines.length).toBeGreaterThan(40);
    for (const line of report.lines) expect(line.cite).toMatch(/HO Code 2024 \d|RSH TSM CH0[12]/);
    expect(report.lines).toContainEqual({ section: 'Stage 1', label: 'Acknowledged within 5 working days', value: '4', cite: 'HO Code 2024 6.2' });
  });

  it('counts an acknowledgement still not sent past its deadline', () => {
    // Received Mon 1 Mar 2027: acknowledgement due Mon 8 Mar; nothing sent by 31 Mar.
    const late = annualReport([{ reference: 'Z-1', stage1: { receivedOn: '2027-03-01' } }], options);
    expect(late.stage1).toMatchObject({ received: 1, acknowledgedOnTime: 0, acknowledgementOverdue: 1, openAtEnd: 1, overdueAtEnd: 1 });
  });

  it('keeps the landlord’s 8.1 (c)–(f) sections as given', () => {
    const withSections = annualReport([], { ...options, landlordSections: { d: 'Damp visits within 2 days' } });
    expect(withSections.landlordSections).toEqual({ d: 'Damp visits within 2 days' });
    expect(withSections.stage1.received).toBe(0);
    expect(withSections.ch02).toEqual({ strict: {}, acknowledgementNotRecorded: 0 });
  });

  it('streams: the accumulator gives the same result record by record, and skips bad records when asked', () => {
    const accumulator = createAnnualReportAccumulator({ ...options, onInvalid: 'skip' });
    for (const record of annualReportRecords) accumulator.add(record);
    accumulator.add({ reference: 'BAD', stage1: { receivedOn: '2027-02-30' } });
    const streamed = accumulator.result();
    expect(streamed.skipped).toBe(1);
    expect({ ...streamed, skipped: 0 }).toEqual(report);
    expect(() => annualReport([{ reference: 'BAD', stage1: { receivedOn: '2027-02-30' } }], options)).toThrow('2027-02-30 is not a real date');
  });
});
