import { describe, expect, it } from 'vitest';
import type { ComplaintRecordInput } from '../timeline/ComplaintRecord.js';
import { InvalidComplaintError } from '../timeline/InvalidComplaintError.js';
import { codePerformance } from './codePerformance.js';
import { createCodePerformanceAccumulator } from './createCodePerformanceAccumulator.js';

const period = { from: '2026-04-01', to: '2027-03-31' };

// Stage 1 received Mon 2 Nov 2026 and acknowledged that day: due Mon 16 Nov, extendable to Mon 30 Nov.
const complaint = (reference: string, stage1: Partial<ComplaintRecordInput['stage1']>, stage2?: ComplaintRecordInput['stage2']): ComplaintRecordInput => ({
  reference,
  stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-02', ...stage1 },
  ...(stage2 && { stage2 }),
});

const records: ComplaintRecordInput[] = [
  complaint('on-time', { respondedOn: '2026-11-16' }),
  complaint('late', { respondedOn: '2026-11-17' }),
  complaint('extended', { respondedOn: '2026-11-25', extensions: [{ notifiedOn: '2026-11-10', newDueOn: '2026-11-27', reason: 'Survey' }] }),
  complaint('late-extension', { respondedOn: '2026-11-25', extensions: [{ notifiedOn: '2026-11-20', newDueOn: '2026-11-27', reason: 'Too late' }] }),
  complaint('open', {}),
  complaint('before-period', { receivedOn: '2026-03-02', acknowledgedOn: '2026-03-02', respondedOn: '2026-03-10' }),
  complaint(
    'stage2',
    { respondedOn: '2026-11-10' },
    { requestedOn: '2026-11-20', acknowledgedOn: '2026-11-23', respondedOn: '2026-12-30' }, // due Mon 21 Dec: late
  ),
];

describe('codePerformance', () => {
  it('computes CH01 and CH02 per stage, counting Code-compliant extensions as in time', () => {
    const report = codePerformance(records, { period, homes: 2000, today: '2027-04-30' });
    expect(report.stage1).toEqual({
      received: 6,
      responded: 5,
      respondedInTime: 3,
      respondedLate: 2,
      extended: 1,
      inTimeThanksToExtension: 1,
      openAtEnd: 1,
      overdueAtEnd: 1,
    });
    expect(report.stage2).toMatchObject({ received: 1, responded: 1, respondedInTime: 0, respondedLate: 1 });
    expect(report.ch01).toEqual({ stage1: 3, stage2: 0.5 });
    expect(report.ch02).toEqual({ stage1: 0.6, stage2: 0 });
    expect(report.extensionsUsed).toBe(1);
    expect(report.records).toBe(7);
    expect(report.method.join(' ')).toContain('A response within an extension the Code allows counts as within Code timescales');
  });

  it('can count extensions as not in time', () => {
    const report = codePerformance(records, { period, today: '2027-04-30', extensionsCountAsInTime: false });
    expect(report.ch02.stage1).toBe(0.4);
    expect(report.ch01).toEqual({});
    expect(report.method.join(' ')).toContain('Extensions are not counted');
  });

  it('gives a weekly series of responses, Monday first, covering the whole period', () => {
    const report = codePerformance(records, { period, today: '2027-04-30' });
    expect(report.weekly[0]?.weekStarting).toBe('2026-03-30');
    expect(report.weekly.at(-1)?.weekStarting).toBe('2027-03-29');
    const week = (monday: string) => report.weekly.find((w) => w.weekStarting === monday);
    expect(week('2026-11-09')).toMatchObject({ onTime: 1, late: 0, stage1OnTime: 1 });
    expect(week('2026-11-16')).toMatchObject({ onTime: 1, late: 1 });
    expect(week('2026-11-23')).toMatchObject({ onTime: 1, late: 1 });
    expect(week('2026-12-28')).toMatchObject({ onTime: 0, late: 1, stage2Late: 1 });
    const total = report.weekly.reduce((sum, w) => sum + w.onTime + w.late, 0);
    expect(total).toBe(report.stage1.responded + report.stage2.responded);
  });

  it('judges open complaints at today when the period has not ended', () => {
    const report = codePerformance([complaint('open', {})], { period, today: '2026-11-10' });
    expect(report.stage1).toMatchObject({ openAtEnd: 1, overdueAtEnd: 0 });
    expect(report.method.at(-1)).toBe('Open complaints are judged as at 2026-11-10.');
  });

  it('throws on an invalid record by default, or skips and counts it', () => {
    const bad = { reference: 'bad', stage1: { receivedOn: '2026-02-30' } } as ComplaintRecordInput;
    expect(() => codePerformance([bad], { period, today: '2027-04-30' })).toThrow(InvalidComplaintError);
    const report = codePerformance([bad, records[0] as ComplaintRecordInput], { period, today: '2027-04-30', onInvalid: 'skip' });
    expect([report.records, report.skipped, report.stage1.responded]).toEqual([1, 1, 1]);
    const beyond = complaint('2035', { receivedOn: '2035-01-02', acknowledgedOn: undefined });
    expect(codePerformance([beyond], { period, today: '2027-04-30', onInvalid: 'skip' }).skipped).toBe(1);
  });

  it('rejects a bad period or homes', () => {
    expect(() => createCodePerformanceAccumulator({ period: { from: '2027-04-01', to: '2026-03-31' } })).toThrow(/ends \(2026-03-31\) before it starts/);
    expect(() => createCodePerformanceAccumulator({ period: { from: '2026-04-31', to: '2027-03-31' } })).toThrow(/not a real date/);
    expect(() => createCodePerformanceAccumulator({ period, homes: 0 })).toThrow(/homes must be a positive number/);
  });

  it('streams: records added one at a time, read part-way and at the end, give the hand-counted figures', () => {
    const accumulator = createCodePerformanceAccumulator({ period, homes: 2000, today: '2027-04-30' });
    for (const record of records.slice(0, 4)) accumulator.add(record);
    // on-time (16 Nov), late (17 Nov), extended (25 Nov within the 27 Nov extension), late-extension
    // (notified 20 Nov, after the 16 Nov deadline, so it does not count; answered 25 Nov: late).
    const partWay = accumulator.result();
    expect(partWay.stage1).toEqual({
      received: 4, responded: 4, respondedInTime: 2, respondedLate: 2, extended: 1, inTimeThanksToExtension: 1, openAtEnd: 0, overdueAtEnd: 0,
    });
    expect(partWay.ch01).toEqual({ stage1: 2, stage2: 0 });
    expect(partWay.ch02).toEqual({ stage1: 0.5 });
    expect(partWay.records).toBe(4);

    for (const record of records.slice(4)) accumulator.add(record);
    const end = accumulator.result();
    expect(end.stage1).toMatchObject({ received: 6, responded: 5, respondedInTime: 3, respondedLate: 2, openAtEnd: 1, overdueAtEnd: 1 });
    expect(end.ch01).toEqual({ stage1: 3, stage2: 0.5 });
    expect(end.ch02).toEqual({ stage1: 0.6, stage2: 0 });
    expect(end.records).toBe(7);
  });
});
