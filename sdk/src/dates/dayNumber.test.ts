import { describe, expect, it } from 'vitest';
import { addCalendarMonths, daysFromCivil, formatDayNumber, parseDayNumber, weekdayOf } from './dayNumber.js';

describe('dayNumber', () => {
  it('agrees with Date.UTC for every day 1900–2100', () => {
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const date = new Date(t);
      const iso = date.toISOString().slice(0, 10);
      const day = t / 86_400_000;
      expect(parseDayNumber(iso)).toBe(day);
      if (formatDayNumber(day) !== iso) throw new Error(`formatDayNumber(${day}) = ${formatDayNumber(day)}, expected ${iso}`);
      if (weekdayOf(day) !== (date.getUTCDay() + 6) % 7) throw new Error(`weekdayOf ${iso}`);
    }
  });

  it('rejects what is not a real YYYY-MM-DD date', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', '2026/01/01', '20260101xx', '2026-01-0a', '', ' 2026-01-01']) {
      expect(parseDayNumber(text), text).toBeNaN();
    }
    expect(parseDayNumber('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    expect(parseDayNumber('2000-02-29')).not.toBeNaN();
    expect(parseDayNumber('1900-02-29')).toBeNaN();
  });

  it('adds calendar months, clamping to the end of the month', () => {
    const add = (iso: string, months: number) => formatDayNumber(addCalendarMonths(parseDayNumber(iso), months));
    expect(add('2025-01-10', 12)).toBe('2026-01-10');
    expect(add('2024-02-29', 12)).toBe('2025-02-28');
    expect(add('2026-01-31', 1)).toBe('2026-02-28');
    expect(add('2026-08-31', 6)).toBe('2027-02-28');
    expect(add('2026-03-15', -3)).toBe('2025-12-15');
  });
});
