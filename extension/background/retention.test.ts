import { describe, expect, it } from 'vitest';
import { expiredCaseIds, keepUntil } from './retention.js';

describe('keepUntil', () => {
  it.each([
    ['2025-11-24', 12, '2026-11-24'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-15', 1, '2026-02-15'],
  ])('closed %s, kept %i months: until %s', (closedOn, months, until) => {
    expect(keepUntil(closedOn, months)).toBe(until);
  });
});

describe('expiredCaseIds', () => {
  it('should pick only closed cases past the period (the last day itself is kept)', () => {
    const rows = [
      { id: 'kept-last-day', group: 'closed' as const, closedOn: '2025-11-24' },
      { id: 'expired', group: 'closed' as const, closedOn: '2025-11-23' },
      { id: 'open', group: 'overdue' as const },
      { id: 'closed-no-date', group: 'closed' as const },
    ];
    expect(expiredCaseIds(rows, '2026-11-24', 12)).toEqual(['expired']);
  });
});
