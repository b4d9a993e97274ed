import { describe, expect, it } from 'vitest';
import { parseCrmDate } from './parse-crm-date.js';

describe('parseCrmDate', () => {
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
    expect(parseCrmDate(shown)).toEqual({ ok: true, date: expected });
  });

  it('should convert a UTC timestamp to the London date (BST makes 23:30 UTC the next day)', () => {
    expect(parseCrmDate('2026-06-01T23:30:00Z')).toEqual({ ok: true, date: '2026-06-02' });
    expect(parseCrmDate('2026-12-01T23:30:00Z')).toEqual({ ok: true, date: '2026-12-01' });
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
    const result = parseCrmDate(shown);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('parseCrmDate: the forms CRMs really show (issue 9, point 3)', () => {
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
    expect(parseCrmDate(shown)).toEqual({ ok: true, date: expected });
  });

  it('should read month-first dates only with a declared format', () => {
    expect(parseCrmDate('03/04/2026')).toEqual({ ok: true, date: '2026-04-03' });
    expect(parseCrmDate('03/04/2026', ['M/d/yyyy'])).toEqual({ ok: true, date: '2026-03-04' });
    expect(parseCrmDate('11/19/2026 4:40 PM', ['M/d/yyyy h:mm a'])).toEqual({ ok: true, date: '2026-11-19' });
  });

  it('should try declared formats in order and name them when none fits', () => {
    expect(parseCrmDate('19-Nov-2026', ['d/M/yyyy', 'dd-MMM-yyyy'])).toEqual({ ok: true, date: '2026-11-19' });
    const refused = parseCrmDate('2 Nov 2026', ['d/M/yyyy', 'iso']);
    expect(refused).toEqual({ ok: false, message: '"2 Nov 2026" is not in the date formats d/M/yyyy or iso' });
    expect(parseCrmDate('31/02/2026', ['d/M/yyyy', 'dd-MMM-yyyy'])).toEqual({ ok: false, message: '"31/02/2026" is not a real date' });
  });

  it.each(['4 days ago', 'yesterday', 'in 3 days', 'Today at 10:02'])('should refuse relative text %j and point at the attribute', (shown) => {
    const result = parseCrmDate(shown);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('relative time');
  });

  it('should stay fast on hostile text', () => {
    const started = performance.now();
    for (const text of ['1'.repeat(100_000), `${'Nov '.repeat(25_000)}2026`, `2 ${'a'.repeat(100_000)} 2026`]) expect(parseCrmDate(text).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
