import { describe, expect, it } from 'vitest';
import { bankHolidaysData } from './bank-holidays-data.js';
import { BankHolidaysJson, type Division } from './BankHolidaysJson.js';
import { createCalendar } from './createCalendar.js';
import frozen from './fixtures/gov-uk-bank-holidays-2018-2028.json' with { type: 'json' };

// A frozen copy of GOV.UK's bank-holidays.json for 2018–2028, written out by hand from the published
// lists (not generated from the shipped data), and cross-checked against /work/shared/research/domain.md
// section 4, which cites alphagov/frontend lib/data/bank-holidays.json@cb2a016 (2018: alphagov/calendars).
// The one disagreement found was in titles only: Scotland 2023, where the GOV.UK file calls Mon 2 Jan
// "New Year’s Day (substitute day)" and Tue 3 Jan "2nd January (substitute day)"; the copy follows the file.
// `bunting` is left out: it is decoration, unused for working days, and could not be checked offline.
//
// The property tests build their reference from the shipped data, so a date moved in all three divisions
// would pass them; this test compares against the independent copy instead.
const divisions: Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const reference = BankHolidaysJson.parse(frozen);

describe('shipped bank holidays match the frozen GOV.UK copy', () => {
  it.each(divisions)('%s: the same dates, titles and notes, in order', (division) => {
    expect(reference[division]?.events.length).toBeGreaterThan(90);
    const shipped = bankHolidaysData[division].events.map(({ date, title, notes }) => ({ date, title, notes }));
    const expected = (reference[division]?.events ?? []).map(({ date, title, notes }) => ({ date, title, notes }));
    expect(shipped).toEqual(expected);
  });

  it('counts per division over 2018–2028: 91 in England and Wales, 103 in Scotland, 113 in Northern Ireland', () => {
    expect(divisions.map((division) => bankHolidaysData[division].events.length)).toEqual([91, 103, 113]);
  });

  // A moved date changes deadlines: worked by hand from the GOV.UK lists.
  it.each<[Division, string, number, string]>([
    // Received Thu 24 Dec 2026: Fri 25 and Mon 28 Dec are holidays, so Tue 29, Wed 30, Thu 31 Dec, (Fri 1 Jan off) Mon 4, Tue 5 Jan 2027.
    ['england-and-wales', '2026-12-24', 5, '2027-01-05'],
    // Scotland also keeps Fri 1 Jan 2027 and (substitute for 2 Jan) Mon 4 Jan 2027: Tue 29, Wed 30, Thu 31 Dec, Tue 5, Wed 6 Jan.
    ['scotland', '2026-12-24', 5, '2027-01-06'],
    // Northern Ireland: Tue 17 Mar 2026 (St Patrick) is a holiday.
    ['northern-ireland', '2026-03-16', 1, '2026-03-18'],
  ])('%s: %s + %i working days = %s', (division, from, days, expected) => {
    expect(createCalendar({ division }).addWorkingDays(from, days)).toBe(expected);
  });
});
