import { describe, expect, it } from 'vitest';
import { complaintTimeline, type ComplaintRecordInput } from '../../index.js';
import { caseJsonLine } from './case-json-line.js';
import { caseJson } from './format-case.js';

const records: ComplaintRecordInput[] = [
  { reference: 'HA-1', stage1: { receivedOn: '2026-11-02' } },
  { reference: 'HA-"2"\\ é\n', ruleSet: 'lgsco-2024', stage1: { receivedOn: '2026-10-01', acknowledgedOn: '2026-10-12', respondedOn: '2026-11-30' } },
  {
    reference: 'HA-3',
    issueOccurredOn: '2024-01-01',
    stage1: { receivedOn: '2026-06-01', acknowledgedOn: '2026-06-02', respondedOn: '2026-08-20', handlerId: 'jo', extensions: [{ notifiedOn: '2026-06-10', newDueOn: '2026-08-01', goodReason: true }] },
    stage2: { requestedOn: '2026-09-01', handlerId: 'JO', extensions: [{ notifiedOn: '2026-12-30', newDueOn: '2027-01-30' }] },
  },
  { reference: 'HA-4', stage1: { receivedOn: '2026-11-20', acknowledgedOn: '2026-11-20', respondedOn: '2026-11-23' }, stage2: { requestedOn: '2026-11-24', acknowledgedOn: '2026-11-24', respondedOn: '2026-11-24' } },
  { reference: 'HA-5', stage1: { receivedOn: '2026-11-18' } },
  // References at each edge of "nothing to escape": tab, DEL, a lone surrogate, an emoji, ASCII punctuation.
  ...['HA\t6', 'HA\u007f7', 'HA-\ud8008', 'HA-😀', "HA-<9>'~ !/", 'HA-\u001f'].map((reference) => ({ reference, stage1: { receivedOn: '2026-11-18' } })),
];

describe('caseJsonLine', () => {
  it.each(records)('is the same bytes as JSON.stringify(caseJson(…)) for $reference', (record) => {
    const timeline = complaintTimeline(record, { today: '2026-11-24', policy: { targets: { 'stage1-response': 5 } } });
    for (const where of [{ unit: 'row', number: 7 }, { unit: 'line', number: 1 }] as const) {
      expect(caseJsonLine(where, timeline)).toBe(`${JSON.stringify(caseJson(where, timeline))}\n`);
    }
  });
});
