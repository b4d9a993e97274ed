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
import { MAX_HARVESTED_ROWS } from './limits.js';

const PageUrl = z.url({ protocol: /^https?$/ }).max(2000);

// Defined in the zod-free limits module so the content script can import it cheaply.
export { MAX_HARVESTED_ROWS };

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
 *
 * @example
 * CasesHarvested.parse({ type: 'cases/harvested', url: 'https://crm.example/', adapterId: 'acme', rows: [row] });
 */
export const CasesHarvested = z.strictObject({
  type: z.literal('cases/harvested'),
  url: PageUrl,
  adapterId: z.string().min(1),
  rows: z.array(HarvestedRow).min(1, 'The list page had no rows').max(MAX_HARVESTED_ROWS, `Send at most ${MAX_HARVESTED_ROWS} rows at once`),
});
export type CasesHarvested = z.infer<typeof CasesHarvested>;

/** What a harvest changed. */
export interface HarvestOutcome {
  added: number;
  updated: number;
  unchanged: number;
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
