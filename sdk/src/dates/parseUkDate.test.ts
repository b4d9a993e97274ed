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
