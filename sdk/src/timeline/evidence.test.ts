import { describe, expect, it } from 'vitest';
import { ComplaintRecord } from './ComplaintRecord.js';
import { defaultCategories, normaliseOutcome } from './evidence.js';

describe('normaliseOutcome', () => {
  it.each([
    ['Upheld', 'upheld'],
    ['Fully upheld', 'upheld'],
    ['Justified', 'upheld'],
    ['Partially Upheld', 'partly-upheld'],
    ['part-upheld', 'partly-upheld'],
    ['Not upheld', 'not-upheld'],
    ['NOT JUSTIFIED', 'not-upheld'],
    ['Unjustified', 'not-upheld'],
    ['Unupheld', 'not-upheld'],
    ['Not - upheld', 'not-upheld'],
    ['Resolved', 'resolved'],
    ['Withdrawn by resident', 'withdrawn'],
    ['Compensation paid', 'other'],
  ] as const)('%s → %s', (text, expected) => {
    expect(normaliseOutcome(text)).toBe(expected);
  });
});

describe('ComplaintRecord evidence fields', () => {
  it('names the field of a bad evidence value', () => {
    const result = ComplaintRecord.safeParse({
      reference: 'C-1',
      stage1: { receivedOn: '2027-01-04' },
      remedies: [{ action: 'Repair', dueOn: '2027-02-30' }],
      keepInformed: { intervalDays: 0 },
      refusedToAccept: { decidedOn: '2027-01-05', reason: ' ' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['remedies.0.dueOn', '2027-02-30 is not a real date'],
      ['keepInformed.intervalDays', 'The interval is at least 1 day'],
      ['refusedToAccept.reason', 'Give the reason for the refusal'],
    ]);
  });
});

describe('ComplaintRecord evidence messages', () => {
  it('says which evidence text is empty or malformed', () => {
    const result = ComplaintRecord.safeParse({
      reference: 'C-1',
      stage1: { receivedOn: '2027-01-04', outcome: ' ', points: [{ point: ' ', outcome: ' ' }] },
      category: ' ',
      remedies: [{ action: ' ' }],
      keepInformed: { intervalDays: 1.5 },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['stage1.outcome', 'The outcome is empty'],
      ['stage1.points.0.point', 'The point is empty'],
      ['stage1.points.0.outcome', 'The outcome is empty'],
      ['category', 'The category is empty'],
      ['remedies.0.action', 'Say what the remedy is'],
      ['keepInformed.intervalDays', 'Give the interval as whole days'],
    ]);
  });
});

describe('defaultCategories', () => {
  it('is the list offered until a landlord sets its own, in its order', () => {
    expect(defaultCategories).toEqual([
      'Repairs',
      'Damp and mould',
      'Anti-social behaviour',
      'Staff conduct',
      'Communication',
      'Neighbourhood and estate services',
      'Rent, service charges and income',
      'Allocations and lettings',
      'Tenancy management',
      'Building safety',
      'Other',
    ]);
  });
});
