import { describe, expect, it } from 'vitest';
import { readDate, readPoints, writePoints } from './evidence-fields.js';

describe('evidence fields', () => {
  it('reads dates without guessing and allows an empty optional one', () => {
    expect(readDate('Due by', '12/02/2027', false)).toEqual({ ok: true, date: '2027-02-12' });
    expect(readDate('Done on', '  ', true)).toEqual({ ok: true, date: undefined });
    expect(readDate('Due by', '', false)).toEqual({ ok: false, message: 'Due by: The date is empty' });
    expect(readDate('Due by', '31/02/2027', false)).toMatchObject({ ok: false, message: expect.stringContaining('not a real date') });
  });
  it('reads points one a line, the outcome after the last colon', () => {
    expect(readPoints('Mould in the bedroom: Upheld\n\n  Late repair  \nTime: 10:30 visit missed: Not upheld')).toEqual([
      { point: 'Mould in the bedroom', outcome: 'Upheld' },
      { point: 'Late repair' },
      { point: 'Time: 10:30 visit missed', outcome: 'Not upheld' },
    ]);
    expect(writePoints(readPoints('Leak: Upheld\nNoise'))).toBe('Leak: Upheld\nNoise');
  });
});
