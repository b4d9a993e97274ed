import { describe, expect, it } from 'vitest';
import { monthFromName, weekdayFromName } from './names.js';

describe('monthFromName', () => {
  it.each([
    ['Nov', 11],
    ['november', 11],
    ['Sept', 9],
    ['SEP', 9],
    ['Janu', 1],
    ['Novembre', 0],
    ['No', 0],
    ['', 0],
  ])('reads %j as month %d', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });
});

describe('weekdayFromName', () => {
  it.each([
    ['Mon', 0],
    ['Tues', 1],
    ['thursday', 3],
    ['Sun', 6],
    ['Funday', -1],
    ['Mo', -1],
  ])('reads %j as weekday %d (0 = Monday)', (name, weekday) => {
    expect(weekdayFromName(name)).toBe(weekday);
  });
});
