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
