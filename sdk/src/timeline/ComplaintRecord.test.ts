import { expect, expectTypeOf, test } from 'vitest';
import { ComplaintRecord, type ComplaintRecordInput, type Extension } from './ComplaintRecord.js';

const issues = (input: unknown) =>
  ComplaintRecord.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

test('valid - minimal record, extensions default to []', () => {
  const record = ComplaintRecord.parse({ reference: ' C-1 ', stage1: { receivedOn: '2026-12-18' } });
  expect(record).toEqual({ reference: 'C-1', stage1: { receivedOn: '2026-12-18', extensions: [] } });
});

test('valid - full record', () => {
  const input: ComplaintRecordInput = {
    reference: 'C-2',
    ruleSet: 'ho-2024',
    issueOccurredOn: '2026-10-01',
    residentAwareOn: '2026-10-03',
    stage1: {
      receivedOn: '2026-12-18',
      acknowledgedOn: '2026-12-22',
      respondedOn: '2027-01-20',
      handlerId: 'jo',
      extensions: [{ notifiedOn: '2027-01-05', newDueOn: '2027-01-20', reason: 'Surveyor', goodReason: false }],
    },
    stage2: { requestedOn: '2027-01-25', acknowledgedOn: '2027-01-26', respondedOn: '2027-02-20', handlerId: 'sam' },
  };
  // Parsing keeps every field as given and fills the one default (stage 2 extensions: []).
  expect(ComplaintRecord.parse(input)).toEqual({ ...input, stage2: { ...input.stage2, extensions: [] } });
});

test('invalid - impossible dates name the field', () => {
  expect(issues({ reference: 'C-3', stage1: { receivedOn: '2026-02-30', acknowledgedOn: '30/12/2026' } })).toEqual([
    'stage1.receivedOn: 2026-02-30 is not a real date',
    'stage1.acknowledgedOn: Expected a date as YYYY-MM-DD, got "30/12/2026"',
  ]);
});

test('invalid - dates out of order', () => {
  expect(
    issues({
      reference: 'C-4',
      issueOccurredOn: '2027-01-01',
      stage1: {
        receivedOn: '2026-12-18',
        acknowledgedOn: '2026-12-17',
        respondedOn: '2027-01-10',
        extensions: [{ notifiedOn: '2026-12-01', newDueOn: '2026-11-30' }],
      },
      stage2: { requestedOn: '2027-01-05', acknowledgedOn: '2027-01-04', respondedOn: '2027-01-03' },
    }),
  ).toEqual([
    'issueOccurredOn: The issue occurred (2027-01-01) after the complaint was received (2026-12-18)',
    'stage1.acknowledgedOn: Acknowledged (2026-12-17) before the complaint was received (2026-12-18)',
    'stage1.extensions.0.notifiedOn: Extension notified (2026-12-01) before the complaint was received (2026-12-18)',
    'stage1.extensions.0.newDueOn: New due date (2026-11-30) is before the extension was notified (2026-12-01)',
    'stage2.requestedOn: Stage 2 requested (2027-01-05) before the stage 1 response (2027-01-10)',
    'stage2.acknowledgedOn: Stage 2 acknowledged (2027-01-04) before it was requested (2027-01-05)',
    'stage2.respondedOn: Stage 2 responded (2027-01-03) before it was requested (2027-01-05)',
  ]);
});

test('invalid - missing reference, unknown rule set, empty handler', () => {
  expect(issues({ reference: '  ', ruleSet: 'ho-2030', stage1: { receivedOn: '2026-12-18', handlerId: '' } })).toEqual([
    'reference: Give the complaint reference',
    'ruleSet: Invalid option: expected one of "ho-2024"|"ho-2022"|"joint-draft-2023"|"lgsco-2024"',
    'stage1.handlerId: Handler id is empty',
  ]);
  expect(issues({ reference: 'C-5' })).toEqual(['stage1: Invalid input: expected object, received undefined']);
  expect(issues(null)).toEqual([': Invalid input: expected object, received null']);
});

test('types - input and output', () => {
  expectTypeOf<{ reference: string; stage1: { receivedOn: string } }>().toExtend<ComplaintRecordInput>();
  expectTypeOf<ComplaintRecord['stage1']['extensions']>().toEqualTypeOf<Extension[]>();
  expectTypeOf<Extension>().toEqualTypeOf<{ notifiedOn: string; newDueOn: string; reason?: string | undefined; goodReason?: boolean | undefined }>();
});

test('invalid - the other orderings, each a custom issue naming its field', () => {
  const result = ComplaintRecord.safeParse({
    reference: 'C-6',
    residentAwareOn: '2027-01-05',
    stage1: { receivedOn: '2027-01-04', respondedOn: '2027-01-03' },
    stage2: { requestedOn: '2027-01-02', extensions: [{ notifiedOn: '2027-01-01', newDueOn: '2027-01-08' }] },
  });
  expect(result.error?.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message])).toEqual([
    ['custom', 'residentAwareOn', 'The resident became aware (2027-01-05) after the complaint was received (2027-01-04)'],
    ['custom', 'stage1.respondedOn', 'Responded (2027-01-03) before the complaint was received (2027-01-04)'],
    ['custom', 'stage2.requestedOn', 'Stage 2 requested (2027-01-02) before the complaint was received (2027-01-04)'],
    ['custom', 'stage2.requestedOn', 'Stage 2 requested (2027-01-02) before the stage 1 response (2027-01-03)'],
    ['custom', 'stage2.extensions.0.notifiedOn', 'Extension notified (2027-01-01) before stage 2 was requested (2027-01-02)'],
  ]);
});
