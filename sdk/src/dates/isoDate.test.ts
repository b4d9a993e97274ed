import { expect, test } from 'vitest';
import { IsoDate } from './isoDate.js';
import { isIsoDate } from './isIsoDate.js';

test('valid - a real date', () => {
  expect(IsoDate.parse('2026-12-18')).toBe('2026-12-18');
  expect(isIsoDate('2024-02-29')).toBe(true);
});

test('invalid - not a real date', () => {
  expect(IsoDate.safeParse('2026-02-30').error?.issues[0]?.message).toBe('2026-02-30 is not a real date');
  expect(isIsoDate('2023-02-29')).toBe(false);
});

test('invalid - wrong format', () => {
  expect(IsoDate.safeParse('18/12/2026').error?.issues[0]?.message).toBe('Expected a date as YYYY-MM-DD, got "18/12/2026"');
  expect(IsoDate.safeParse(20261218).success).toBe(false);
  expect(isIsoDate(undefined)).toBe(false);
});
