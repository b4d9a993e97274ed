import { describe, expect, it } from 'vitest';
import { AnnualReportSections, sectionsForPeriod, StoredAnnualReportSections } from './annual-report.js';
import { CaseCorrections } from './case.js';

describe('annual report sections', () => {
  it('carries the latest earlier year forward; a year’s own text wins', () => {
    const stored = { '2024-04-01': { d: 'Oldest' }, '2025-04-01': { d: 'Last year' } };
    expect(sectionsForPeriod(stored, '2026-04-01')).toEqual({ d: 'Last year' });
    expect(sectionsForPeriod({ ...stored, '2026-04-01': { c: 'This year' } }, '2026-04-01')).toEqual({ c: 'This year' });
    expect(sectionsForPeriod(stored, '2023-04-01')).toEqual({});
  });

  it('refuses unknown parts and bad keys', () => {
    expect(AnnualReportSections.safeParse({ g: 'x' }).success).toBe(false);
    expect(StoredAnnualReportSections.safeParse({ 'not-a-date': {} }).success).toBe(false);
  });
});

describe('CaseCorrections.evidence', () => {
  it('stores what the officer records about outcomes, remedies, keeping informed and refusals', () => {
    const parsed = CaseCorrections.parse({ evidence: { category: ' Repairs ', stage1: { outcome: 'Upheld' }, remedies: [{ action: 'Fix leak', dueOn: '2027-02-01' }], keepInformed: { agreedOn: '2027-01-20', intervalDays: 7 } } });
    expect(parsed.evidence).toEqual({ category: 'Repairs', stage1: { outcome: 'Upheld' }, remedies: [{ action: 'Fix leak', dueOn: '2027-02-01' }], keepInformed: { agreedOn: '2027-01-20', intervalDays: 7, updatesSentOn: [] } });
    expect(CaseCorrections.safeParse({ evidence: { remedies: [{ action: 'x', dueOn: '2027-02-30' }] } }).error?.issues[0]?.path).toEqual(['evidence', 'remedies', 0, 'dueOn']);
  });
});
