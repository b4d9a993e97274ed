/**
 * @module @complaint-code/shared/annual-report
 *
 * The parts of the annual complaints report (HO Code 2024 8.1 (c)–(f)) the landlord writes, kept in
 * the browser from year to year, keyed by the first day of the reporting period.
 */
import { IsoDate } from '@complaint-code/sdk';
import { z } from 'zod';

const part = z.string().max(20_000, 'Keep each section under 20,000 characters').optional();

/**
 * The landlord's own sections of one year's report.
 *
 * @example
 * AnnualReportSections.parse({ d: 'We now visit every damp report within 2 working days.' });
 */
export const AnnualReportSections = z.strictObject({ c: part, d: part, e: part, f: part });
export type AnnualReportSections = z.infer<typeof AnnualReportSections>;

/**
 * Every year's sections, by the period's first day (`'2026-04-01'`).
 *
 * @example
 * StoredAnnualReportSections.parse({ '2026-04-01': { c: 'None this year.' } });
 */
export const StoredAnnualReportSections = z.record(IsoDate, AnnualReportSections);
export type StoredAnnualReportSections = z.infer<typeof StoredAnnualReportSections>;

/**
 * The sections to start from for a period: its own, else the latest earlier year's (carried forward for
 * the landlord to update), else none.
 *
 * @example
 * sectionsForPeriod({ '2025-04-01': { d: 'Old text' } }, '2026-04-01'); //=> { d: 'Old text' }
 */
export function sectionsForPeriod(stored: StoredAnnualReportSections, from: IsoDate): AnnualReportSections {
  const own = stored[from];
  if (own) return own;
  const earlier = Object.keys(stored).filter((key) => key < from).sort();
  const latest = earlier.at(-1);
  return latest === undefined ? {} : (stored[latest] ?? {});
}
