/**
 * @module extension/lib/annual-sections-item
 *
 * The landlord's own sections of the annual report (8.1 (c)–(f)), by period, in `browser.storage.local`:
 * kept from year to year so last year's text is the start of this year's.
 */
import { StoredAnnualReportSections, type AnnualReportSections } from '@complaint-code/shared';
import { storage } from 'wxt/utils/storage';

/** Version 1 is the first shipped shape. */
export const annualSectionsItem = storage.defineItem<StoredAnnualReportSections>('local:annualReportSections', { fallback: {}, version: 1, migrations: {} });

/**
 * Every year's sections; a stored value that no longer parses reads as none (never throws).
 *
 * @example
 * const stored = await loadAnnualSections();
 */
export async function loadAnnualSections(): Promise<StoredAnnualReportSections> {
  const parsed = StoredAnnualReportSections.safeParse(await annualSectionsItem.getValue());
  return parsed.success ? parsed.data : {};
}

/**
 * Saves one period's sections, keeping every other year's.
 *
 * @example
 * await saveAnnualSections('2026-04-01', { d: 'Damp visits within 2 days' });
 */
export async function saveAnnualSections(from: string, sections: AnnualReportSections): Promise<StoredAnnualReportSections> {
  const stored = await loadAnnualSections();
  const next = StoredAnnualReportSections.parse({ ...stored, [from]: sections });
  await annualSectionsItem.setValue(next);
  return next;
}
