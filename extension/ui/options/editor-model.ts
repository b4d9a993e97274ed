/**
 * @module extension/ui/options/editor-model
 *
 * The options page's field editor works on strings (what the admin types); this module turns an
 * adapter into that editable model and back. It is built so that saving never drops anything:
 * every locator option the editor shows has a box, and any key it does not know (a newer format,
 * another feature's option) is carried through untouched. `fromEditorModel(toEditorModel(a))`
 * parses to `a` again (tested over every built-in adapter).
 */
import { caseFactNames, type CaseFactName } from '@complaint-code/shared';

/** How a locator finds its element. */
export type LocatorKind = 'none' | 'selector' | 'label';

/** One locator as the admin edits it: every option as text or a flag, plus keys we do not edit. */
export interface LocatorDraft {
  kind: LocatorKind;
  /** The selector or the label text. */
  value: string;
  within: string;
  /** `auto` | `label-then-value` | `value-then-label`, or '' for the default. */
  labelDirection: string;
  /** `auto` | `text` | `attribute` | `value` | `selected-option`, or '' for the default. */
  read: string;
  attribute: string;
  pattern: string;
  /** One date format a line. */
  dateFormats: string;
  optional: boolean;
  /** One marker a line. */
  emptyMarkers: string;
  /** Editor only: the frames to go through, one CSS selector a line, outermost first. */
  frames: string;
  /** Editor only: boxes that are never the reply. */
  never: string;
  /** Editor only: the box is the reply only while this matches. */
  replyWhen: string;
  /** Keys this editor has no box for, kept as they were. */
  extra: Record<string, unknown>;
}

/** Where the editor's locator rows go: the header, each case fact, the reply editor. */
export type Slot = CaseFactName | 'header' | 'editor';

/** The whole adapter as the admin edits it. */
export interface EditorModel {
  id: string;
  name: string;
  description: string;
  /** Space- or comma-separated origins. */
  origins: string;
  urlPattern: string;
  visibleCase: string;
  slots: Record<Slot, LocatorDraft>;
  listPage: { enabled: boolean; urlPattern: string; row: string; fields: Record<CaseFactName, LocatorDraft>; extra: Record<string, unknown> };
  /** Top-level and `casePage` keys this editor has no box for (e.g. `template`), kept as they were. */
  extra: Record<string, unknown>;
  casePageExtra: Record<string, unknown>;
}

/** Every slot in display order. */
export const editorSlots: readonly Slot[] = ['header', ...caseFactNames, 'editor'];

const LOCATOR_KEYS = new Set(['selector', 'label', 'within', 'labelDirection', 'read', 'attribute', 'pattern', 'dateFormats', 'optional', 'emptyMarkers', 'frames', 'never', 'replyWhen']);
const ADAPTER_KEYS = new Set(['id', 'name', 'description', 'version', 'origins', 'casePage', 'listPage', 'header', 'fields', 'editor']);

type Loose = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const lines = (value: unknown): string => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').join('\n') : '');
const asRecord = (value: unknown): Loose => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {});

function pick(record: Loose, allowed: ReadonlySet<string>, keep: boolean): Loose {
  return Object.fromEntries(Object.entries(record).filter(([key]) => allowed.has(key) === keep));
}

/** An empty row ("not shown"). */
export function emptyDraft(): LocatorDraft {
  return { kind: 'none', value: '', within: '', labelDirection: '', read: '', attribute: '', pattern: '', dateFormats: '', optional: false, emptyMarkers: '', frames: '', never: '', replyWhen: '', extra: {} };
}

/**
 * The editable form of one locator.
 *
 * @example
 * toLocatorDraft({ label: 'Case Number', labelDirection: 'value-then-label' }).labelDirection; //=> 'value-then-label'
 */
export function toLocatorDraft(locator: unknown): LocatorDraft {
  if (locator === undefined || locator === null) return emptyDraft();
  const record = asRecord(locator);
  const kind: LocatorKind = typeof record.selector === 'string' ? 'selector' : typeof record.label === 'string' ? 'label' : 'none';
  return {
    kind,
    value: kind === 'selector' ? text(record.selector) : text(record.label),
    within: text(record.within),
    labelDirection: text(record.labelDirection),
    read: text(record.read),
    attribute: text(record.attribute),
    pattern: text(record.pattern),
    dateFormats: lines(record.dateFormats),
    optional: record.optional === true,
    emptyMarkers: lines(record.emptyMarkers),
    frames: lines(record.frames),
    never: text(record.never),
    replyWhen: text(asRecord(record.replyWhen).selector),
    extra: pick(record, LOCATOR_KEYS, false),
  };
}

const splitLines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The locator a row stands for, or `undefined` for "not shown". Empty boxes are left out, so an
 * untouched option never appears in the saved file.
 *
 * @example
 * fromLocatorDraft({ ...emptyDraft(), kind: 'selector', value: 'time', read: 'attribute', attribute: 'datetime' });
 * //=> { selector: 'time', read: 'attribute', attribute: 'datetime' }
 */
export function fromLocatorDraft(draft: LocatorDraft): Loose | undefined {
  if (draft.kind === 'none') return undefined;
  const out: Loose = { ...draft.extra, [draft.kind]: draft.value };
  const set = (key: string, value: unknown) => {
    if (value !== '' && value !== false && !(Array.isArray(value) && value.length === 0)) out[key] = value;
  };
  if (draft.kind === 'label') set('labelDirection', draft.labelDirection);
  set('within', draft.within.trim());
  set('read', draft.read);
  set('attribute', draft.attribute.trim());
  set('pattern', draft.pattern);
  set('dateFormats', splitLines(draft.dateFormats));
  set('optional', draft.optional);
  set('emptyMarkers', splitLines(draft.emptyMarkers));
  set('frames', splitLines(draft.frames));
  set('never', draft.never.trim());
  if (draft.replyWhen.trim()) out.replyWhen = { ...asRecord(asRecord(draft.extra).replyWhen), selector: draft.replyWhen.trim() };
  return out;
}

function factDrafts(fields: unknown): Record<CaseFactName, LocatorDraft> {
  const record = asRecord(fields);
  return Object.fromEntries(caseFactNames.map((fact) => [fact, toLocatorDraft(record[fact])])) as Record<CaseFactName, LocatorDraft>;
}

function factLocators(drafts: Record<CaseFactName, LocatorDraft>, original: unknown): Loose {
  // Keys of `fields` this build does not know (a newer fact) are kept too.
  const unknownFacts = pick(asRecord(original), new Set<string>(caseFactNames), false);
  const known = caseFactNames.map((fact) => [fact, fromLocatorDraft(drafts[fact])] as const).filter(([, locator]) => locator !== undefined);
  return { ...unknownFacts, ...Object.fromEntries(known) };
}

/**
 * The editable form of an adapter (the parsed adapter, or any adapter-shaped object).
 *
 * @example
 * toEditorModel(adapter).slots.reference.value; //=> 'Reference'
 */
export function toEditorModel(adapter: object): EditorModel {
  const record = adapter as Loose;
  const casePage = asRecord(record.casePage);
  const listPage = record.listPage === undefined ? undefined : asRecord(record.listPage);
  const fields = factDrafts(record.fields);
  return {
    id: text(record.id),
    name: text(record.name),
    description: text(record.description),
    origins: lines(record.origins).replace(/\n/g, ' '),
    urlPattern: text(casePage.urlPattern),
    visibleCase: text(casePage.visibleCase),
    slots: { header: toLocatorDraft(record.header), editor: toLocatorDraft(record.editor), ...fields },
    listPage: {
      enabled: listPage !== undefined,
      urlPattern: text(listPage?.urlPattern),
      row: text(listPage?.row),
      fields: factDrafts(listPage?.fields),
      extra: pick(listPage ?? {}, new Set(['urlPattern', 'row', 'fields']), false),
    },
    extra: { ...pick(record, ADAPTER_KEYS, false), version: record.version, fields: record.fields, listFields: listPage?.fields },
    casePageExtra: pick(casePage, new Set(['urlPattern', 'visibleCase']), false),
  };
}

/**
 * The adapter the model stands for, ready for `CrmAdapter.safeParse` (which checks it).
 *
 * @example
 * CrmAdapter.parse(fromEditorModel(toEditorModel(adapter))); // deep-equals adapter
 */
export function fromEditorModel(model: EditorModel): Loose {
  const { version, fields: originalFields, listFields: originalListFields, ...extra } = model.extra;
  const origins = model.origins.split(/[\s,]+/).filter(Boolean);
  const out: Loose = { ...extra, id: model.id.trim(), name: model.name, version };
  if (model.description.trim()) out.description = model.description;
  if (origins.length > 0) out.origins = origins;
  out.casePage = { ...model.casePageExtra, urlPattern: model.urlPattern, ...(model.visibleCase.trim() ? { visibleCase: model.visibleCase.trim() } : {}) };
  if (model.listPage.enabled) {
    out.listPage = { ...model.listPage.extra, urlPattern: model.listPage.urlPattern, row: model.listPage.row, fields: factLocators(model.listPage.fields, originalListFields) };
  }
  const header = fromLocatorDraft(model.slots.header);
  if (header) out.header = header;
  const { header: _header, editor: _editor, ...facts } = model.slots;
  out.fields = factLocators(facts, originalFields);
  const editor = fromLocatorDraft(model.slots.editor);
  if (editor) out.editor = editor;
  return out;
}
