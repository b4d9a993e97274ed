import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandAndWales } from '../calendar/englandAndWales.js';
import { formatDayNumber, parseDayNumber } from '../dates/dayNumber.js';
import { complaintTimeline } from '../timeline/complaintTimeline.js';
import type { ComplaintRecordInput } from '../timeline/ComplaintRecord.js';
import { createCodePerformanceAccumulator } from './createCodePerformanceAccumulator.js';

const base = parseDayNumber('2026-01-01');
const day = (offset: number) => formatDayNumber(base + offset);
const after = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: undefined });

// Records whose dates are in order (most of the time) around a 2026/27 reporting period.
const extension = (start: number) =>
  fc.record({ notified: fc.integer({ min: 0, max: 40 }), more: fc.integer({ min: 0, max: 60 }), reason: fc.option(fc.constant('Survey'), { nil: undefined }), goodReason: fc.option(fc.boolean(), { nil: undefined }) })
    .map(({ notified, more, reason, goodReason }) => ({ notifiedOn: day(start + notified), newDueOn: day(start + notified + more), ...(reason && { reason }), ...(goodReason !== undefined && { goodReason }) }));
const record: fc.Arbitrary<ComplaintRecordInput> = fc
  .record({ received: fc.integer({ min: 0, max: 500 }), ack: after(fc.integer({ min: 0, max: 12 })), resp: after(fc.integer({ min: 1, max: 60 })), ruleSet: fc.constantFrom(undefined, 'ho-2024', 'lgsco-2024', 'joint-draft-2023'), stage2: after(fc.integer({ min: 0, max: 30 })), ack2: after(fc.integer({ min: 0, max: 10 })), resp2: after(fc.integer({ min: 1, max: 60 })) })
  .chain((r) => fc.option(extension(r.received), { nil: undefined }).map((e) => ({ ...r, e })))
  .map(({ received, ack, resp, ruleSet, stage2, ack2, resp2, e }) => {
    const respondedOn = resp === undefined ? undefined : received + (ack ?? 0) + resp;
    const requested = respondedOn !== undefined && stage2 !== undefined ? respondedOn + stage2 : undefined;
    return {
      reference: `C-${received}`,
      ...(ruleSet && { ruleSet: ruleSet as ComplaintRecordInput['ruleSet'] }),
      stage1: {
        receivedOn: day(received),
        ...(ack !== undefined && { acknowledgedOn: day(received + ack) }),
        ...(respondedOn !== undefined && { respondedOn: day(respondedOn) }),
        ...(e && { extensions: [e] }),
      },
      ...(requested !== undefined && {
        stage2: {
          requestedOn: day(requested),
          ...(ack2 !== undefined && { acknowledgedOn: day(requested + ack2) }),
          ...(resp2 !== undefined && { respondedOn: day(requested + (ack2 ?? 0) + resp2) }),
        },
      }),
    };
  });

describe('createCodePerformanceAccumulator add(record, timeline)', () => {
  const options = { period: { from: '2026-04-01', to: '2027-03-31' }, today: '2026-11-24', homes: 1000, onInvalid: 'skip' } as const;

  it('counts exactly as add(record) does', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), fc.boolean(), (records, extensionsCountAsInTime) => {
        const plain = createCodePerformanceAccumulator({ ...options, extensionsCountAsInTime });
        const reusing = createCodePerformanceAccumulator({ ...options, extensionsCountAsInTime });
        for (const input of records) {
          plain.add(input);
          let timeline;
          try {
            timeline = complaintTimeline(input, { today: options.today, calendar: englandAndWales });
          } catch {
            timeline = undefined;
          }
          reusing.add(input, timeline);
        }
        expect(reusing.result()).toEqual(plain.result());
      }),
      { numRuns: 300 },
    );
  });
});

describe('createCodePerformanceAccumulator partial() and merge()', () => {
  const options = { period: { from: '2026-04-01', to: '2027-03-31' }, today: '2026-11-24', homes: 1000, onInvalid: 'skip' } as const;

  it('splitting the records anywhere, counting the parts apart and merging gives the same report', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), (records, cutsAt, extensionsCountAsInTime) => {
        const whole = createCodePerformanceAccumulator({ ...options, extensionsCountAsInTime });
        for (const input of records) whole.add(input);
        const cuts = [...new Set(cutsAt.map((n) => n % (records.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...cuts, records.length];
        const merged = createCodePerformanceAccumulator({ ...options, extensionsCountAsInTime });
        for (let i = 0; i + 1 < bounds.length; i++) {
          const part = createCodePerformanceAccumulator({ ...options, extensionsCountAsInTime });
          for (const input of records.slice(bounds[i], bounds[i + 1])) part.add(input);
          // Through JSON, as a worker or another engine would hand it back.
          merged.merge(JSON.parse(JSON.stringify(part.partial())));
        }
        expect(merged.result()).toEqual(whole.result());
      }),
      { numRuns: 150 },
    );
  });

  it('refuses counts made with another period or extension rule', () => {
    const mine = createCodePerformanceAccumulator(options);
    expect(() => mine.merge(createCodePerformanceAccumulator({ ...options, period: { from: '2025-04-01', to: '2026-03-31' } }).partial())).toThrow(RangeError);
    expect(() => mine.merge(createCodePerformanceAccumulator({ ...options, extensionsCountAsInTime: false }).partial())).toThrow(/other options/);
  });
});
