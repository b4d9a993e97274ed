import { describe, expect, it } from 'vitest';
import { bankHolidaysData } from './bank-holidays-data.js';
import { BankHolidaysJson } from './BankHolidaysJson.js';

const countsByYear = (division: keyof typeof bankHolidaysData) => {
  const counts: Record<string, number> = {};
  for (const event of bankHolidaysData[division].events) counts[event.date.slice(0, 4)] = (counts[event.date.slice(0, 4)] ?? 0) + 1;
  return counts;
};

describe('bankHolidaysData', () => {
  it('is valid GOV.UK bank-holidays.json', () => {
    expect(BankHolidaysJson.safeParse(bankHolidaysData).success).toBe(true);
  });

  it('has the England and Wales counts per year from domain.md section 4', () => {
    expect(countsByYear('england-and-wales')).toEqual({
      2018: 8, 2019: 8, 2020: 8, 2021: 8, 2022: 10, 2023: 9, 2024: 8, 2025: 8, 2026: 8, 2027: 8, 2028: 8,
    });
  });

  it('has Scotland = E&W − Easter Monday − late Summer + 2 Jan, early Summer, St Andrew (+ World Cup 2026)', () => {
    expect(countsByYear('scotland')).toEqual({
      2018: 9, 2019: 9, 2020: 9, 2021: 9, 2022: 11, 2023: 10, 2024: 9, 2025: 9, 2026: 10, 2027: 9, 2028: 9,
    });
    const scotland = new Set<string>(bankHolidaysData.scotland.events.map((event) => event.date));
    expect(scotland.has('2026-06-15')).toBe(true); // World Cup bank holiday
    expect(scotland.has('2026-04-06')).toBe(false); // no Easter Monday
    expect(scotland.has('2026-08-31')).toBe(false); // summer is the first Monday of August
    expect(scotland.has('2026-08-03')).toBe(true);
    expect(scotland.has('2022-01-03')).toBe(true); // New Year's Day (substitute) is still held
    expect(scotland.has('2022-01-04')).toBe(true); // 2nd January (substitute)
  });

  it('has Northern Ireland = E&W + St Patrick + Battle of the Boyne', () => {
    expect(countsByYear('northern-ireland')).toEqual({
      2018: 10, 2019: 10, 2020: 10, 2021: 10, 2022: 12, 2023: 11, 2024: 10, 2025: 10, 2026: 10, 2027: 10, 2028: 10,
    });
    const ni = new Set<string>(bankHolidaysData['northern-ireland'].events.map((event) => event.date));
    for (const event of bankHolidaysData['england-and-wales'].events) expect(ni.has(event.date)).toBe(true);
    expect(ni.has('2025-07-14')).toBe(true); // Boyne substitute
    expect(ni.has('2024-03-18')).toBe(true); // St Patrick substitute
  });

  it('never lists a weekend or the same day twice', () => {
    for (const division of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
      const dates = bankHolidaysData[division].events.map((event) => event.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of dates) {
        const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
        expect([0, 6], `${division} ${date}`).not.toContain(weekday);
      }
    }
  });

  it('matches the weekdays domain.md gives for the substitute days', () => {
    const weekday = (date: string) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${date}T12:00:00Z`).getUTCDay()];
    const substitutes = bankHolidaysData['england-and-wales'].events.filter((event) => event.notes === 'Substitute day');
    expect(substitutes.map((event) => `${event.date} ${weekday(event.date)} ${event.title}`)).toEqual([
      '2020-12-28 Mon Boxing Day',
      '2021-12-27 Mon Christmas Day',
      '2021-12-28 Tue Boxing Day',
      '2022-01-03 Mon New Year’s Day',
      '2022-12-27 Tue Christmas Day',
      '2023-01-02 Mon New Year’s Day',
      '2026-12-28 Mon Boxing Day',
      '2027-12-27 Mon Christmas Day',
      '2027-12-28 Tue Boxing Day',
      '2028-01-03 Mon New Year’s Day',
    ]);
  });
});
