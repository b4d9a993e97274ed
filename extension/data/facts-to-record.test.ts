import { complaintTimeline } from '@complaint-code/sdk';
import { defaultSettings, type CaseFacts } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { factsToRecord } from './facts-to-record.js';

const facts: CaseFacts = { reference: 'CMP-1042', stage1ReceivedOn: '2026-11-02', handler: 'Sam Patel' };

describe('factsToRecord', () => {
  it('should build a stage 1 record under the rule set chosen by the date received', () => {
    expect(factsToRecord(facts, {}, defaultSettings)).toEqual({
      ok: true,
      ruleSet: 'ho-2024',
      record: { reference: 'CMP-1042', ruleSet: 'ho-2024', stage1: { receivedOn: '2026-11-02', handlerId: 'Sam Patel' } },
    });
  });

  it('should choose the 2022 Code for a complaint received before 1 April 2024', () => {
    const result = factsToRecord({ ...facts, stage1ReceivedOn: '2024-03-28' }, {}, defaultSettings);
    expect(result.ok && result.ruleSet).toBe('ho-2022');
  });

  it("should use the user's rule set when one is chosen", () => {
    const result = factsToRecord(facts, {}, { ...defaultSettings, ruleSet: 'lgsco-2024' });
    expect(result.ok && result.record.ruleSet).toBe('lgsco-2024');
  });

  it('should let corrections win over the page and carry recorded extensions to their stage', () => {
    const result = factsToRecord(
      { ...facts, stage1AcknowledgedOn: '2026-11-05' },
      {
        stage1AcknowledgedOn: '2026-11-04',
        extensions: [{ stage: 1, notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'Awaiting a surveyor' }],
      },
      defaultSettings,
    );
    expect(result.ok && result.record.stage1).toEqual({
      receivedOn: '2026-11-02',
      acknowledgedOn: '2026-11-04',
      handlerId: 'Sam Patel',
      extensions: [{ notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'Awaiting a surveyor' }],
    });
  });

  it('should open stage 2 once the request date is known, with the handler at the current stage', () => {
    const result = factsToRecord({ ...facts, stage: 2, stage2RequestedOn: '2026-12-01', stage1RespondedOn: '2026-11-12' }, {}, defaultSettings);
    expect(result.ok && result.record).toMatchObject({
      stage1: { receivedOn: '2026-11-02', respondedOn: '2026-11-12' },
      stage2: { requestedOn: '2026-12-01', handlerId: 'Sam Patel' },
    });
    expect(result.ok && result.record.stage1.handlerId).toBeUndefined();
  });

  it('should refuse to guess when the date received is unknown', () => {
    expect(factsToRecord({ reference: 'X' }, {}, defaultSettings)).toMatchObject({ ok: false, problems: [{ field: 'stage1ReceivedOn' }] });
  });

  it('should refuse a stage 2 case without its request date', () => {
    expect(factsToRecord({ ...facts, stage: 2 }, {}, defaultSettings)).toMatchObject({ ok: false, problems: [{ field: 'stage2RequestedOn' }] });
  });

  it('should give records the SDK accepts', () => {
    const result = factsToRecord({ ...facts, stage1AcknowledgedOn: '2026-11-04' }, {}, defaultSettings);
    if (!result.ok) throw new Error('expected a record');
    const timeline = complaintTimeline(result.record, { today: '2026-11-24' });
    expect(timeline.next).toMatchObject({ id: 'stage1-response', dueOn: '2026-11-18', state: 'overdue' });
  });

  it('should not change its inputs', () => {
    const corrections = Object.freeze({ stage1AcknowledgedOn: '2026-11-04' });
    const frozen = Object.freeze({ ...facts });
    factsToRecord(frozen, corrections, defaultSettings);
    expect(frozen).toEqual(facts);
  });
});

describe('factsToRecord: extensions the CRM shows (issue 9, point 7)', () => {
  // Received Mon 2 Nov 2026: the HO Code's stage 1 response is due 10 working days later.
  const extended: CaseFacts = { reference: 'CMP-7', stage1ReceivedOn: '2026-11-02', stage1ExtendedTo: '2026-11-27', stage1ExtensionNotifiedOn: '2026-11-10' };

  it('should turn "Extended to" into an extension, so the case is not shown Overdue', () => {
    const result = factsToRecord(extended, {}, defaultSettings);
    expect(result.ok && result.record.stage1.extensions).toEqual([{ notifiedOn: '2026-11-10', newDueOn: '2026-11-27', reason: 'Extended in the CRM to 2026-11-27' }]);
    if (!result.ok) throw new Error('no record');
    const timeline = complaintTimeline(result.record, { today: '2026-11-20' });
    const respond = timeline.deadlines.find((d) => d.stage === 1 && d.step === 'respond');
    expect(respond?.dueOn).toBe('2026-11-27');
    expect(respond?.state).not.toBe('overdue');
  });

  it('should use the stage start when the CRM does not show when the resident was told, and say so', () => {
    const { stage1ExtensionNotifiedOn: _omit, ...noDate } = extended;
    const result = factsToRecord(noDate, {}, defaultSettings);
    expect(result.ok && result.record.stage1.extensions).toEqual([
      { notifiedOn: '2026-11-02', newDueOn: '2026-11-27', reason: 'Extended in the CRM to 2026-11-27 (the date the resident was told is not shown)' },
    ]);
  });

  it('should let the officer’s record of the same extension replace the page’s', () => {
    const recorded = { stage: 1 as const, notifiedOn: '2026-11-12', newDueOn: '2026-11-27', reason: 'Awaiting a surveyor' };
    const result = factsToRecord(extended, { extensions: [recorded] }, defaultSettings);
    expect(result.ok && result.record.stage1.extensions).toEqual([{ notifiedOn: '2026-11-12', newDueOn: '2026-11-27', reason: 'Awaiting a surveyor' }]);
  });

  it('should carry a stage 2 extension only once stage 2 exists', () => {
    const stage2: CaseFacts = { reference: 'CMP-8', stage1ReceivedOn: '2026-09-01', stage1RespondedOn: '2026-09-10', stage2RequestedOn: '2026-10-01', stage2ExtendedTo: '2026-11-30' };
    const result = factsToRecord(stage2, {}, defaultSettings);
    expect(result.ok && result.record.stage2?.extensions?.[0]?.newDueOn).toBe('2026-11-30');
    expect(result.ok && result.record.stage1.extensions).toBeUndefined();
  });
});
