import { defaultSettings, type CaseFacts, type TrackedCase } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { createRowMemo, expiredCaseIds, toPanelRow } from '../../data/index.js';
import { countByGroup, filterRows, groupRows, noFilter, officersOf } from './filter-rows.js';

const today = '2026-11-24'; // a Tuesday
const origin = 'http://localhost:4310';

function tracked(facts: CaseFacts, corrections: TrackedCase['corrections'] = {}): TrackedCase {
  return {
    id: `${origin}|${facts.reference}`,
    origin,
    reference: facts.reference,
    adapterId: 'demo-classic',
    url: `${origin}/cases/${facts.reference}`,
    facts,
    corrections,
    firstSeenAt: '2026-11-24T09:00:00.000Z',
    lastSeenAt: '2026-11-24T09:00:00.000Z',
  };
}

// HO Code 2024: acknowledge within 5 working days of receipt (5.1 / 6.2 style), respond within 10 of acknowledging.
const overdue = tracked({ reference: 'A-1', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04', handler: 'Sarah Mitchell', residentName: 'Mrs Okafor' }); // response due Wed 18 Nov
const dueToday = tracked({ reference: 'A-2', stage1ReceivedOn: '2026-11-17', handler: 'James Patel' }); // ack due Tue 24 Nov
const later = tracked({ reference: 'A-3', stage1ReceivedOn: '2026-11-23', handler: 'Sarah Mitchell' }); // ack due Mon 30 Nov
const closed = tracked({ reference: 'A-4', stage1ReceivedOn: '2026-10-01', stage1AcknowledgedOn: '2026-10-02', stage1RespondedOn: '2026-10-09' });
const problem = tracked({ reference: 'A-5', stage: 2 });

describe('toPanelRow', () => {
  it('should work out the next step, its due date, days left and group with the SDK', () => {
    expect(toPanelRow(overdue, defaultSettings, today)).toMatchObject({
      reference: 'A-1',
      resident: 'Mrs Okafor',
      officer: 'Sarah Mitchell',
      stage: 1,
      nextStep: 'Stage 1 response',
      dueOn: '2026-11-18',
      workingDaysLeft: -4,
      state: 'overdue',
      group: 'overdue',
    });
    expect(toPanelRow(dueToday, defaultSettings, today)).toMatchObject({ nextStep: 'Stage 1 acknowledgement', dueOn: '2026-11-24', workingDaysLeft: 0, group: 'due-today' });
    expect(toPanelRow(later, defaultSettings, today)).toMatchObject({ dueOn: '2026-11-30', state: 'on-track', group: 'later' });
  });

  it('should put closed cases in Closed with the date they closed, and cases without enough facts in "Cannot work out"', () => {
    expect(toPanelRow(closed, defaultSettings, today)).toMatchObject({ group: 'closed', state: 'met', closedOn: '2026-10-09', nextStep: 'Complaint closed' });
    const row = toPanelRow(problem, defaultSettings, today);
    expect(row).toMatchObject({ group: 'problem', state: 'problem', stage: 2 });
    expect(row.nextStep).toContain('no date');
  });

  it('should apply corrections: a corrected response date closes the case', () => {
    const corrected = tracked(overdue.facts, { stage1RespondedOn: '2026-11-17' });
    expect(toPanelRow(corrected, defaultSettings, today)).toMatchObject({ group: 'closed', state: 'met' });
  });
});

describe('createRowMemo', () => {
  it('should recompute only changed cases, and every case when today changes', () => {
    const { rowsFor } = createRowMemo();
    const first = rowsFor([overdue, later], defaultSettings, today);
    const changedLater = tracked({ ...later.facts, stage1AcknowledgedOn: '2026-11-24' });
    const second = rowsFor([{ ...overdue }, changedLater], defaultSettings, today);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.nextStep).toBe('Stage 1 response');
    const tomorrow = rowsFor([overdue, changedLater], defaultSettings, '2026-11-25');
    expect(tomorrow[0]).not.toBe(second[0]);
    expect(tomorrow[0]?.workingDaysLeft).toBe(-5);
  });
});

describe('filterRows and groupRows', () => {
  const rows = [later, closed, dueToday, problem, overdue].map((c) => toPanelRow(c, defaultSettings, today));

  it('should group in panel order, each sorted by next deadline', () => {
    expect(groupRows(filterRows(rows, noFilter)).map(({ group, rows: inGroup }) => [group, inGroup.map((r) => r.reference)])).toEqual([
      ['overdue', ['A-1']],
      ['due-today', ['A-2']],
      ['later', ['A-3']],
      ['problem', ['A-5']],
      ['closed', ['A-4']],
    ]);
    expect(countByGroup(rows)).toEqual({ overdue: 1, 'due-today': 1, 'due-soon': 0, later: 1, problem: 1, closed: 1 });
  });

  it('should filter by state, stage, officer and search (reference or resident, any case)', () => {
    const references = (filter: Partial<typeof noFilter>) => filterRows(rows, { ...noFilter, ...filter }).map((r) => r.reference);
    expect(references({ officer: 'Sarah Mitchell' })).toEqual(['A-1', 'A-3']);
    expect(references({ group: 'due-today' })).toEqual(['A-2']);
    expect(references({ stage: '2' })).toEqual(['A-5']);
    expect(references({ search: 'OKAFOR' })).toEqual(['A-1']);
    expect(references({ search: 'a-4' })).toEqual(['A-4']);
    expect(references({ sort: 'reference' })).toEqual(['A-1', 'A-2', 'A-3', 'A-4', 'A-5']);
    expect(officersOf(rows)).toEqual(['James Patel', 'Sarah Mitchell']);
  });
});

describe('closedOn of a stage 2 case (what retention counts from)', () => {
  // Stage 1 answered Tue 14 Jan 2025, escalated, stage 2 answered Mon 3 Mar 2025: the complaint closed on
  // 3 Mar 2025, so with 12 months' retention it is kept until 3 Mar 2026. Counting from the stage 1
  // response (14 Jan 2025) would delete it on 15 Jan 2026, seven weeks early.
  const stage2 = tracked({
    reference: 'A-6', stage: 2,
    stage1ReceivedOn: '2025-01-06', stage1AcknowledgedOn: '2025-01-07', stage1RespondedOn: '2025-01-14',
    stage2RequestedOn: '2025-01-20', stage2AcknowledgedOn: '2025-01-21', stage2RespondedOn: '2025-03-03',
  });

  it('is the stage 2 response date, not the stage 1 one', () => {
    expect(toPanelRow(stage2, defaultSettings, '2026-02-01')).toMatchObject({ group: 'closed', closedOn: '2025-03-03' });
  });

  it('keeps the case on 1 Feb 2026 and deletes it only after 3 Mar 2026', () => {
    expect(expiredCaseIds([stage2], '2026-02-01', 12)).toEqual([]);
    expect(expiredCaseIds([stage2], '2026-03-03', 12)).toEqual([]);
    expect(expiredCaseIds([stage2], '2026-03-04', 12)).toEqual([stage2.id]);
  });
});
