import { describe, expect, it } from 'vitest';
import { parseDayNumber } from '../dates/dayNumber.js';
import { BankHolidayEvent, BankHolidaysJson, Division, divisions } from './BankHolidaysJson.js';
import { createCalendar } from './createCalendar.js';
import { CalendarDataError, CalendarRangeError } from './errors.js';
import { countWeekdays } from './weekdays.js';

// England and Wales bank holidays in 2029, from the fixed rules (Easter Sunday is 1 April 2029):
// Mon 1 Jan, Good Friday 30 Mar, Easter Monday 2 Apr, Mon 7 May, Mon 28 May, Mon 27 Aug, Tue 25 Dec, Wed 26 Dec.
const events2029 = [
  ['2029-01-01', 'New Year’s Day'], ['2029-03-30', 'Good Friday'], ['2029-04-02', 'Easter Monday'], ['2029-05-07', 'Early May bank holiday'],
  ['2029-05-28', 'Spring bank holiday'], ['2029-08-27', 'Summer bank holiday'], ['2029-12-25', 'Christmas Day'], ['2029-12-26', 'Boxing Day'],
].map(([date, title]) => ({ date, title }));
const with2029 = { 'england-and-wales': { division: 'england-and-wales', events: events2029 } };

describe('BankHolidaysJson', () => {
  it('names the three GOV.UK divisions', () => {
    expect(divisions).toEqual(['england-and-wales', 'scotland', 'northern-ireland']);
    for (const division of divisions) expect(Division.parse(division)).toBe(division);
    expect(Division.safeParse('wales').success).toBe(false);
  });

  it('fills in notes and bunting, and needs a title', () => {
    expect(BankHolidayEvent.parse({ title: 'Boxing Day', date: '2026-12-28' })).toEqual({ title: 'Boxing Day', date: '2026-12-28', notes: '', bunting: true });
    expect(BankHolidayEvent.safeParse({ title: '', date: '2026-12-28' }).error?.issues.map((issue) => issue.message)).toEqual(['A bank holiday needs a title']);
  });

  it('says what shape it expected when no division is there', () => {
    expect(BankHolidaysJson.safeParse({}).error?.issues.map((issue) => issue.message)).toEqual([
      'Expected GOV.UK bank-holidays.json: an object with "england-and-wales", "scotland" or "northern-ireland"',
    ]);
  });
});

describe('errors', () => {
  it('a date beyond the data says which years are covered and what to do', () => {
    const error = (() => {
      try {
        createCalendar().addWorkingDays('2030-01-02', 1);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CalendarRangeError);
    expect(error).toMatchObject({
      name: 'CalendarRangeError',
      date: '2030-01-02',
      coverage: { from: '2018-01-01', to: '2028-12-31' },
      message:
        'No bank holiday data for 2030-01-02: this calendar covers 2018-01-01 to 2028-12-31. ' +
        'Load newer GOV.UK bank-holidays.json data with createCalendar({ bankHolidays }), ' +
        "or pass beyondData: 'weekends-only' to count Monday to Friday only beyond the data.",
    });
  });

  it('data that is not JSON names the root, not an empty path', () => {
    expect(() => createCalendar({ bankHolidays: '{not json' })).toThrow(/^Bank holiday data is not valid JSON:\n {2}- \(root\): /);
    // The parser's own words follow (they differ between engines, so only their presence is checked).
    expect(() => createCalendar({ bankHolidays: '{not json' })).toThrow(/\(root\): (?!undefined)\S/);
  });

  it('a loaded year before the shipped data extends the coverage backwards', () => {
    const calendar = createCalendar({ bankHolidays: { 'england-and-wales': { events: [{ title: 'Christmas Day', date: '2017-12-25' }] } } });
    expect(calendar.coverage).toEqual({ from: '2017-01-01', to: '2028-12-31' });
    expect(calendar.isWorkingDay('2017-12-25')).toBe(false);
  });
});

describe('loading bank holidays', () => {
  it('extends the calendar by the years loaded, in date order whatever order they come in', () => {
    const reversed = { 'england-and-wales': { division: 'england-and-wales', events: [...events2029].reverse() } };
    const calendar = createCalendar({ bankHolidays: reversed });
    expect(calendar.coverage).toEqual({ from: '2018-01-01', to: '2029-12-31' });
    expect(calendar.isWorkingDay('2029-12-26')).toBe(false);
  });

  it('refuses data that leaves a year out', () => {
    const only2030 = { 'england-and-wales': { division: 'england-and-wales', events: [{ date: '2030-01-01', title: 'New Year’s Day' }] } };
    expect(() => createCalendar({ bankHolidays: only2030 })).toThrow(
      new CalendarDataError('Bank holiday data has a gap:', [{ path: 'england-and-wales', message: 'no bank holidays for 2029, between 2018 and 2030' }]),
    );
  });

  it('refuses data without the calendar’s division', () => {
    expect(() => createCalendar({ division: 'scotland', bankHolidays: with2029 })).toThrow(
      'Bank holiday data does not cover this calendar:\n  - scotland: no "scotland" entry; this calendar needs that division\'s bank holidays',
    );
  });

  it('names a substitute day as one', () => {
    const calendar = createCalendar({ bankHolidays: { 'england-and-wales': { division: 'england-and-wales', events: [...events2029, { date: '2029-12-27', title: 'Extra day', notes: 'Substitute day' }] } } });
    expect(calendar.nonWorkingDays('2029-12-27', '2029-12-27')).toEqual([{ date: '2029-12-27', reason: 'Extra day (substitute day)', kind: 'bank-holiday' }]);
  });
});

describe('closure days', () => {
  it('uses the reason given, trimmed, or "Closure day"; a bank holiday stays a bank holiday', () => {
    const calendar = createCalendar({
      closureDays: [{ date: '2026-12-24', reason: '  Office closed for Christmas  ' }, '2026-12-29', { date: '2026-12-30' }, '2026-12-25'],
    });
    expect(calendar.nonWorkingDays('2026-12-24', '2026-12-30')).toEqual([
      { date: '2026-12-24', reason: 'Office closed for Christmas', kind: 'closure' },
      { date: '2026-12-25', reason: 'Christmas Day', kind: 'bank-holiday' },
      { date: '2026-12-26', reason: 'Saturday', kind: 'weekend' },
      { date: '2026-12-27', reason: 'Sunday', kind: 'weekend' },
      { date: '2026-12-28', reason: 'Boxing Day (substitute day)', kind: 'bank-holiday' },
      { date: '2026-12-29', reason: 'Closure day', kind: 'closure' },
      { date: '2026-12-30', reason: 'Closure day', kind: 'closure' },
    ]);
  });

  it('may fall in the first and last years of the data, not outside them', () => {
    expect(createCalendar({ closureDays: ['2018-12-24', '2028-12-22'] }).isWorkingDay('2028-12-22')).toBe(false);
    expect(() => createCalendar({ closureDays: ['2017-12-22', '2029-12-24'] })).toThrow(
      new CalendarDataError('Invalid closure days:', [
        { path: 'closureDays.0', message: '2017-12-22 is outside the bank holiday data (2018–2028); load that year\'s bank holidays first' },
        { path: 'closureDays.1', message: '2029-12-24 is outside the bank holiday data (2018–2028); load that year\'s bank holidays first' },
      ]),
    );
  });

  it('a missing entry is refused with a message, not a crash', () => {
    expect(() => createCalendar({ closureDays: [null as unknown as string] })).toThrow('closureDays.0: undefined is not a real date (expected YYYY-MM-DD)');
  });
});

describe('counting past the end of the data (weekends only)', () => {
  // With 2029 loaded the data end on Mon 31 Dec 2029, a working day; beyond it only weekends are off.
  const calendar = createCalendar({ bankHolidays: with2029, beyondData: 'weekends-only' });

  it('adds across the end: Fri 28 Dec 2029 + 3 = Mon 31 Dec, Tue 1 Jan, Wed 2 Jan 2030', () => {
    expect(calendar.addWorkingDays('2029-12-28', 3)).toBe('2030-01-02');
    expect(calendar.addWorkingDays('2030-01-02', -3)).toBe('2029-12-28');
    expect(calendar.addWorkingDays('2030-01-04', 2)).toBe('2030-01-08');
  });

  it('counts across the end: Fri 28 Dec 2029 to Fri 4 Jan 2030 is Mon 31, Tue 1 … Fri 4 = 5', () => {
    expect(calendar.workingDaysBetween('2029-12-28', '2030-01-04')).toBe(5);
    expect(calendar.workingDaysBetween('2030-01-04', '2029-12-28')).toBe(-5);
  });
});

describe('countWeekdays', () => {
  it('counts Monday to Friday in [from, to), negative backwards', () => {
    const monday23 = parseDayNumber('2026-11-23');
    const monday30 = parseDayNumber('2026-11-30');
    expect(countWeekdays(monday23, monday30)).toBe(5);
    expect(countWeekdays(monday30, monday23)).toBe(-5);
    expect(countWeekdays(monday23, monday23)).toBe(0);
  });
});
