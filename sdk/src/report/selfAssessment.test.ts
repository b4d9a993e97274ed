import { describe, expect, it } from 'vitest';
import { annualReportRecords } from './fixtures/annualReportRecords.js';
import { selfAssessment } from './selfAssessment.js';

describe('selfAssessment (hand-worked year, see fixtures/annualReportRecords.ts)', () => {
  const table = selfAssessment(annualReportRecords, { from: '2026-04-01', to: '2027-03-31', today: '2027-04-10' });
  const row = (ref: string) => table.measured.find((entry) => entry.refs.includes(ref));
  const summary = (ref: string) => {
    const entry = row(ref);
    return entry && [entry.applicable, entry.compliant, entry.nonCompliantCases];
  };

  it('measures each provision the data can speak to, with the cases behind it', () => {
    expect(summary('6.2')).toEqual([6, 4, ['A-2', 'A-4']]);
    expect(row('6.2')?.compliantCases).toEqual(['A-1', 'A-3', 'A-7', 'A-8']);
    expect(row('6.2')?.share).toBeCloseTo(4 / 6);
    expect(summary('6.3')).toEqual([4, 4, []]);
    expect(summary('6.4')).toEqual([1, 1, []]);
    expect(summary('6.11')).toEqual([1, 1, []]);
    expect(summary('6.14')).toEqual([1, 1, []]);
    expect(summary('6.15')).toEqual([0, 0, []]);
    expect(row('6.15')?.share).toBeUndefined();
    expect(summary('6.13')).toEqual([1, 1, []]);
    expect(summary('5.9')).toEqual([2, 0, ['A-3', 'A-4']]);
    expect(summary('2.4')).toEqual([1, 1, []]);
    expect(summary('2.3')).toEqual([0, 0, []]);
    expect(summary('5.11')).toEqual([1, 0, ['A-7']]);
    expect(summary('6.7')).toEqual([1, 1, []]);
    expect(summary('7.3')).toEqual([2, 1, ['A-2']]);
  });

  it('quotes the Code and lists the rest as not measurable from case data', () => {
    expect(row('6.2')?.text).toBe('Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.');
    expect(table.notMeasurable).toHaveLength(72 - 17);
    expect(table.notMeasurable).toEqual(expect.arrayContaining(['1.2', '3.1', '5.6', '6.5', '6.16', '7.4', '8.1', '9.8']));
    expect(table.notMeasurable).not.toContain('6.2');
  });
});
