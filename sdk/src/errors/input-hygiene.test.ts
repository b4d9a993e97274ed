// What a vendor hits first: bad input to any public function gives one family of typed errors
// with field paths; a misspelt field is refused with the nearest known name; exported data cannot
// be changed by one caller for every other.
import { describe, expect, it } from 'vitest';
import { core } from 'zod/mini';
import {
  ComplaintCodeInputError,
  InvalidComplaintError,
  bankHolidaysData,
  checkDraft,
  complaintTimeline,
  createCalendar,
  deadlineIds,
  divisions,
  englandAndWales,
  getRuleSet,
  ho2024,
  housingOmbudsman,
  proposeExtension,
  ruleSetIds,
  ruleSets,
  safeComplaintTimeline,
  writeAcknowledgement,
  writeExtensionNotice,
  writeRefusal,
} from '../index.js';

/** Runs `fn`, expecting a ComplaintCodeInputError (never a raw ZodError or TypeError); returns it. */
function inputError(fn: () => unknown): ComplaintCodeInputError {
  try {
    fn();
  } catch (error) {
    expect(error).not.toBeInstanceOf(core.$ZodError); // neither zod classic's nor zod mini's
    expect(error).toBeInstanceOf(ComplaintCodeInputError);
    return error as ComplaintCodeInputError;
  }
  throw new Error('expected a ComplaintCodeInputError');
}

describe('one family of typed input errors', () => {
  it('checkDraft names the bad field instead of throwing a ZodError', () => {
    const error = inputError(() => checkDraft({ text: 42 } as never));
    expect(error.name).toBe('ComplaintCodeInputError');
    expect(error.issues).toEqual([{ path: 'text', message: expect.any(String) }]);
    expect(error.message).toMatch(/^checkDraft: invalid input:\n {2}- text: /);
  });

  it('writeExtensionNotice, writeAcknowledgement, writeRefusal and proposeExtension do the same', () => {
    expect(inputError(() => writeExtensionNotice({ landlord: 'R', stage: 3 } as never)).issues.map((issue) => issue.path)).toContain('stage');
    expect(inputError(() => writeAcknowledgement({} as never)).issues.length).toBeGreaterThan(0);
    expect(inputError(() => writeRefusal({} as never)).issues.length).toBeGreaterThan(0);
    expect(inputError(() => proposeExtension({ stage: 1, currentDueOn: '2027-02-30' })).issues).toEqual([{ path: 'currentDueOn', message: expect.stringContaining('2027-02-30') }]);
  });

  it('createCalendar refuses an unknown division by name, with the nearest one', () => {
    const error = inputError(() => createCalendar({ division: 'wales' as never }));
    expect(error.issues).toEqual([{ path: 'division', message: 'Unknown division "wales": did you mean england-and-wales? (known: england-and-wales, scotland, northern-ireland)' }]);
    expect(inputError(() => createCalendar({ divison: 'scotland' } as never)).issues).toEqual([{ path: 'divison', message: 'Unknown option "divison": did you mean division?' }]);
  });

  it('createCalendar refuses options that are not an object, or a bad beyondData', () => {
    expect(inputError(() => createCalendar('scotland' as never)).issues).toEqual([{ path: '', message: 'Pass the options as an object, e.g. { division: "scotland" }' }]);
    expect(inputError(() => createCalendar({ beyondData: 'ignore' as never })).issues).toEqual([{ path: 'beyondData', message: '"ignore" is not one of: error, weekends-only' }]);
  });

  it('complaintTimeline refuses a misspelt option or policy field instead of ignoring it', () => {
    const record = { reference: 'C-1', stage1: { receivedOn: '2026-11-02' } };
    expect(inputError(() => complaintTimeline(record, { today: '2026-11-03', policy: { dueSoonWorkingDay: 3 } } as never)).issues).toEqual([
      { path: 'policy.dueSoonWorkingDay', message: 'Unknown field "dueSoonWorkingDay": did you mean dueSoonWorkingDays?' },
    ]);
    expect(inputError(() => complaintTimeline(record, { today: '2026-11-03', policy: { dueSoonWorkingDays: -1 } })).issues.map((issue) => issue.path)).toEqual(['policy.dueSoonWorkingDays']);
    expect(inputError(() => complaintTimeline(record, { todya: '2026-11-03' } as never)).issues).toEqual([{ path: 'todya', message: 'Unknown option "todya": did you mean today?' }]);
    expect(inputError(() => complaintTimeline(record, { today: '2026-11-03', ombudsman: 'lgo' as never })).issues.map((issue) => issue.path)).toEqual(['ombudsman']);
  });

  it('InvalidComplaintError is one of the family', () => {
    const error = inputError(() => complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-02-30' } }, { today: '2026-11-24' }));
    expect(error).toBeInstanceOf(InvalidComplaintError);
    expect(error.issues[0]?.path).toBe('stage1.receivedOn');
  });
});

describe('unknown keys are refused with the nearest known name', () => {
  it('a misspelt stage field is not silently ignored', () => {
    const record = { reference: 'C-1', stage1: { receivedOn: '2026-11-02', acknowledgeOn: '2026-11-03' } };
    const error = inputError(() => complaintTimeline(record as never, { today: '2026-11-24' }));
    expect(error.issues).toEqual([{ path: 'stage1.acknowledgeOn', message: 'Unknown field "acknowledgeOn": did you mean acknowledgedOn?' }]);
    const safe = safeComplaintTimeline(record as never, { today: '2026-11-24' });
    expect(safe.success).toBe(false);
  });

  it('at every level: the record, stage 2, an extension', () => {
    const record = {
      reference: 'C-1',
      ruleset: 'ho-2024',
      stage1: { receivedOn: '2026-11-02', extensions: [{ notifiedOn: '2026-11-05', newDueOn: '2026-11-20', reasons: 'survey' }] },
      stage2: { requestedOn: '2026-11-10', respondOn: '2026-11-12' },
      notes: 'x',
    };
    const result = safeComplaintTimeline(record as never, { today: '2026-11-24' });
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: 'stage1.extensions.0.reasons', message: 'Unknown field "reasons": did you mean reason?' },
      { path: 'stage2.respondOn', message: 'Unknown field "respondOn": did you mean respondedOn?' },
      { path: 'ruleset', message: 'Unknown field "ruleset": did you mean ruleSet?' },
      { path: 'notes', message: 'Unknown field "notes" (known: reference, ruleSet, issueOccurredOn, residentAwareOn, stage1, stage2, category, remedies, keepInformed, refusedToAccept, refusedToEscalate)' },
    ]);
  });
});

describe('exported data is deeply frozen', () => {
  const walk = (value: unknown, path: string, seen = new Set<unknown>()): string[] => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return [];
    seen.add(value);
    const own = Object.isFrozen(value) ? [] : [path];
    return [...own, ...Object.entries(value).flatMap(([key, child]) => walk(child, `${path}.${key}`, seen))];
  };

  it.each([
    ['ruleSets', ruleSets],
    ['ho2024', ho2024],
    ['ruleSetIds', ruleSetIds],
    ['deadlineIds', deadlineIds],
    ['divisions', divisions],
    ['englandAndWales', englandAndWales],
    ['createCalendar()', createCalendar({ division: 'scotland' })],
    ['bankHolidaysData', bankHolidaysData],
    ['housingOmbudsman', housingOmbudsman],
  ])('%s', (name, value) => {
    expect(walk(value, name)).toEqual([]);
  });

  it('one caller cannot move every later deadline', () => {
    const before = complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-11-02' } }, { today: '2026-11-03' }).next?.dueOn;
    expect(() => {
      (getRuleSet('ho-2024').stages[1] as { acknowledgeWorkingDays: number }).acknowledgeWorkingDays = 50;
    }).toThrow(TypeError);
    expect(() => {
      (englandAndWales as { addWorkingDays: unknown }).addWorkingDays = () => '2099-01-01';
    }).toThrow(TypeError);
    expect(complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-11-02' } }, { today: '2026-11-03' }).next?.dueOn).toBe(before);
  });
});
