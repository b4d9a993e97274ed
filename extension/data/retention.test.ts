import { defaultSettings, type TrackedCase } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { toPanelRow } from './case-rows.js';
import { expiredCaseIds, keepUntil, retentionStartsOn } from './retention.js';

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

const origin = 'https://crm.example';
function tracked(reference: string, facts: Omit<TrackedCase['facts'], 'reference'>, lastSeenAt = '2025-06-01T10:00:00.000Z', corrections: TrackedCase['corrections'] = {}): TrackedCase {
  return {
    id: `${origin}|${reference}`,
    origin,
    reference,
    adapterId: 'demo',
    url: `${origin}/cases/${reference}`,
    facts: { reference, ...facts },
    corrections,
    firstSeenAt: '2025-01-01T10:00:00.000Z',
    lastSeenAt,
  };
}

describe('expiredCaseIds', () => {
  const today = '2026-11-24';

  it('should pick only closed cases past the period (the last day itself is kept)', () => {
    const cases = [
      tracked('kept-last-day', { stage: 1, stage1ReceivedOn: '2025-10-01', stage1RespondedOn: '2025-11-24' }, '2025-12-01T10:00:00.000Z'),
      tracked('expired', { stage: 1, stage1ReceivedOn: '2025-10-01', stage1RespondedOn: '2025-11-23' }, '2025-12-01T10:00:00.000Z'),
      tracked('open', { stage: 1, stage1ReceivedOn: '2025-10-01' }),
      tracked('stage-2-open', { stage: 2, stage1ReceivedOn: '2025-01-01', stage1RespondedOn: '2025-01-20', stage2RequestedOn: '2025-02-01' }),
    ];
    expect(expiredCaseIds(cases, today, 12)).toEqual([`${origin}|expired`]);
  });

  // The attack: closed cases whose timeline cannot be worked out were kept for ever.
  it.each([
    ['received before the bank-holiday data', { stage: 1 as const, stage1ReceivedOn: '1990-03-01', stage1RespondedOn: '1990-03-20' }],
    ['responded before received', { stage: 1 as const, stage1ReceivedOn: '2025-05-01', stage1RespondedOn: '2025-01-10' }],
    ['received in 2099', { stage: 1 as const, stage1ReceivedOn: '2099-01-05', stage1RespondedOn: '2025-04-10' }],
    ['responded in 2099', { stage: 1 as const, stage1ReceivedOn: '2025-01-05', stage1RespondedOn: '2099-04-10' }],
    ['stage 2 answered before it was asked for', { stage: 2 as const, stage1ReceivedOn: '2025-01-05', stage1RespondedOn: '2025-01-20', stage2RequestedOn: '2025-03-01', stage2RespondedOn: '2025-02-01' }],
  ])('should delete a closed case whose timeline cannot be worked out: %s', (_name, facts) => {
    const closed = tracked('bad', facts);
    // It is a "cannot work out" row in the panel, yet still closed and past its period.
    expect(toPanelRow(closed, defaultSettings, today).group).toBe('problem');
    expect(expiredCaseIds([closed], today, 12)).toEqual([closed.id]);
  });

  it('should count from the day it was last seen when the closing date is later than that (a date in 2099)', () => {
    expect(retentionStartsOn(tracked('x', { stage1ReceivedOn: '2025-01-05', stage1RespondedOn: '2099-04-10' }, '2026-03-02T23:30:00.000Z'))).toBe('2026-03-02');
    expect(expiredCaseIds([tracked('x', { stage1ReceivedOn: '2025-01-05', stage1RespondedOn: '2099-04-10' }, '2026-03-02T23:30:00.000Z')], today, 12)).toEqual([]);
  });

  it('should use the officer’s corrected response date', () => {
    const corrected = tracked('c', { stage: 1, stage1ReceivedOn: '2025-01-05' }, '2025-06-01T10:00:00.000Z', { stage1RespondedOn: '2025-02-01' });
    expect(retentionStartsOn(corrected)).toBe('2025-02-01');
    expect(expiredCaseIds([corrected], today, 12)).toEqual([corrected.id]);
  });

  it('should never delete an open case, however old', () => {
    expect(retentionStartsOn(tracked('o', { stage: 1, stage1ReceivedOn: '1990-01-01' }))).toBeUndefined();
    expect(expiredCaseIds([tracked('o', { stage: 2, stage1ReceivedOn: '1990-01-01', stage1RespondedOn: '1990-02-01' })], today, 12)).toEqual([]);
  });
});
