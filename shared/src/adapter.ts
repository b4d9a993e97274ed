/**
 * @module @complaint-code/shared/adapter
 *
 * A CRM adapter is data, not code: it tells the extension where a CRM shows each fact of a
 * complaint. Admins build one in the options page (or with the element picker), export it as JSON
 * and hand it to their whole team. Nothing here runs page code: selectors and labels only.
 */
import { z } from 'zod';
import { EditorLocator } from './adapter-editor.js';
import { compileDateFormat } from '@complaint-code/sdk';
import { caseFactNames, shapeOf } from './fact-names.js';
import { compileSafePattern, safeTest } from './safe-pattern.js';

/**
 * A pattern (the source, without slashes or flags, matched case-insensitively) tested against the
 * page URL's `pathname + search + hash`, e.g. `^/cases/\d+` or `[?&]etn=incident\b`. Written in the
 * safe pattern language (see `safe-pattern.ts`): JavaScript regular-expression syntax without
 * look-around or back-references, matched in linear time, so a bad file cannot freeze the browser.
 * Why not `URLPattern`: Firefox only gained it in 2025, and CRMs often put the case id in the query.
 *
 * @example
 * UrlPattern.parse('^/complaints/[A-Z0-9-]+$'); //=> '^/complaints/[A-Z0-9-]+$'
 * UrlPattern.safeParse('^/x/(?=a)').success; //=> false ("look-ahead … cannot be matched safely")
 */
export const UrlPattern = z
  .string()
  .min(1, 'Give a URL pattern, e.g. ^/cases/\\d+')
  .max(1000, 'A URL pattern is at most 1,000 characters')
  .superRefine((value, ctx) => {
    const compiled = compileSafePattern(value);
    if (!compiled.ok) ctx.addIssue({ code: 'custom', message: `${value} is not an allowed pattern: ${compiled.message}` });
  });
export type UrlPattern = z.infer<typeof UrlPattern>;

/**
 * A value pattern: the part of a field's text to keep, as the pattern's one capture group, e.g.
 * `Complaint:\s*(\d+)` keeps `10000412` from "Complaint: 10000412", `^([^,]+)` keeps the name from
 * "Ms A Resident, 12 High Street". Same safe language as {@link UrlPattern}; text that does not
 * match is a problem for that field.
 *
 * @example
 * ValuePattern.parse('Raised:\\s*(.+)');
 */
export const ValuePattern = z
  .string()
  .min(1)
  .max(500, 'A value pattern is at most 500 characters')
  .superRefine((value, ctx) => {
    const compiled = compileSafePattern(value);
    if (!compiled.ok) ctx.addIssue({ code: 'custom', message: `${value} is not an allowed pattern: ${compiled.message}` });
    else if (compiled.pattern.groups !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `${value} has ${compiled.pattern.groups} capture groups; give exactly one ( ) around the part to keep, and use (?: ) for other groups`,
      });
    }
  });

/**
 * A date format the field shows, e.g. `d/M/yyyy`, `yyyy-MM-dd HH:mm`, `MMM d, yyyy HH:mm`,
 * `dd-MMM-yyyy`, `EEEE d MMMM yyyy`, or `iso` (see `compileDateFormat` in `@complaint-code/sdk/words` for the tokens). Month-first
 * dates like `03/04/2026` are read month first only with `M/d/yyyy` declared.
 *
 * @example
 * DateFormatPattern.parse('MMM d, yyyy HH:mm');
 */
export const DateFormatPattern = z
  .string()
  .trim()
  .min(1, 'Give a date format, e.g. d/M/yyyy')
  .max(60)
  .superRefine((value, ctx) => {
    const compiled = compileDateFormat(value);
    if (!compiled.ok) ctx.addIssue({ code: 'custom', message: compiled.message });
  });

/** A CSS selector, checked for syntax only where a DOM is available (the reader reports bad ones). */
const CssSelector = z.string().trim().min(1, 'Give a CSS selector');

/** Where a field's value lives in the element found. */
export const ValueSource = z.enum(['auto', 'text', 'attribute', 'value', 'selected-option']);
export type ValueSource = z.infer<typeof ValueSource>;

/** Which side of its label a value is: `auto` detects it and reports a problem when unsure. */
export const LabelDirection = z.enum(['auto', 'label-then-value', 'value-then-label']);
export type LabelDirection = z.infer<typeof LabelDirection>;

/** Options every locator takes, whether it finds the element by selector or by label. */
interface LocatorOptions {
  /** Search only inside the first element matching this CSS selector (a panel, a section). */
  within?: string | undefined;
  /** Where the value lives: `auto` (default: a control's value, a select's chosen option, a `<time datetime>`, else the text). */
  read?: ValueSource | undefined;
  /** The attribute holding the value (with `read: 'attribute'`; giving `attribute` alone implies it). */
  attribute?: string | undefined;
  /** Keep only the pattern's capture group (see {@link ValuePattern}). */
  pattern?: string | undefined;
  /** The date formats this field shows, tried in order (date fields only). */
  dateFormats?: string[] | undefined;
  /** Not a problem when the page does not show this field. */
  optional?: boolean | undefined;
  /** Extra words meaning "no value" (besides "", "-", "—Empty—", "---", "N/A", …). */
  emptyMarkers?: string[] | undefined;
}
/** Find the element by CSS selector. */
export interface SelectorLocator extends LocatorOptions {
  selector: string;
}
/** Find the element beside a label. */
export interface LabelLocator extends LocatorOptions {
  label: string;
  /** Is the value after its label (forms, tables) or before it (Dynamics header tiles)? Default `auto`. */
  labelDirection?: LabelDirection | undefined;
}

/**
 * Where one fact is on the page (adapter format v2). Give exactly one of:
 * - `selector`: the first element matching the CSS selector (inside `within` if given);
 * - `label`: the value beside a label. The label matches an element whose own text equals it
 *   (case and spacing ignored, a trailing ":" or "*" ignored). The value is the `<label for>`
 *   control wherever it is on the page (also a hidden input holding the real date), the `<dd>` after
 *   a `<dt>`, the `<td>` after a `<th>`, else the element after the label (`label-then-value`) or
 *   before it (`value-then-label`, as in Dynamics 365 header tiles). With `auto`, a label whose
 *   neighbours on both sides could be the value is a problem for that field, never a guess.
 *
 * Then: `read` + `attribute` say where the value lives, `pattern` keeps part of it, `dateFormats`
 * say how its date is written, `optional` and `emptyMarkers` say when "nothing" is fine.
 *
 * @example
 * FieldLocator.parse({ selector: '#received-date' });
 * FieldLocator.parse({ label: 'Date received', within: '.case-summary' });
 * FieldLocator.parse({ selector: 'time.created', attribute: 'datetime', dateFormats: ['iso'] });
 * FieldLocator.parse({ label: 'Case Number', labelDirection: 'value-then-label', within: '[id^="headerControlsList_"]' });
 * FieldLocator.parse({ selector: '.summary', pattern: 'Complaint:\\s*(\\d+)' });
 * FieldLocator.parse({ label: 'Date received', dateFormats: ['M/d/yyyy h:mm a'], optional: true });
 */
export const FieldLocator = z
  .strictObject({
    selector: CssSelector.optional(),
    label: z.string().trim().min(1, 'Give the label text').max(200).optional(),
    labelDirection: LabelDirection.optional(),
    within: CssSelector.optional(),
    read: ValueSource.optional(),
    attribute: z
      .string()
      .trim()
      .regex(/^[a-zA-Z_:][-a-zA-Z0-9_:.]{0,100}$/, 'Give an attribute name, e.g. datetime, title or data-value')
      .optional(),
    pattern: ValuePattern.optional(),
    dateFormats: z.array(DateFormatPattern).min(1, 'Give at least one date format, or leave dateFormats out').max(6).optional(),
    optional: z.boolean().optional(),
    emptyMarkers: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  })
  .superRefine((locator, ctx) => {
    const issue = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if (locator.selector === undefined && locator.label === undefined) issue('Give either a selector or a label for this field', 'selector');
    if (locator.selector !== undefined && locator.label !== undefined) issue('Give a selector or a label, not both', 'label');
    if (locator.labelDirection !== undefined && locator.label === undefined) issue('labelDirection goes with a label, not a selector', 'labelDirection');
    if (locator.read === 'attribute' && locator.attribute === undefined) issue('Name the attribute to read, e.g. "attribute": "datetime"', 'attribute');
    if (locator.attribute !== undefined && locator.read !== undefined && locator.read !== 'attribute' && locator.read !== 'auto') {
      issue(`"attribute" is only read with "read": "attribute" (this field reads ${locator.read})`, 'attribute');
    }
  })
  .transform((locator) => locator as SelectorLocator | LabelLocator);
export type FieldLocator = z.infer<typeof FieldLocator>;
/** A field locator as written in JSON. */
export type FieldLocatorInput = z.input<typeof FieldLocator>;

/** The facts an adapter can read (see {@link caseFactNames}). */
export const CaseFactName = z.enum(caseFactNames);
export type CaseFactName = z.infer<typeof CaseFactName>;

/**
 * Where each fact is. `reference` and `stage1ReceivedOn` are required: without them there is no
 * deadline to show. A field left out is "this CRM does not show it" (the officer can correct it
 * in the overlay); a field given but missing from the page is a problem the overlay reports, unless
 * it is marked `optional`. `stage1ExtendedTo` / `stage2ExtendedTo` read a deadline the CRM already
 * shows as extended ("Extended to", "Response deadline"); `…ExtensionNotifiedOn` the date the
 * resident was told, when the CRM shows it.
 */
export const AdapterFields = z.strictObject({
  ...shapeOf(caseFactNames, FieldLocator.optional()),
  reference: FieldLocator,
  stage1ReceivedOn: FieldLocator,
});
export type AdapterFields = z.infer<typeof AdapterFields>;

/**
 * Which pages are case pages. `visibleCase` is for agent workspaces that keep several cases open as
 * tabs in one page: a CSS selector matching each case's pane; only the pane the officer can see is
 * read (every field is looked up inside it), and the overlay re-reads when another pane is shown,
 * even if the address does not change.
 *
 * @example
 * CasePage.parse({ urlPattern: '^/agent/tickets/\\d+', visibleCase: '.workspace-tab-pane' });
 */
export const CasePage = z.strictObject({ urlPattern: UrlPattern, visibleCase: CssSelector.optional() });
export type CasePage = z.infer<typeof CasePage>;

/** The current adapter format. */
export const ADAPTER_VERSION = 2;

const CrmAdapterV2 = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Use lower-case letters, digits and hyphens for the adapter id'),
  name: z.string().trim().min(1, 'Give the adapter a name').max(100),
  version: z.literal(ADAPTER_VERSION, { error: 'This adapter format is version 2 (version 1 files are converted when imported)' }),
  description: z.string().max(500).optional(),
  /**
   * A template (a platform pack) names fields each landlord customises: it lists what the admin
   * must complete, and is never applied to a CRM until it has been copied, completed and saved.
   */
  template: z.strictObject({ complete: z.array(z.string().trim().min(1).max(300)).max(40) }).optional(),
  origins: z
    .array(
      z.url({ protocol: /^https?$/, error: 'Origins look like https://crm.example.org' }).transform((u) => new URL(u).origin),
    )
    .optional(),
  casePage: CasePage,
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

/**
 * Convert an adapter file of version 1 to version 2. Version 2 locators are a superset of
 * version 1's (`selector` + `attribute`, `label` + `within`), so the fields carry over unchanged and
 * keep their meaning; label locators gain direction detection, which reports ambiguous labels
 * instead of guessing. Anything that is not a version 1 adapter is passed through untouched (and
 * checked as version 2).
 *
 * @example
 * migrateAdapter({ id: 'acme', version: 1, … }); //=> { id: 'acme', version: 2, … }
 */
export function migrateAdapter(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.version !== 1) return input;
  return { ...record, version: ADAPTER_VERSION };
}

/**
 * A CRM adapter, version 2 (version 1 files are migrated when parsed, see {@link migrateAdapter}).
 *
 * - `id`: lower-case slug, unique among the user's adapters (`demo-classic`).
 * - `origins`: the CRM origins it is for (`https://crm.council.example`); when absent it applies on
 *   any origin the user has granted.
 * - `casePage`: which pages are complaint case pages (see {@link UrlPattern}, {@link CasePage}).
 * - `listPage`: optional list of cases; each `row` holds `fields` located inside the row.
 * - `header`: where the badge goes (inserted after this element); defaults to beside `fields.reference`.
 * - `fields`: where each fact is (see {@link FieldLocator}).
 * - `editor`: the reply editor.
 * - `template`: set on platform packs, listing what the admin must complete.
 *
 * @example
 * CrmAdapter.parse({
 *   id: 'acme', name: 'Acme CRM', version: 2,
 *   casePage: { urlPattern: '^/cases/\\d+' },
 *   header: { selector: 'h1' },
 *   fields: {
 *     reference: { label: 'Reference' },
 *     stage1ReceivedOn: { label: 'Date received', dateFormats: ['d/M/yyyy'] },
 *   },
 * });
 */
export const CrmAdapter = z.preprocess(migrateAdapter, CrmAdapterV2);
export type CrmAdapter = z.infer<typeof CrmAdapterV2>;
/** An adapter as written in JSON (version 2), before defaults and transforms. */
export type CrmAdapterInput = z.input<typeof CrmAdapterV2>;

/**
 * Is `url` a case page for this adapter? Pure, so tests feed plain URLs.
 *
 * @example
 * isCasePage(new URL('https://crm.example/cases/42'), adapter); //=> true
 */
export function isCasePage(url: URL, adapter: Pick<CrmAdapter, 'casePage' | 'origins'> & { template?: unknown }): boolean {
  // A platform pack not yet completed by the admin applies to no page.
  if (adapter.template) return false;
  if (adapter.origins && !adapter.origins.includes(url.origin)) return false;
  return safeTest(adapter.casePage.urlPattern, url.pathname + url.search + url.hash);
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
