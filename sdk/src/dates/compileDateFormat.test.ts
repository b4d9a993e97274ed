import { describe, expect, it } from 'vitest';
import { compileDateFormat } from './compileDateFormat.js';
import { parseIsoDate } from './parseIsoDate.js';

const parse = (format: string, text: string) => {
  const compiled = compileDateFormat(format);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.format.parse(text);
};

describe('compileDateFormat', () => {
  it.each([
    ['d/M/yyyy', '2/11/2026', '2026-11-02'],
    ['dd/MM/yyyy', '02/11/2026', '2026-11-02'],
    ['M/d/yyyy', '03/04/2026', '2026-03-04'],
    ['M/d/yyyy h:mm a', '11/19/2026 4:40 PM', '2026-11-19'],
    ['yyyy-MM-dd HH:mm', '2026-11-19 16:40', '2026-11-19'],
    ['MMM d, yyyy HH:mm', 'Nov 19, 2026 16:40', '2026-11-19'],
    ['MMM d, yyyy', 'Sept 9, 2026', '2026-09-09'],
    ['dd-MMM-yyyy', '19-Nov-2026', '2026-11-19'],
    ['EEEE d MMMM yyyy', 'Thursday 19 November 2026', '2026-11-19'],
    ['EEE, do MMM yyyy', 'Thu, 19th Nov 2026', '2026-11-19'],
    ["d MMM yyyy 'at' HH:mm", '19 Nov 2026 at 16:40', '2026-11-19'],
    ['iso', '2026-11-19T23:30:00Z', '2026-11-19'],
  ])('should read %s: %s', (format, text, date) => {
    expect(parse(format, text)).toEqual({ ok: true, date });
  });

  it.each([
    ['d/M/yyyy', '31/02/2026', 'not a real date'],
    ['d/M/yyyy', '2026-11-19', 'not in the format d/M/yyyy'],
    ['MMM d, yyyy', 'Foo 9, 2026', 'month name'],
    ['EEEE d MMMM yyyy', 'Friday 19 November 2026', 'is not a Friday'],
    ['yyyy-MM-dd HH:mm', '2026-11-19 25:40', 'not a real time'],
    ['M/d/yyyy h:mm', '11/19/2026 4:40', 'am or pm'],
    ['d/M/yyyy', `${'1/'.repeat(100)}2026`, 'too long'],
  ])('should refuse %s: %s', (format, text, message) => {
    const result = parse(format, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it.each([
    ['dd/MM/yy', 'four-digit year'],
    ['yyyy-dd', 'month'],
    ['MMMM yyyy', 'day'],
    ['dd/MM/yyyy Q', '"Q" is not a date token'],
    ["dd/MM/yyyy 'at", 'never closed'],
  ])('should refuse the format %s', (format, message) => {
    const result = compileDateFormat(format);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['2026-11-19', '2026-11-19'],
    ['2026-06-01T23:30:00Z', '2026-06-02'], // BST: already 2 June in London
    ['2026-11-19T23:40:00-05:00', '2026-11-20'],
    ['2026-11-19T16:40:00.000+0000', '2026-11-19'],
    ['2026-11-19T16:40', '2026-11-19'],
    ['2026-11-19 16:40:12', '2026-11-19'],
  ])('should read %s as %s', (text, date) => {
    expect(parseIsoDate(text)).toEqual({ ok: true, date });
  });
});
