import { describe, expect, it } from 'vitest';
import { createCalendar } from './createCalendar.js';
import { englandAndWales } from './englandAndWales.js';
import { CalendarDataError, CalendarRangeError } from './errors.js';

describe('createCalendar', () => {
  describe('worked examples (England and Wales)', () => {
    it('counts the event day as day 0, whatever day it is', () => {
      expect(englandAndWales.addWorkingDays('2026-11-16', 1)).toBe('2026-11-17'); // Mon → Tue
      expect(englandAndWales.addWorkingDays('2026-11-20', 1)).toBe('2026-11-23'); // Fri → Mon
      expect(englandAndWales.addWorkingDays('2026-11-21', 1)).toBe('2026-11-23'); // Sat → Mon
      expect(englandAndWales.addWorkingDays('2026-11-22', 5)).toBe('2026-11-27'); // Sun → Fri
      expect(englandAndWales.addWorkingDays('2026-11-18', 0)).toBe('2026-11-18');
      expect(englandAndWales.addWorkingDays('2026-11-21', 0)).toBe('2026-11-21'); // day 0 even on a Saturday
    });

    it('skips Christmas 2026 (Boxing Day substitute on Mon 28 Dec) and New Year', () => {
      expect(englandAndWales.addWorkingDays('2026-12-18', 5)).toBe('2026-12-29');
      expect(englandAndWales.addWorkingDays('2026-12-29', 10)).toBe('2027-01-13');
      expect(englandAndWales.addWorkingDays('2027-01-13', 10)).toBe('2027-01-27');
      expect(englandAndWales.addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    });

    it('skips both substitute days of Christmas 2021 and 2027 (25, 26 Dec on a weekend)', () => {
      expect(englandAndWales.addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
      expect(englandAndWales.addWorkingDays('2027-12-24', 1)).toBe('2027-12-29');
      expect(englandAndWales.addWorkingDays('2027-12-24', 3)).toBe('2027-12-31');
      expect(englandAndWales.addWorkingDays('2027-12-24', 4)).toBe('2028-01-04'); // 1 Jan 2028 is a Saturday → Mon 3 Jan
    });

    it('skips Easter (Good Friday and Easter Monday)', () => {
      expect(englandAndWales.addWorkingDays('2027-03-25', 1)).toBe('2027-03-30');
      expect(englandAndWales.addWorkingDays('2024-03-28', 5)).toBe('2024-04-08');
      expect(englandAndWales.workingDaysBetween('2027-03-25', '2027-03-30')).toBe(1);
    });

    it('skips one-off bank holidays (Queen’s funeral 2022, coronation 2023)', () => {
      expect(englandAndWales.addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
      expect(englandAndWales.addWorkingDays('2023-05-05', 1)).toBe('2023-05-09');
    });

    it('goes backwards with negative days', () => {
      expect(englandAndWales.addWorkingDays('2026-12-29', -5)).toBe('2026-12-18');
      expect(englandAndWales.addWorkingDays('2026-12-28', -1)).toBe('2026-12-24');
    });

    it('counts working days between two dates, signed', () => {
      expect(englandAndWales.workingDaysBetween('2026-12-18', '2026-12-29')).toBe(5);
      expect(englandAndWales.workingDaysBetween('2026-12-29', '2026-12-18')).toBe(-5);
      expect(englandAndWales.workingDaysBetween('2026-12-25', '2026-12-28')).toBe(0);
      expect(englandAndWales.workingDaysBetween('2026-12-18', '2026-12-18')).toBe(0);
    });

    it('lists non-working days with reasons', () => {
      expect(englandAndWales.nonWorkingDays('2026-12-24', '2026-12-29')).toEqual([
        { date: '2026-12-25', reason: 'Christmas Day', kind: 'bank-holiday' },
        { date: '2026-12-26', reason: 'Saturday', kind: 'weekend' },
        { date: '2026-12-27', reason: 'Sunday', kind: 'weekend' },
        { date: '2026-12-28', reason: 'Boxing Day (substitute day)', kind: 'bank-holiday' },
      ]);
    });
  });

  describe('divisions', () => {
    it('refuses null options with the same message as any other non-object', () => {
      expect(() => createCalendar(null as never)).toThrow('createCalendar: invalid options:\n  - (input): Pass the options as an object, e.g. { division: "scotland" }');
    });

    it('is England and Wales unless asked otherwise', () => {
      const calendar = createCalendar();
      expect([calendar.division, calendar.beyondData]).toEqual(['england-and-wales', 'error']);
      expect(calendar.isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    });

    it('uses Scottish bank holidays when asked', () => {
      const scotland = createCalendar({ division: 'scotland' });
      expect(scotland.division).toBe('scotland');
      expect(scotland.isWorkingDay('2026-11-30')).toBe(false); // St Andrew’s Day
      expect(scotland.isWorkingDay('2026-04-06')).toBe(true); // no Easter Monday
      expect(scotland.isWorkingDay('2026-06-15')).toBe(false); // World Cup bank holiday
      expect(scotland.addWorkingDays('2026-12-31', 1)).toBe('2027-01-05'); // 1 Jan, then 2nd Jan substitute on Mon 4
    });

    it('uses Northern Irish bank holidays when asked', () => {
      const ni = createCalendar({ division: 'northern-ireland' });
      expect(ni.isWorkingDay('2026-03-17')).toBe(false);
      expect(ni.addWorkingDays('2026-07-10', 1)).toBe('2026-07-14'); // Boyne substitute Mon 13 Jul
      expect(englandAndWales.addWorkingDays('2026-07-10', 1)).toBe('2026-07-13');
    });
  });

  describe('closure days', () => {
    it('treats the landlord’s closure days as non-working, with the reason', () => {
      const calendar = createCalendar({ closureDays: ['2026-12-24', { date: '2026-12-31', reason: 'Office closed' }] });
      expect(calendar.addWorkingDays('2026-12-18', 5)).toBe('2026-12-30');
      expect(calendar.addWorkingDays('2026-12-18', 6)).toBe('2027-01-04');
      expect(calendar.nonWorkingDays('2026-12-31', '2026-12-31')).toEqual([{ date: '2026-12-31', reason: 'Office closed', kind: 'closure' }]);
    });

    it('rejects closure days that are not dates or are outside the data', () => {
      expect(() => createCalendar({ closureDays: ['2026-02-30', '2031-01-02'] })).toThrowErrorMatchingInlineSnapshot(`
        [CalendarDataError: Invalid closure days:
          - closureDays.0: 2026-02-30 is not a real date (expected YYYY-MM-DD)
          - closureDays.1: 2031-01-02 is outside the bank holiday data (2018–2028); load that year's bank holidays first]
      `);
    });
  });

  describe('beyond the data', () => {
    it('throws a clear error by default', () => {
      expect(() => englandAndWales.addWorkingDays('2029-01-02', 1)).toThrow(CalendarRangeError);
      expect(() => englandAndWales.addWorkingDays('2028-12-22', 10)).toThrow(/No bank holiday data for 2029-01-0/);
      expect(() => englandAndWales.isWorkingDay('2017-12-29')).toThrow(/covers 2018-01-01 to 2028-12-31/);
      expect(() => englandAndWales.workingDaysBetween('2028-12-01', '2029-01-31')).toThrow(CalendarRangeError);
    });

    it("counts Monday to Friday only with beyondData: 'weekends-only'", () => {
      const calendar = createCalendar({ beyondData: 'weekends-only' });
      expect(calendar.addWorkingDays('2028-12-22', 5)).toBe('2029-01-02'); // 25, 26 Dec 2028 holidays; 1 Jan 2029 unknown → counted
      expect(calendar.isWorkingDay('2029-12-25')).toBe(true);
      expect(calendar.addWorkingDays('2018-01-02', -2)).toBe('2017-12-28');
    });

    it('rejects bad input clearly', () => {
      expect(() => englandAndWales.addWorkingDays('2026-02-30', 1)).toThrow('2026-02-30 is not a real date (expected YYYY-MM-DD)');
      expect(() => englandAndWales.addWorkingDays('18/12/2026', 1)).toThrow(/not a real date/);
      expect(() => englandAndWales.addWorkingDays('2026-12-18', 1.5)).toThrow('Working days must be a whole number, got 1.5');
      expect(() => englandAndWales.addWorkingDays('2026-12-18', Number.NaN)).toThrow(/whole number/);
    });
  });

  describe('loading newer GOV.UK data', () => {
    const newer = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true },
          { title: 'Good Friday', date: '2029-03-30', notes: '', bunting: true },
          { title: 'Christmas Day', date: '2029-12-25', notes: '', bunting: true },
        ],
      },
    };

    it('extends coverage to the years in the file', () => {
      const calendar = createCalendar({ bankHolidays: newer });
      expect(calendar.coverage).toEqual({ from: '2018-01-01', to: '2029-12-31' });
      expect(calendar.addWorkingDays('2028-12-22', 5)).toBe('2029-01-03');
      expect(calendar.isWorkingDay('2029-03-30')).toBe(false);
      expect(calendar.addWorkingDays('2026-12-18', 5)).toBe('2026-12-29'); // shipped years unchanged
    });

    it('accepts the JSON text', () => {
      expect(createCalendar({ bankHolidays: JSON.stringify(newer) }).coverage.to).toBe('2029-12-31');
    });

    it('lets a loaded year replace the shipped one (GOV.UK moves days)', () => {
      const moved = { 'england-and-wales': { events: [{ title: 'Early May bank holiday', date: '2026-05-08' }] } };
      const calendar = createCalendar({ bankHolidays: moved });
      expect(calendar.isWorkingDay('2026-05-04')).toBe(true);
      expect(calendar.isWorkingDay('2026-05-08')).toBe(false);
    });

    it('rejects data that is not GOV.UK bank-holidays.json, naming the path', () => {
      expect(() =>
        createCalendar({ bankHolidays: { 'england-and-wales': { events: [{ title: 'X', date: '2029-02-30' }, { date: '2029-01-01' }] } } }),
      ).toThrowErrorMatchingInlineSnapshot(`
        [CalendarDataError: Bank holiday data is not in the GOV.UK bank-holidays.json format:
          - england-and-wales.events.0.date: 2029-02-30 is not a real date
          - england-and-wales.events.1.title: Invalid input: expected string, received undefined]
      `);
      expect(() => createCalendar({ bankHolidays: '{ not json' })).toThrow(/Bank holiday data is not valid JSON/);
      expect(() => createCalendar({ bankHolidays: [] })).toThrow(CalendarDataError);
      expect(() => createCalendar({ bankHolidays: { scotland: { events: [] } } })).toThrow(/no "england-and-wales" entry/);
    });

    it('rejects a gap between years', () => {
      const gap = { 'england-and-wales': { events: [{ title: 'New Year’s Day', date: '2030-01-01' }] } };
      expect(() => createCalendar({ bankHolidays: gap })).toThrow(/no bank holidays for 2029/);
    });
  });
});
