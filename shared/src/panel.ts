/**
 * @module @complaint-code/shared/panel
 *
 * What the team lead's side panel adds to the protocol: complaints harvested from a CRM list (queue)
 * page in one batch, and which adapter describes a list page.
 */
import { z } from 'zod';
import type { CrmAdapter } from './adapter.js';
import { safeTest } from './safe-pattern.js';
import { CaseFacts } from './case.js';
import { MAX_HARVESTED_ROWS, MAX_URL_LENGTH } from './limits.js';

const PageUrl = z.url({ protocol: /^https?$/ }).max(MAX_URL_LENGTH);

// Defined in the zod-free limits module so the content script can import it cheaply.
export { MAX_HARVESTED_ROWS, MAX_URL_LENGTH };

/**
 * One row of a CRM list page: the case page it links to and the facts the row shows.
 *
 * @example
 * HarvestedRow.parse({ url: 'https://crm.example/cases/CMP-1', facts: { reference: 'CMP-1', stage1ReceivedOn: '2026-11-02' } });
 */
export const HarvestedRow = z.strictObject({ url: PageUrl, facts: CaseFacts });
export type HarvestedRow = z.infer<typeof HarvestedRow>;

/**
 * The `cases/harvested` request: every readable row of a list page, sent once per page load.
 * Rows are checked one by one ({@link checkHarvestedRows}), not here: one bad row on a page (a link
 * over 2,000 characters, an impossible date) must cost that row, not the whole page.
 *
 * @example
 * CasesHarvested.parse({ type: 'cases/harvested', url: 'https://crm.example/', adapterId: 'acme', rows: [row] });
 */
export const CasesHarvested = z.strictObject({
  type: z.literal('cases/harvested'),
  url: PageUrl,
  adapterId: z.string().min(1),
  rows: z
    .array(z.custom<HarvestedRow>((value) => typeof value === 'object' && value !== null))
    .min(1, 'The list page had no rows')
    .max(MAX_HARVESTED_ROWS, `Send at most ${MAX_HARVESTED_ROWS} rows at once`),
});
export type CasesHarvested = z.infer<typeof CasesHarvested>;

/**
 * Splits a harvested batch into the rows that are valid and a count of those that are not, with
 * the first problem in words. Throws (a readable message) only when no row at all is valid.
 *
 * @example
 * checkHarvestedRows([goodRow, { url: 'https://crm.example/' + 'x'.repeat(3000), facts }]);
 * //=> { rows: [goodRow], rejected: 1, firstProblem: 'rows.1.url: Too big: …' }
 */
export function checkHarvestedRows(rows: readonly unknown[]): { rows: HarvestedRow[]; rejected: number; firstProblem?: string } {
  const valid: HarvestedRow[] = [];
  let firstProblem: string | undefined;
  rows.forEach((row, index) => {
    const parsed = HarvestedRow.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else firstProblem ??= parsed.error.issues.map((issue) => `${['rows', index, ...issue.path].join('.')}: ${issue.message}`).join('; ');
  });
  if (valid.length === 0) throw new Error(`Invalid message: ${firstProblem ?? 'rows: The list page had no rows'}`);
  return { rows: valid, rejected: rows.length - valid.length, ...(firstProblem !== undefined && { firstProblem }) };
}

/** What a harvest changed. */
export interface HarvestOutcome {
  added: number;
  updated: number;
  unchanged: number;
  /** Rows of the batch refused one by one (e.g. a link over 2,000 characters); the others were stored. */
  rejected?: number;
}

/**
 * Is `url` a list (queue) page for this adapter?
 *
 * @example
 * isListPage(new URL('http://localhost:4310/'), demoClassic); //=> true
 */
export function isListPage(url: URL, adapter: Pick<CrmAdapter, 'listPage' | 'origins'> & { template?: unknown }): boolean {
  if (!adapter.listPage || adapter.template) return false;
  if (adapter.origins && !adapter.origins.includes(url.origin)) return false;
  return safeTest(adapter.listPage.urlPattern, url.pathname + url.search + url.hash);
}

/**
 * The first adapter describing `url` as a list page (user adapters first, so they win).
 *
 * @example
 * findListAdapterFor(new URL(location.href), [...custom, ...builtinAdapters]);
 */
export function findListAdapterFor<A extends Pick<CrmAdapter, 'listPage' | 'origins'>>(url: URL, adapters: readonly A[]): A | undefined {
  return adapters.find((adapter) => isListPage(url, adapter));
}
