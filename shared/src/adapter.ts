/**
 * @module @complaint-code/shared/adapter
 *
 * A CRM adapter is data, not code: it tells the extension where a CRM shows each fact of a
 * complaint. Admins build one in the options page (or with the element picker), export it as JSON
 * and hand it to their whole team. Nothing here runs page code: selectors and labels only.
 */
import { z } from 'zod';
import { EditorLocator } from './adapter-editor.js';
import { caseFactNames } from './fact-names.js';

/** Does `value` compile as a regular expression? Adapters come from JSON files, so check it here. */
function isRegExpSource(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A regular expression (the source, without slashes or flags, matched case-insensitively) tested
 * against the page URL's `pathname + search + hash`, e.g. `^/cases/\d+` or `[?&]etn=incident\b`.
 * Why not `URLPattern`: Firefox only gained it in 2025, and CRMs often put the case id in the query.
 *
 * @example
 * UrlPattern.parse('^/complaints/[A-Z0-9-]+$'); //=> '^/complaints/[A-Z0-9-]+$'
 */
export const UrlPattern = z
  .string()
  .min(1, 'Give a URL pattern, e.g. ^/cases/\\d+')
  .refine(isRegExpSource, { error: (issue) => `${String(issue.input)} is not a valid regular expression` });
export type UrlPattern = z.infer<typeof UrlPattern>;

/** A CSS selector, checked for syntax only where a DOM is available (the reader reports bad ones). */
const CssSelector = z.string().trim().min(1, 'Give a CSS selector');

/**
 * Where one fact is on the page. Either:
 * - `{ selector }`: the first element matching the CSS selector; its value is the element's
 *   `attribute` if given (e.g. `datetime` on a `<time>`), else a form control's value, else its text.
 * - `{ label }`: the value shown beside a label, e.g. "the value beside 'Date received'". The label
 *   matches an element whose own text equals it (case and spacing ignored, a trailing ":" ignored);
 *   the value is the `<label for>` control, the `<dd>` after a `<dt>`, the `<td>` after a `<th>`, or
 *   else the next element. `within` limits the search to a CSS selector (a panel or a tab).
 *
 * @example
 * FieldLocator.parse({ selector: '#received-date' });
 * FieldLocator.parse({ label: 'Date received', within: '.case-summary' });
 */
export const FieldLocator = z.union([
  z.strictObject({ selector: CssSelector, attribute: z.string().min(1).optional() }),
  z.strictObject({ label: z.string().trim().min(1, 'Give the label text'), within: CssSelector.optional() }),
]);
export type FieldLocator = z.infer<typeof FieldLocator>;

/** The facts an adapter can read (see {@link caseFactNames}). */
export const CaseFactName = z.enum(caseFactNames);
export type CaseFactName = z.infer<typeof CaseFactName>;

/**
 * Where each fact is. `reference` and `stage1ReceivedOn` are required: without them there is no
 * deadline to show. A field left out is "this CRM does not show it" (the officer can correct it
 * in the overlay); a field given but missing from the page is a problem the overlay reports.
 */
export const AdapterFields = z.strictObject({
  reference: FieldLocator,
  stage: FieldLocator.optional(),
  stage1ReceivedOn: FieldLocator,
  stage1AcknowledgedOn: FieldLocator.optional(),
  stage1RespondedOn: FieldLocator.optional(),
  stage2RequestedOn: FieldLocator.optional(),
  stage2AcknowledgedOn: FieldLocator.optional(),
  stage2RespondedOn: FieldLocator.optional(),
  handler: FieldLocator.optional(),
  residentName: FieldLocator.optional(),
});
export type AdapterFields = z.infer<typeof AdapterFields>;

/**
 * A CRM adapter, version 1.
 *
 * - `id`: lower-case slug, unique among the user's adapters (`demo-classic`).
 * - `origins`: the CRM origins it is for (`https://crm.council.example`); when absent it applies on
 *   any origin the user has granted.
 * - `casePage.urlPattern`: which pages are complaint case pages (see {@link UrlPattern}).
 * - `listPage`: optional list of cases; each `row` holds `fields` located inside the row.
 * - `header`: where the badge goes (inserted after this element); defaults to beside `fields.reference`.
 * - `editor`: the reply editor (for draft checks in a later release).
 *
 * @example
 * CrmAdapter.parse({
 *   id: 'acme', name: 'Acme CRM', version: 1,
 *   casePage: { urlPattern: '^/cases/\\d+' },
 *   header: { selector: 'h1' },
 *   fields: { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Date received' } },
 * });
 */
export const CrmAdapter = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Use lower-case letters, digits and hyphens for the adapter id'),
  name: z.string().trim().min(1, 'Give the adapter a name').max(100),
  version: z.literal(1),
  description: z.string().max(500).optional(),
  origins: z
    .array(
      z.url({ protocol: /^https?$/, error: 'Origins look like https://crm.example.org' }).transform((u) => new URL(u).origin),
    )
    .optional(),
  casePage: z.strictObject({ urlPattern: UrlPattern }),
  listPage: z
    .strictObject({
      urlPattern: UrlPattern,
      row: CssSelector,
      fields: AdapterFields.partial(),
    })
    .optional(),
  header: FieldLocator.optional(),
  fields: AdapterFields,
  editor: EditorLocator.optional(),
});
export type CrmAdapter = z.infer<typeof CrmAdapter>;
/** An adapter as written in JSON, before defaults and transforms. */
export type CrmAdapterInput = z.input<typeof CrmAdapter>;

/**
 * Is `url` a case page for this adapter? Pure, so tests feed plain URLs.
 *
 * @example
 * isCasePage(new URL('https://crm.example/cases/42'), adapter); //=> true
 */
export function isCasePage(url: URL, adapter: Pick<CrmAdapter, 'casePage' | 'origins'>): boolean {
  if (adapter.origins && !adapter.origins.includes(url.origin)) return false;
  return new RegExp(adapter.casePage.urlPattern, 'i').test(url.pathname + url.search + url.hash);
}

/**
 * The first adapter whose case page matches `url` (user adapters are passed first, so they win).
 *
 * @example
 * findAdapterFor(new URL(location.href), [...custom, ...builtinAdapters]);
 */
export function findAdapterFor<A extends Pick<CrmAdapter, 'casePage' | 'origins'>>(
  url: URL,
  adapters: readonly A[],
): A | undefined {
  return adapters.find((adapter) => isCasePage(url, adapter));
}
