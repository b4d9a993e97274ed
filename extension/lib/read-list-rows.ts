/**
 * @module extension/lib/read-list-rows
 *
 * Read every complaint a CRM list (queue) page shows, with the adapter's `listPage`: one entry per
 * row whose reference can be read. Pure DOM reads, so tests feed happy-dom fixtures.
 */
import { type CaseFactName, type CaseFacts, type CrmAdapter, type FieldLocator, type HarvestedRow } from '@complaint-code/shared';
import { valueOf } from './locate-field.js';
import { readFieldValue } from './read-field-value.js';

/** What the rows gave, and how many rows could not be read (no reference, or a link-less row on another origin). */
export interface ListReading {
  rows: HarvestedRow[];
  skipped: number;
}

function locateInRow(row: Element, locator: FieldLocator): Element | null {
  try {
    if ('selector' in locator) {
      const scope = locator.within ? row.querySelector(locator.within) : row;
      return scope?.querySelector(locator.selector) ?? null;
    }
  } catch {
    return null; // a bad selector reads as "not shown"; the options page checks selectors
  }
  return null; // label locators describe case pages; list rows are read by selector
}

/** The case page a row links to: the reference's own link, else the row's first link. */
function caseUrl(row: Element, referenceElement: Element | null, base: string): string | undefined {
  const link = referenceElement?.closest('a[href]') ?? referenceElement?.querySelector('a[href]') ?? row.querySelector('a[href]');
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/**
 * @example
 * readListRows(document, demoClassic, location.href);
 * //=> { rows: [{ url: 'http://localhost:4310/cases/HC-2026-0412', facts: { reference: 'HC-2026-0412', stage: 1, … } }], skipped: 0 }
 */
export function readListRows(doc: Document, adapter: CrmAdapter, pageUrl: string): ListReading {
  const listPage = adapter.listPage;
  if (!listPage) return { rows: [], skipped: 0 };
  let elements: Element[];
  try {
    elements = [...doc.querySelectorAll(listPage.row)];
  } catch {
    return { rows: [], skipped: 0 };
  }
  const origin = new URL(pageUrl).origin;
  const rows: HarvestedRow[] = [];
  let skipped = 0;
  for (const row of elements) {
    const referenceLocator = listPage.fields.reference;
    const referenceElement = referenceLocator ? locateInRow(row, referenceLocator) : null;
    const referenceRead =
      referenceElement && referenceLocator
        ? readFieldValue('reference', referenceLocator, referenceElement, valueOf(referenceElement, referenceLocator.attribute, referenceLocator.read))
        : undefined;
    const reference = referenceRead?.ok === true ? String(referenceRead.value) : '';
    const url = caseUrl(row, referenceElement, pageUrl) ?? pageUrl;
    if (!reference || new URL(url).origin !== origin) {
      skipped += 1;
      continue;
    }
    const facts: Record<string, unknown> = { reference };
    for (const [name, locator] of Object.entries(listPage.fields) as [CaseFactName, FieldLocator | undefined][]) {
      if (!locator || name === 'reference') continue;
      const element = locateInRow(row, locator);
      if (!element) continue;
      const read = readFieldValue(name, locator, element, valueOf(element, locator.attribute, locator.read));
      // An unreadable value is left out, never guessed: the case page reports it with a fix.
      if (read.ok === true) facts[name] = read.value;
    }
    rows.push({ url, facts: facts as CaseFacts });
  }
  return { rows, skipped };
}
