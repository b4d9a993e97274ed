import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BankHolidaysJson } from './BankHolidaysJson.js';
import { validateBankHolidays } from './validate-bank-holidays.js';

const anyValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 4 }), fc.constant([]));
const date = fc.oneof(fc.constantFrom('2026-12-25', '2026-02-30', '25/12/2026', ''), anyValue);
const event = fc.oneof(
  fc.record({ title: fc.oneof(fc.constantFrom('Christmas Day', ''), anyValue), date, notes: fc.oneof(fc.string({ maxLength: 3 }), anyValue), bunting: fc.oneof(fc.boolean(), anyValue) }, { requiredKeys: [] }),
  anyValue,
);
const division = fc.oneof(fc.record({ events: fc.oneof(fc.array(event, { maxLength: 3 }), anyValue), division: fc.oneof(fc.string({ maxLength: 3 }), anyValue) }, { requiredKeys: [] }), anyValue);
const data = fc.oneof(
  fc.record({ 'england-and-wales': division, scotland: division, 'northern-ireland': division, other: anyValue }, { requiredKeys: [] }),
  anyValue,
);

describe('validateBankHolidays (the zod-free check createCalendar uses)', () => {
  it('accepts exactly what the public BankHolidaysJson schema accepts, with the same paths', () => {
    fc.assert(
      fc.property(data, (value) => {
        const ours = validateBankHolidays(value);
        const zod = BankHolidaysJson.safeParse(value);
        expect(ours.ok).toBe(zod.success);
        if (!ours.ok && !zod.success) {
          // The same fields named (zod may name one field twice, e.g. type and length of a non-string title).
          const paths = (list: string[]) => [...new Set(list)].sort();
          expect(paths(ours.issues.map((issue) => issue.path))).toEqual(paths(zod.error.issues.map((issue) => issue.path.join('.'))));
        }
        if (ours.ok && zod.success) {
          for (const [name, events] of Object.entries(ours.divisions)) expect(events).toEqual(zod.data[name as 'scotland']?.events);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('validateBankHolidays messages', () => {
  it('says what is wrong with each field, in order', () => {
    const result = validateBankHolidays({
      'england-and-wales': {
        division: 5,
        events: [null, { title: '', date: '25/12/2026', notes: 1, bunting: 'yes' }, { title: 7, date: '2026-02-30' }, { date: 20261225 }, { title: 'Boxing Day', date: '2026-12-26x' }, { title: 'Boxing Day', date: `x2026-12-26${'y'.repeat(40)}` }, { title: 'Boxing Day', date: 'x2026-12-26' }],
      },
      scotland: [],
      'northern-ireland': { events: 'none' },
    });
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'england-and-wales.division: Invalid input: expected string, received number',
      'england-and-wales.events.0: Invalid input: expected object, received null',
      'england-and-wales.events.1.title: A bank holiday needs a title',
      'england-and-wales.events.1.date: Expected a date as YYYY-MM-DD, got "25/12/2026"',
      'england-and-wales.events.1.notes: Invalid input: expected string, received number',
      'england-and-wales.events.1.bunting: Invalid input: expected boolean, received string',
      'england-and-wales.events.2.title: Invalid input: expected string, received number',
      'england-and-wales.events.2.date: 2026-02-30 is not a real date',
      'england-and-wales.events.3.title: Invalid input: expected string, received undefined',
      'england-and-wales.events.3.date: Invalid input: expected string, received number',
      'england-and-wales.events.4.date: Expected a date as YYYY-MM-DD, got "2026-12-26x"',
      `england-and-wales.events.5.date: Expected a date as YYYY-MM-DD, got "x2026-12-26${'y'.repeat(29)}"`,
      'england-and-wales.events.6.date: Expected a date as YYYY-MM-DD, got "x2026-12-26"',
      'scotland: Invalid input: expected object, received array',
      'northern-ireland.events: Invalid input: expected array, received string',
    ]);
  });

  it('names what it expected of the whole, and fills in notes and bunting', () => {
    expect(validateBankHolidays(null)).toEqual({ ok: false, issues: [{ path: '', message: 'Invalid input: expected object, received null' }] });
    expect(validateBankHolidays({ wales: {} })).toEqual({
      ok: false,
      issues: [{ path: '', message: 'Expected GOV.UK bank-holidays.json: an object with "england-and-wales", "scotland" or "northern-ireland"' }],
    });
    expect(validateBankHolidays({ scotland: { events: [{ title: 'St Andrew’s Day', date: '2026-11-30' }] } })).toEqual({
      ok: true,
      divisions: { scotland: [{ title: 'St Andrew’s Day', date: '2026-11-30', notes: '', bunting: true }] },
    });
  });
});
