// The check of bank-holiday data passed to createCalendar, without zod: the calendar is what a page
// that only adds working days bundles (≈5 KB gz), and zod would add ≈90 KB. It accepts exactly what the
// public `BankHolidaysJson` schema accepts (a property test compares the two) and names paths the same way.
import { parseDayNumber } from '../dates/dayNumber.js';
import type { InputIssue } from '../errors/ComplaintCodeInputError.js';
import type { Division } from './divisions.js';

/** A bank holiday as the calendar uses it. */
export interface CheckedEvent {
  title: string;
  date: string;
  notes: string;
  bunting: boolean;
}

const DIVISIONS: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const expected = (type: string, value: unknown) => `Invalid input: expected ${type}, received ${kind(value)}`;

/**
 * Checks GOV.UK `bank-holidays.json` data: the events of every division given, or the issues (path and message).
 *
 * @example
 * validateBankHolidays({ scotland: { events: [{ title: 'St Andrew’s Day', date: '2026-11-30' }] } });
 * //=> { ok: true, divisions: { scotland: [{ title: 'St Andrew’s Day', date: '2026-11-30', notes: '', bunting: true }] } }
 */
export function validateBankHolidays(value: unknown):
  | { ok: true; divisions: Partial<Record<Division, CheckedEvent[]>> }
  | { ok: false; issues: InputIssue[] } {
  if (!isObject(value)) return { ok: false, issues: [{ path: '', message: expected('object', value) }] };
  const issues: InputIssue[] = [];
  const divisions: Partial<Record<Division, CheckedEvent[]>> = {};
  for (const division of DIVISIONS) {
    const data = value[division];
    if (data === undefined) continue;
    if (!isObject(data)) {
      issues.push({ path: division, message: expected('object', data) });
      continue;
    }
    if (data['division'] !== undefined && typeof data['division'] !== 'string') issues.push({ path: `${division}.division`, message: expected('string', data['division']) });
    const events = data['events'];
    if (!Array.isArray(events)) {
      issues.push({ path: `${division}.events`, message: expected('array', events) });
      continue;
    }
    const checked: CheckedEvent[] = [];
    events.forEach((event: unknown, index) => {
      const at = `${division}.events.${index}`;
      if (!isObject(event)) {
        issues.push({ path: at, message: expected('object', event) });
        return;
      }
      const { title, date, notes = '', bunting = true } = event;
      const before = issues.length;
      if (typeof title !== 'string') issues.push({ path: `${at}.title`, message: expected('string', title) });
      else if (title.length < 1) issues.push({ path: `${at}.title`, message: 'A bank holiday needs a title' });
      if (typeof date !== 'string') issues.push({ path: `${at}.date`, message: expected('string', date) });
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) issues.push({ path: `${at}.date`, message: `Expected a date as YYYY-MM-DD, got "${date.slice(0, 40)}"` });
      else if (Number.isNaN(parseDayNumber(date))) issues.push({ path: `${at}.date`, message: `${date} is not a real date` });
      if (typeof notes !== 'string') issues.push({ path: `${at}.notes`, message: expected('string', notes) });
      if (typeof bunting !== 'boolean') issues.push({ path: `${at}.bunting`, message: expected('boolean', bunting) });
      if (issues.length === before) checked.push({ title: title as string, date: date as string, notes: notes as string, bunting: bunting as boolean });
    });
    divisions[division] = checked;
  }
  if (issues.length === 0 && DIVISIONS.every((division) => value[division] === undefined)) {
    issues.push({ path: '', message: 'Expected GOV.UK bank-holidays.json: an object with "england-and-wales", "scotland" or "northern-ireland"' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, divisions };
}
