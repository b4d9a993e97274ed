import { parseUkDate } from '../../dates/index.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const STAGE_DATES = ['receivedOn', 'requestedOn', 'acknowledgedOn', 'respondedOn'];
const EXTENSION_DATES = ['newDueOn', 'notifiedOn'];

function convert(holder: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) {
    const value = holder[key];
    if (typeof value !== 'string' || ISO_DAY.test(value)) continue;
    const parsed = parseUkDate(value);
    // A date it cannot read stays as written: the record's schema then names the field.
    if (parsed.ok) holder[key] = parsed.date;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Converts, in place, the dates of a complaint record written the UK way (`02/11/2026`, `2 Nov 2026`) to ISO,
 * so an NDJSON line typed or exported by a person reads like a CSV row. Month-first dates are never guessed.
 *
 * @example
 * const record = { reference: 'HA-1', stage1: { receivedOn: '02/11/2026' } };
 * ukRecordDates(record); // record.stage1.receivedOn === '2026-11-02'
 */
export function ukRecordDates(record: Record<string, unknown>): void {
  convert(record, ['issueOccurredOn', 'residentAwareOn']);
  for (const stageKey of ['stage1', 'stage2']) {
    const stage = record[stageKey];
    if (!isObject(stage)) continue;
    convert(stage, STAGE_DATES);
    const extensions = stage['extensions'];
    if (Array.isArray(extensions)) for (const extension of extensions) if (isObject(extension)) convert(extension, EXTENSION_DATES);
  }
}
