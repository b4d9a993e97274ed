import { describe, expect, it } from 'vitest';
import { complaintTimeline } from './complaintTimeline.js';
import type { ComplaintRecordInput } from './ComplaintRecord.js';
import type { FindingCode } from './Finding.js';

// What each finding says, word for word, and where it points (written against surviving mutants).
// Received and acknowledged Mon 2 Nov 2026: acknowledgement due Mon 9 Nov, response due Mon 16 Nov 2026
// (6.3), extensible without good reason to Mon 30 Nov 2026 (6.4).
const base = { reference: 'C-8', stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-02' } };
const found = (record: ComplaintRecordInput, today: string, options: Parameters<typeof complaintTimeline>[1] = {}, only?: FindingCode) =>
  complaintTimeline(record, { today, ...options })
    .findings.filter((f) => (only ? f.code === only : f.code !== 'keep-informed-interval-not-agreed'))
    .map((f) => [f.code, f.severity, f.deadlineId, f.provision.ref, f.message]);

describe('dates after today', () => {
  it('names every recorded date after today, with the deadline it belongs to', () => {
    const record = {
      reference: 'C-9',
      stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-03', respondedOn: '2026-11-16' },
      stage2: { requestedOn: '2026-11-20', acknowledgedOn: '2026-11-23', respondedOn: '2026-12-01' },
    };
    const check = 'is after today (Sun 1 Nov 2026): check the date recorded.';
    expect(found(record, '2026-11-01', {}, 'date-in-future')).toEqual([
      ['date-in-future', 'warning', 'stage1-acknowledgement', '6.2', `Received Mon 2 Nov 2026 ${check}`],
      ['date-in-future', 'warning', 'stage1-acknowledgement', '6.2', `Stage 1 acknowledged Tue 3 Nov 2026 ${check}`],
      ['date-in-future', 'warning', 'stage1-response', '6.3', `Stage 1 response sent Mon 16 Nov 2026 ${check}`],
      ['date-in-future', 'warning', 'stage2-acknowledgement', '6.11', `Stage 2 requested Fri 20 Nov 2026 ${check}`],
      ['date-in-future', 'warning', 'stage2-acknowledgement', '6.11', `Stage 2 acknowledged Mon 23 Nov 2026 ${check}`],
      ['date-in-future', 'warning', 'stage2-response', '6.14', `Stage 2 response sent Tue 1 Dec 2026 ${check}`],
    ]);
  });
});

describe('extensions past the cap', () => {
  const beyond = (goodReason?: boolean) => ({ ...base, stage1: { ...base.stage1, extensions: [{ notifiedOn: '2026-11-12', newDueOn: '2026-12-04', reason: 'Busy', ...(goodReason === undefined ? {} : { goodReason }) }] } });

  it('under the Code, without good reason', () => {
    expect(found(beyond(), '2026-11-13')).toEqual([
      ['extension-beyond-cap', 'breach', 'stage1-response', '6.4', 'The stage 1 extension notified Thu 12 Nov 2026 runs to Fri 4 Dec 2026, past the latest the Code allows (Mon 30 Nov 2026) and no good reason is recorded; the response counts as due Mon 30 Nov 2026 (HO Code 2024 6.4).'],
    ]);
  });

  it('under a landlord’s hard cap, with or without good reason', () => {
    const message = 'The stage 1 extension notified Thu 12 Nov 2026 runs to Fri 4 Dec 2026, past the latest the landlord’s policy allows (Mon 30 Nov 2026); the response counts as due Mon 30 Nov 2026 (HO Code 2024 6.4).';
    const hard = { policy: { extensionCap: 'hard' as const } };
    expect(found(beyond(true), '2026-11-13', hard)).toEqual([['extension-beyond-cap', 'breach', 'stage1-response', '6.4', message]]);
    expect(found(beyond(false), '2026-11-13', hard)).toEqual([['extension-beyond-cap', 'breach', 'stage1-response', '6.4', message]]);
  });
});

describe('extensions that do not count', () => {
  it('a late or an earlier extension is not asked for a reason; the late one is a breach', () => {
    const record = { ...base, stage1: { ...base.stage1, extensions: [{ notifiedOn: '2026-11-10', newDueOn: '2026-11-13' }, { notifiedOn: '2026-11-17', newDueOn: '2026-11-27' }] } };
    expect(found(record, '2026-11-18')).toEqual([
      ['late-response', 'breach', 'stage1-response', '6.3', 'Stage 1 response is overdue by 2 working days: it was due Mon 16 Nov 2026 (HO Code 2024 6.3).'],
      ['keep-resident-informed', 'advice', 'stage1-response', '5.9', "The response is outside the Code's timescales: agree with the resident how often you will update them (HO Code 2024 5.9)."],
      ['extension-notified-late', 'breach', 'stage1-response', '6.4', 'The stage 1 extension notified Tue 17 Nov 2026 came after the deadline it extends (Mon 16 Nov 2026) had passed, so the response was already late (HO Code 2024 6.4).'],
    ]);
  });
});

describe('deadlines', () => {
  it('overdue by one working day, in the singular; an overdue acknowledgement needs no update interval', () => {
    expect(found(base, '2026-11-17').map(([code, , , , message]) => [code, message])).toEqual([
      ['late-response', 'Stage 1 response is overdue by 1 working day: it was due Mon 16 Nov 2026 (HO Code 2024 6.3).'],
      ['keep-resident-informed', "The response is outside the Code's timescales: agree with the resident how often you will update them (HO Code 2024 5.9)."],
    ]);
    expect(found({ ...base, stage1: { receivedOn: '2026-11-02' } }, '2026-11-10').map(([code, , , , message]) => [code, message])).toEqual([
      ['late-acknowledgement', 'Stage 1 acknowledgement is overdue by 1 working day: it was due Mon 9 Nov 2026 (HO Code 2024 6.2).'],
    ]);
  });

  it('a response with no acknowledgement recorded is taken as the acknowledgement', () => {
    expect(found({ ...base, stage1: { receivedOn: '2026-11-02', respondedOn: '2026-11-06' } }, '2026-11-10')).toEqual([
      ['acknowledgement-not-recorded', 'warning', 'stage1-acknowledgement', '6.2', 'No stage 1 acknowledgement date is recorded; the response on Fri 6 Nov 2026 was taken as the acknowledgement (HO Code 2024 6.2).'],
    ]);
  });
});

describe('the complaint as a whole', () => {
  it('the same handler at both stages, whatever the letter case', () => {
    const record = { ...base, stage1: { ...base.stage1, respondedOn: '2026-11-13', handlerId: 'Jo.Smith' }, stage2: { requestedOn: '2026-11-16', handlerId: 'jo.smith' } };
    expect(found(record, '2026-11-16')).toEqual([
      ['same-handler-both-stages', 'breach', 'stage2-response', '6.13', 'The same person (jo.smith) handled stage 1 and stage 2; the stage 2 reviewer must be someone else (HO Code 2024 6.13).'],
    ]);
  });

  it('the acceptance window runs from the later of the issue and the awareness dates', () => {
    const record = { ...base, issueOccurredOn: '2025-10-01', residentAwareOn: '2025-09-01' };
    expect(found(record, '2026-11-03')).toEqual([
      ['older-than-12-months', 'advice', 'stage1-acknowledgement', '2.3', 'Received Mon 2 Nov 2026, more than 12 months after the issue occurred (Wed 1 Oct 2025). Do not reject it for that alone: consider whether there are good reasons to use discretion and accept it (HO Code 2024 2.3).'],
    ]);
  });
});
