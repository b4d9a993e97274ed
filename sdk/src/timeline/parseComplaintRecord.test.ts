import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ComplaintRecord } from './ComplaintRecord.js';
import { fastComplaintRecord, parseComplaintRecord } from './parseComplaintRecord.js';

// Mostly one date (so records are often valid), some near it (so the ordering checks fail too), near-misses.
const date = fc.oneof(
  { weight: 60, arbitrary: fc.constant('2026-01-05') },
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 9 }).map((d) => `2026-01-0${d}`) },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2024-02-29', '2023-02-29', '2026-1-05', '2026-01-05 ', '２026-01-05', '2026/01/05', '', '2026-13-01') },
);
const text = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('HA-1', ' jo ', 'JO', 'x'.repeat(200), ` ${'y'.repeat(200)} `, '\u00a0z\n') },
  { weight: 2, arbitrary: fc.constantFrom('   ', '', 'x'.repeat(201), 'z'.repeat(2001), ` ${'w'.repeat(2000)}\t`) },
  { weight: 1, arbitrary: fc.string() },
);
const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant([]), fc.string(), fc.constant({}));
/** Usually the valid kind of value, sometimes missing, `undefined` or junk. */
const field = <T>(arb: fc.Arbitrary<T>, { required = false } = {}) =>
  fc.oneof(
    { weight: 40, arbitrary: arb.map((value) => ({ value })) },
    { weight: required ? 0 : 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant({ value: undefined }) },
    { weight: 1, arbitrary: junk.map((value) => ({ value })) },
  );
const object = (fields: Record<string, fc.Arbitrary<{ value: unknown } | undefined>>) =>
  fc.record(fields).map((entries) => Object.fromEntries(Object.entries(entries).flatMap(([key, entry]) => (entry === undefined ? [] : [[key, entry.value]]))));

/** Usually absent: a key the schema does not know (misspelt, or from another system). */
const rare = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 1, arbitrary: arb.map((value) => ({ value })) }, { weight: 60, arbitrary: fc.constant(undefined) });
const extension = object({ notifiedOn: field(date, { required: true }), newDueOn: field(date, { required: true }), reason: field(text), goodReason: field(fc.boolean()), other: rare(fc.string()) });
const extensions = fc.oneof(
  { weight: 4, arbitrary: fc.array(extension, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.tuple(extension, fc.integer({ min: 19, max: 21 })).map(([one, n]) => Array.from({ length: n }, () => one)) },
);
// The evidence fields (outcomes, points, remedies, keeping informed, refusals), rarer than the dates.
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: field(arb) });
const point = object({ point: field(text, { required: true }), outcome: field(text) });
const remedy = object({ action: field(text, { required: true }), dueOn: field(date), doneOn: field(date) });
const keepInformed = object({ agreedOn: field(date), intervalDays: field(fc.constantFrom(7, 14, 0, 1.5, 400)), updatesSentOn: field(fc.array(date, { maxLength: 3 })) });
const refusal = object({ requestedOn: field(date), decidedOn: field(date, { required: true }), grounds: field(fc.constantFrom('over-12-months', 'other', 'because')), reason: field(text, { required: true }), explainedOn: field(date), ombudsmanRightGiven: field(fc.boolean()), discretionConsidered: field(fc.boolean()) });
const stage = (start: string) =>
  object({ [start]: field(date, { required: true }), acknowledgedOn: field(date), respondedOn: field(date), handlerId: field(text), extensions: field(extensions), acknowledgeOn: rare(date), outcome: sometimes(text), points: sometimes(fc.array(point, { maxLength: 2 })) });
const record = fc.oneof(
  { weight: 20, arbitrary: object({
    reference: field(text, { required: true }),
    ruleSet: field(fc.oneof({ weight: 8, arbitrary: fc.constantFrom('ho-2024', 'ho-2022', 'joint-draft-2023', 'lgsco-2024') }, { weight: 1, arbitrary: fc.constantFrom('ho-2099', 'HO-2024') })),
    issueOccurredOn: field(date),
    residentAwareOn: field(date),
    stage1: field(stage('receivedOn'), { required: true }),
    stage2: field(stage('requestedOn')),
    category: sometimes(text),
    remedies: sometimes(fc.array(remedy, { maxLength: 2 })),
    keepInformed: sometimes(keepInformed),
    refusedToAccept: sometimes(refusal),
    refusedToEscalate: sometimes(refusal),
    unknownColumn: rare(fc.string()),
    toString: rare(fc.constant('x')),
  }) },
  { weight: 1, arbitrary: junk },
);

describe('fastComplaintRecord', () => {
  it('accepts exactly what ComplaintRecord accepts, with the same data', () => {
    fc.assert(
      fc.property(record, (input) => {
        const zod = ComplaintRecord.safeParse(input);
        const fast = fastComplaintRecord(input);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) expect(fast).toEqual(zod.data);
      }),
      { numRuns: 5000 },
    );
    // 5,000 records with the evidence fields take ~2 s alone; generous room when the whole suite shares the CPUs.
  }, 30_000);

  it('leaves anything it does not accept to zod, so the messages are zod’s', () => {
    const input = { reference: 'C-1', stage1: { receivedOn: '2026-12-18', acknowledgedOn: '2026-12-17' } };
    expect(fastComplaintRecord(input)).toBeUndefined();
    expect(parseComplaintRecord(input)).toEqual(ComplaintRecord.safeParse(input));
    class Row { reference = 'C-1'; stage1 = { receivedOn: '2026-12-18' }; }
    expect(fastComplaintRecord(new Row())).toBeUndefined();
    expect(parseComplaintRecord(new Row())).toEqual(ComplaintRecord.safeParse(new Row()));
  });

  it('the property above sees plenty of valid records', () => {
    const samples = fc.sample(record, { numRuns: 2000, seed: 1 });
    // (About 7%: the rare unknown keys, now refused, and the evidence fields make more records invalid.)
    expect(samples.filter((input) => ComplaintRecord.safeParse(input).success).length).toBeGreaterThan(120);
  });

  it('the property above sees valid records with evidence fields', () => {
    const samples = fc.sample(record, { numRuns: 2000, seed: 1 });
    const withEvidence = samples.filter((input) => {
      const parsed = ComplaintRecord.safeParse(input);
      return parsed.success && (parsed.data.remedies !== undefined || parsed.data.refusedToAccept !== undefined || parsed.data.keepInformed !== undefined || parsed.data.stage1.points !== undefined);
    });
    expect(withEvidence.length).toBeGreaterThan(12);
  });

  it('parses evidence fields on the fast path as zod does (trimmed, defaults applied)', () => {
    const valid = {
      reference: 'C-2',
      category: ' Damp and mould ',
      stage1: { receivedOn: '2026-12-18', outcome: ' Upheld ', points: [{ point: ' Mould ', outcome: 'Upheld' }] },
      remedies: [{ action: ' Mould wash ', dueOn: '2027-01-08' }],
      keepInformed: { agreedOn: '2027-01-04', intervalDays: 7 },
    };
    const fast = fastComplaintRecord(valid);
    expect(fast).toEqual(ComplaintRecord.parse(valid));
    expect(fast?.category).toBe('Damp and mould');
    expect(fast?.keepInformed?.updatesSentOn).toEqual([]);
    expect(fastComplaintRecord({ ...valid, remedies: [{ action: '' }] })).toBeUndefined();
  });

  it('takes the fast path for valid input, trimming as zod does', () => {
    const valid = { reference: ' C-1 ', stage1: { receivedOn: '2026-12-18', handlerId: ' jo ', extensions: [{ notifiedOn: '2026-12-20', newDueOn: '2027-01-20', reason: ' why ' }] }, stage2: { requestedOn: '2027-02-01' } };
    expect(fastComplaintRecord(valid)).toEqual(ComplaintRecord.parse(valid));
  });
});
