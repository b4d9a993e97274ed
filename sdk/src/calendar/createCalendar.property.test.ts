import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankHolidaysData } from './bank-holidays-data.js';
import type { Division } from './BankHolidaysJson.js';
import { createCalendar } from './createCalendar.js';
import { CalendarRangeError } from './errors.js';

/**
 * A plain day-by-day reference, built only from `Date.UTC`, `getUTCDay` and `toISOString` — nothing
 * shared with the SDK's day arithmetic — over 2010–2035 (the data covers 2018–2028; outside it the
 * reference counts weekends only, to check `beyondData: 'weekends-only'`).
 */
function reference(division: Division) {
  const holidays = new Set<string>(bankHolidaysData[division].events.map((event) => event.date));
  const days: string[] = [];
  const working: boolean[] = [];
  const first = Date.UTC(2010, 0, 1);
  const last = Date.UTC(2035, 11, 31);
  for (let t = first; t <= last; t += 86_400_000) {
    const date = new Date(t);
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    days.push(iso);
    working.push(weekday !== 0 && weekday !== 6 && !holidays.has(iso));
  }
  const indexOf = new Map(days.map((iso, index) => [iso, index]));

  function add(date: string, n: number): string | undefined {
    let index = indexOf.get(date) as number;
    let left = Math.abs(n);
    const step = n > 0 ? 1 : -1;
    while (left > 0) {
      index += step;
      if (index < 0 || index >= days.length) return undefined;
      if (working[index]) left--;
    }
    return days[index];
  }

  function between(a: string, b: string): number {
    const ia = indexOf.get(a) as number;
    const ib = indexOf.get(b) as number;
    let count = 0;
    if (ib >= ia) {
      for (let i = ia + 1; i <= ib; i++) if (working[i]) count++;
      return count;
    }
    for (let i = ib; i < ia; i++) if (working[i]) count--;
    return count;
  }

  return { days, working, add, between, indexOf };
}

const inData = (iso: string) => iso >= '2018-01-01' && iso <= '2028-12-31';

describe('createCalendar (property: against a day-by-day reference)', () => {
  for (const division of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
    const ref = reference(division);
    const calendar = createCalendar({ division });
    const lenient = createCalendar({ division, beyondData: 'weekends-only' });
    const start = ref.indexOf.get('2018-01-01') as number;
    const end = ref.indexOf.get('2028-12-31') as number;

    it(`${division}: isWorkingDay matches on every day 2018–2028`, () => {
      for (let i = start; i <= end; i++) expect(calendar.isWorkingDay(ref.days[i] as string)).toBe(ref.working[i]);
    });

    it(`${division}: addWorkingDays and workingDaysBetween match (${division === 'england-and-wales' ? '100,000' : '10,000'} cases)`, () => {
      const numRuns = division === 'england-and-wales' ? 100_000 : 10_000;
      fc.assert(
        fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: -70, max: 70 }), (index, n) => {
          const date = ref.days[index] as string;
          const expected = ref.add(date, n) as string;
          if (!inData(expected)) {
            expect(() => calendar.addWorkingDays(date, n)).toThrow(CalendarRangeError);
            return;
          }
          const result = calendar.addWorkingDays(date, n);
          if (result !== expected) throw new Error(`addWorkingDays(${date}, ${n}) = ${result}, expected ${expected}`);
          // The round trip the Calendar contract promises: addWorkingDays(a, n) = b ⇒ between(a, b) = n.
          if (calendar.workingDaysBetween(date, result) !== n) throw new Error(`between(${date}, ${result}) != ${n}`);
        }),
        { numRuns, seed: 20261218 },
      );
    });

    it(`${division}: workingDaysBetween matches for any two days`, () => {
      fc.assert(
        fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: -120, max: 120 }), (index, offset) => {
          const other = Math.min(end, Math.max(start, index + offset));
          const a = ref.days[index] as string;
          const b = ref.days[other] as string;
          expect(calendar.workingDaysBetween(a, b)).toBe(ref.between(a, b));
        }),
        { numRuns: 5_000, seed: 42 },
      );
    });

    it(`${division}: beyondData 'weekends-only' counts Monday to Friday outside the data (2010–2035)`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 110, max: ref.days.length - 111 }), fc.integer({ min: -70, max: 70 }), (index, n) => {
          const date = ref.days[index] as string;
          const expected = ref.add(date, n) as string;
          const result = lenient.addWorkingDays(date, n);
          if (result !== expected) throw new Error(`weekends-only addWorkingDays(${date}, ${n}) = ${result}, expected ${expected}`);
          expect(lenient.workingDaysBetween(date, result)).toBe(n);
          expect(lenient.isWorkingDay(date)).toBe(ref.working[index]);
        }),
        { numRuns: 5_000, seed: 7 },
      );
    });
  }
});
