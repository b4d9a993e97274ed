import { describe, expect, it } from 'vitest';
import { parseUkDate } from './parseUkDate.js';

describe('parseUkDate', () => {
  it.each([
    ['02/11/2026', '2026-11-02'],
    ['2/11/2026', '2026-11-02'],
    ['02.11.2026', '2026-11-02'],
    ['02-11-2026', '2026-11-02'],
    ['02/11/2026 14:03', '2026-11-02'],
    ['2 Nov 2026', '2026-11-02'],
    ['2 November 2026', '2026-11-02'],
    ['2nd November 2026', '2026-11-02'],
    ['2 Sept 2026', '2026-09-02'],
    ['2026-11-02', '2026-11-02'],
    ['Monday 2 November 2026 14:03', '2026-11-02'],
    ['Monday, 2 November 2026 at 2:03pm', '2026-11-02'],
    ['Mon 2 Nov 2026', '2026-11-02'],
    ['  2   Nov\n 2026 ', '2026-11-02'],
    ['2026-11-02T14:03', '2026-11-02'],
  ])('should read %j as %s', (shown, expected) => {
    expect(parseUkDate(shown)).toEqual({ ok: true, date: expected });
  });

  it('should convert a UTC timestamp to the London date (BST makes 23:30 UTC the next day)', () => {
    expect(parseUkDate('2026-06-01T23:30:00Z')).toEqual({ ok: true, date: '2026-06-02' });
    expect(parseUkDate('2026-12-01T23:30:00Z')).toEqual({ ok: true, date: '2026-12-01' });
  });

  it.each([
    ['', 'The date is empty'],
    ['31/02/2026', 'not a real date'],
    ['2026-02-30', 'not a real date'],
    ['11/25/2026', 'no month 25'],
    ['02/11/26', '2-digit year'],
    ['Tuesday 2 November 2026', 'is not a Tuesday'],
    ['2 Novembre 2026', 'is not a month'],
    ['2 Foo 2026', 'is not a month'],
    ['Funday 2 Nov 2026', 'is not a day of the week'],
    ['next Tuesday', 'not a date in a form we read'],
    ['Not yet acknowledged', 'not a date in a form we read'],
    ['02/11/0026', 'looks wrong'],
  ])('should refuse %j rather than guess', (shown, message) => {
    const result = parseUkDate(shown);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('parseUkDate: the forms CRMs really show (issue 9, point 3)', () => {
  it.each([
    ['2026-11-19 16:40', '2026-11-19'],
    ['2026-11-19 16:40:05', '2026-11-19'],
    ['Nov 19, 2026 16:40', '2026-11-19'],
    ['Nov 19, 2026 4:40 PM', '2026-11-19'],
    ['November 19, 2026', '2026-11-19'],
    ['Thursday, November 19, 2026', '2026-11-19'],
    ['19-Nov-2026', '2026-11-19'],
    ['19-Nov-2026 16:40', '2026-11-19'],
    ['2026-11-19T16:40:00.000Z', '2026-11-19'],
    ['2026-11-19T23:40:00-05:00', '2026-11-20'],
    ['2026-11-19T16:40:00+0000', '2026-11-19'],
  ])('should read %j as %s', (shown, expected) => {
    expect(parseUkDate(shown)).toEqual({ ok: true, date: expected });
  });

  it('should read month-first dates only with a declared format', () => {
    expect(parseUkDate('03/04/2026')).toEqual({ ok: true, date: '2026-04-03' });
    expect(parseUkDate('03/04/2026', { formats: ['M/d/yyyy'] })).toEqual({ ok: true, date: '2026-03-04' });
    expect(parseUkDate('11/19/2026 4:40 PM', { formats: ['M/d/yyyy h:mm a'] })).toEqual({ ok: true, date: '2026-11-19' });
  });

  it('should try declared formats in order and name them when none fits', () => {
    expect(parseUkDate('19-Nov-2026', { formats: ['d/M/yyyy', 'dd-MMM-yyyy'] })).toEqual({ ok: true, date: '2026-11-19' });
    const refused = parseUkDate('2 Nov 2026', { formats: ['d/M/yyyy', 'iso'] });
    expect(refused).toEqual({ ok: false, message: '"2 Nov 2026" is not in the date formats d/M/yyyy or iso' });
    expect(parseUkDate('31/02/2026', { formats: ['d/M/yyyy', 'dd-MMM-yyyy'] })).toEqual({ ok: false, message: '"31/02/2026" is not a real date' });
  });

  it.each(['4 days ago', 'yesterday', 'in 3 days', 'Today at 10:02'])('should refuse relative text %j from a page and point at the attribute', (shown) => {
    expect(parseUkDate(shown, { fromPage: true })).toEqual({ ok: false, message: `"${shown}" is a relative time; read the date from an attribute (e.g. datetime or title)` });
  });

  it('should refuse relative text typed by a person and ask for the date itself', () => {
    expect(parseUkDate('2 days ago')).toEqual({ ok: false, message: '"2 days ago" is a relative time; give the date itself (e.g. 02/11/2026)' });
  });

  it('should stay fast on hostile text', () => {
    const started = performance.now();
    for (const text of ['1'.repeat(100_000), `${'Nov '.repeat(25_000)}2026`, `2 ${'a'.repeat(100_000)} 2026`]) expect(parseUkDate(text).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('parseUkDate: clock changes, leap days, two-digit years and bad input', () => {
  it.each([
    // GMT → BST on Sun 29 Mar 2026 at 01:00 UTC: 00:30 UTC is still 29 March in London, 23:30 UTC is 30 March.
    ['2026-03-29T00:30:00Z', '2026-03-29'],
    ['2026-03-29T23:30:00Z', '2026-03-30'],
    ['2026-03-28T23:30:00Z', '2026-03-28'],
    // BST → GMT on Sun 25 Oct 2026 at 01:00 UTC: 23:30 UTC on the 24th is 00:30 BST on the 25th; on the 25th it is GMT again.
    ['2026-10-24T23:30:00Z', '2026-10-25'],
    ['2026-10-25T23:30:00Z', '2026-10-25'],
    ['2026-10-25T00:30:00+01:00', '2026-10-25'],
  ])('should give the London date of %s: %s', (shown, expected) => {
    expect(parseUkDate(shown)).toEqual({ ok: true, date: expected });
  });

  it('should read 29 February in a leap year and refuse it in others', () => {
    expect(parseUkDate('29/02/2028')).toEqual({ ok: true, date: '2028-02-29' });
    expect(parseUkDate('Tue 29 Feb 2028')).toEqual({ ok: true, date: '2028-02-29' });
    expect(parseUkDate('29/02/2027')).toEqual({ ok: false, message: '"29/02/2027" is not a real date' });
    expect(parseUkDate('29 Feb 2100')).toEqual({ ok: false, message: '"29 Feb 2100" is not a real date' });
    expect(parseUkDate('29 Feb 2000')).toEqual({ ok: true, date: '2000-02-29' });
  });

  it('should refuse two-digit years, typed or declared, rather than guess the century', () => {
    expect(parseUkDate('02/11/26')).toEqual({ ok: false, message: '"02/11/26" has a 2-digit year; show the full year (2026)' });
    expect(parseUkDate('02/11/26', { formats: ['dd/MM/yy'] })).toEqual({
      ok: false,
      message: 'Date format "dd/MM/yy": "yy": two-digit years are ambiguous; the format needs a four-digit year (yyyy)',
    });
  });

  it('should answer bad input with a message, never a throw', () => {
    expect(parseUkDate('   ')).toEqual({ ok: false, message: 'The date is empty' });
    expect(parseUkDate(undefined as unknown as string)).toEqual({ ok: false, message: 'The date is empty' });
    expect(parseUkDate('2026-13-01')).toEqual({ ok: false, message: '"2026-13-01" has no month 13 (dates are read day first, as in 02/11/2026)' });
    expect(parseUkDate('2026-11-19T24:10:00Z')).toEqual({ ok: false, message: '"2026-11-19T24:10:00Z" is not a real time' });
    expect(parseUkDate(`${'9'.repeat(90)}`)).toEqual({ ok: false, message: `"${'9'.repeat(40)}…" is too long to be a date` });
  });
});
