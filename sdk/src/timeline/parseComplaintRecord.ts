import { parseDayNumber } from '../dates/dayNumber.js';
import { ruleSetIds } from '../rules/RuleSet.js';
import { ComplaintRecord, Extension as ExtensionSchema, type Extension } from './ComplaintRecord.js';
import { ComplaintEvidence, StageOutcome } from './evidence.js';

type Fields = Record<string, unknown>;
type SafeParse = ReturnType<typeof ComplaintRecord.safeParse>;

const RULE_SET_IDS = new Set<unknown>(ruleSetIds);
// The keys each level allows, read from the schema itself: a field added there is allowed here too.
const RECORD_KEYS = new Set(Object.keys(ComplaintRecord.shape));
const STAGE1_KEYS = new Set(Object.keys(ComplaintRecord.shape.stage1.shape));
const STAGE2_KEYS = new Set(Object.keys(ComplaintRecord.shape.stage2.def.innerType.shape));
const EXTENSION_KEYS = new Set(Object.keys(ExtensionSchema.shape));
// Read once: the fast path runs a million times in a report and most records keep no evidence.
const OUTCOME_KEYS = Object.keys(StageOutcome.shape);
const EVIDENCE_KEYS = Object.keys(ComplaintEvidence.shape);
const OUTCOME_KEY_SET = new Set(OUTCOME_KEYS);
const EVIDENCE_KEY_SET = new Set(EVIDENCE_KEYS);
const NONE: Fields = Object.freeze({});

/** Whether every key of `value` is one the schema knows (an unknown key goes to zod, which names it). */
function onlyKnownKeys(value: Fields, known: ReadonlySet<string>): boolean {
  for (const key in value) if (!known.has(key)) return false;
  return true;
}

/** A plain object (literal, `JSON.parse`, `Object.create(null)`): anything else goes to zod. */
function plain(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

// `IsoDate` = a string matching /^\d{4}-\d{2}-\d{2}$/ naming a real day: exactly what parseDayNumber accepts.
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(parseDayNumber(value));
const optionalDate = (value: unknown) => value === undefined || isDate(value);
/** The trimmed string when it is a string of min..max characters after trimming, else undefined. */
function trimmed(value: unknown, min: number, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text.length >= min && text.length <= max ? text : undefined;
}
/**
 * The evidence fields of `value` (`keys`), parsed by their own zod schema when any is present: rare and
 * nested, so zod's speed is fine and equivalence holds by construction. `{}` when none; undefined when invalid.
 */
function evidence(value: Fields, schema: typeof ComplaintEvidence | typeof StageOutcome): Fields | undefined {
  const keys = schema === StageOutcome ? OUTCOME_KEYS : EVIDENCE_KEYS;
  // Over the value's own few keys, not the schema's many: looking up absent keys is the slow kind.
  const isEvidence = schema === StageOutcome ? OUTCOME_KEY_SET : EVIDENCE_KEY_SET;
  let present = false;
  for (const key in value) if (isEvidence.has(key) && value[key] !== undefined) present = true;
  if (!present) return NONE;
  const picked: Fields = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  const parsed = schema.safeParse(picked);
  return parsed.success ? (parsed.data as Fields) : undefined;
}
/** Copies the evidence fields zod returned onto `target` (none in the common case). */
function addFields(target: Fields, fields: Fields): void {
  if (fields === NONE) return;
  for (const key in fields) target[key] = fields[key];
}
const before = (later: string | undefined, earlier: string | undefined) => later !== undefined && earlier !== undefined && later < earlier;

function extensions(value: unknown, start: string): Extension[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 20) return undefined;
  const result: Extension[] = [];
  for (const item of value as unknown[]) {
    if (!plain(item) || !onlyKnownKeys(item, EXTENSION_KEYS)) return undefined;
    const { notifiedOn, newDueOn, reason, goodReason } = item;
    if (!isDate(notifiedOn) || !isDate(newDueOn) || notifiedOn < start || newDueOn < notifiedOn) return undefined;
    if (goodReason !== undefined && typeof goodReason !== 'boolean') return undefined;
    const extension: Extension = { notifiedOn, newDueOn };
    if (reason !== undefined) {
      const text = trimmed(reason, 0, 2000);
      if (text === undefined) return undefined;
      extension.reason = text;
    }
    if (goodReason !== undefined) extension.goodReason = goodReason;
    result.push(extension);
  }
  return result;
}

function stage<Start extends 'receivedOn' | 'requestedOn'>(value: unknown, startKey: Start, known: ReadonlySet<string>) {
  if (!plain(value) || !onlyKnownKeys(value, known)) return undefined;
  const start = value[startKey];
  const { acknowledgedOn, respondedOn, handlerId } = value;
  if (!isDate(start) || !optionalDate(acknowledgedOn) || !optionalDate(respondedOn)) return undefined;
  if (before(acknowledgedOn, start) || before(respondedOn, start)) return undefined;
  const handler = handlerId === undefined ? undefined : trimmed(handlerId, 1, 200);
  if (handlerId !== undefined && handler === undefined) return undefined;
  const extended = extensions(value.extensions, start);
  if (extended === undefined) return undefined;
  const outcome = evidence(value, StageOutcome);
  if (outcome === undefined) return undefined;
  // Keys assigned one by one in zod's order (not spread from `cond && {…}` objects): same data,
  // a fraction of the allocations, on the hot path of `report`.
  const result: Fields = {};
  result[startKey] = start;
  if (acknowledgedOn !== undefined) result['acknowledgedOn'] = acknowledgedOn;
  if (respondedOn !== undefined) result['respondedOn'] = respondedOn;
  if (handler !== undefined) result['handlerId'] = handler;
  result['extensions'] = extended;
  addFields(result, outcome);
  return result as { [K in Start]: string } & { acknowledgedOn?: string; respondedOn?: string; handlerId?: string; extensions: Extension[] };
}

/**
 * Internal: the valid, plain-object record in a fraction of zod's time, else `undefined`. Accepts
 * exactly what {@link ComplaintRecord} accepts and returns the same data (a property test holds it
 * to that); at any doubt it returns `undefined`, so zod decides and writes the messages.
 *
 * @example
 * ```ts
 * fastComplaintRecord({ reference: ' C-1 ', stage1: { receivedOn: '2026-12-18' } });
 * //=> { reference: 'C-1', stage1: { receivedOn: '2026-12-18', extensions: [] } }
 * fastComplaintRecord({ reference: 'C-1', stage1: { receivedOn: '2026-02-30' } }); //=> undefined (zod will say why)
 * ```
 */
export function fastComplaintRecord(input: unknown): ComplaintRecord | undefined {
  if (!plain(input) || !onlyKnownKeys(input, RECORD_KEYS)) return undefined;
  const { ruleSet, issueOccurredOn, residentAwareOn } = input;
  const reference = trimmed(input.reference, 1, 200);
  if (reference === undefined || (ruleSet !== undefined && !RULE_SET_IDS.has(ruleSet))) return undefined;
  if (!optionalDate(issueOccurredOn) || !optionalDate(residentAwareOn)) return undefined;
  const stage1 = stage(input.stage1, 'receivedOn', STAGE1_KEYS);
  if (stage1 === undefined || before(stage1.receivedOn, issueOccurredOn) || before(stage1.receivedOn, residentAwareOn)) return undefined;
  let stage2;
  if (input.stage2 !== undefined) {
    stage2 = stage(input.stage2, 'requestedOn', STAGE2_KEYS);
    if (stage2 === undefined || before(stage2.requestedOn, stage1.receivedOn) || before(stage2.requestedOn, stage1.respondedOn)) return undefined;
  }
  const facts = evidence(input, ComplaintEvidence);
  if (facts === undefined) return undefined;
  const record: Fields = { reference };
  if (ruleSet !== undefined) record['ruleSet'] = ruleSet;
  if (issueOccurredOn !== undefined) record['issueOccurredOn'] = issueOccurredOn;
  if (residentAwareOn !== undefined) record['residentAwareOn'] = residentAwareOn;
  record['stage1'] = stage1;
  if (stage2 !== undefined) record['stage2'] = stage2;
  addFields(record, facts);
  return record as ComplaintRecord;
}

/**
 * Internal: `ComplaintRecord.safeParse`, with {@link fastComplaintRecord} first. Bad or unusual input
 * always goes through zod, so its issues (and messages) are zod's.
 *
 * @example
 * ```ts
 * const parsed = parseComplaintRecord(input);
 * if (!parsed.success) throw InvalidComplaintError.fromZod(parsed.error);
 * ```
 */
export function parseComplaintRecord(input: unknown): SafeParse {
  const data = fastComplaintRecord(input);
  return data === undefined ? ComplaintRecord.safeParse(input) : ({ success: true, data } as SafeParse);
}
