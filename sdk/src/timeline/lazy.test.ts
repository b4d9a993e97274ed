import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { complaintTimeline } from './complaintTimeline.js';
import { defineLazy, withoutLazyTexts } from './lazy.js';

const record = {
  reference: 'C-7',
  issueOccurredOn: '2024-01-02',
  stage1: {
    receivedOn: '2026-12-18',
    acknowledgedOn: '2026-12-31',
    handlerId: 'jo',
    extensions: [{ notifiedOn: '2027-01-05', newDueOn: '2027-03-30' }],
  },
};
const today = '2027-04-20';

describe('defineLazy', () => {
  it('builds once, on first read, and keeps its place in the key order', () => {
    let builds = 0;
    const value = defineLazy({ a: 1 }, 'text', () => `built ${++builds}`);
    expect(builds).toBe(0);
    expect(Object.keys(value)).toEqual(['a', 'text']);
    expect(value.text).toBe('built 1');
    expect(value.text).toBe('built 1');
    expect(builds).toBe(1);
    expect(Object.getOwnPropertyDescriptor(value, 'text')).toEqual({ value: 'built 1', writable: true, enumerable: true, configurable: true });
  });

  it('keeps one builder per key when an object has two lazy strings', () => {
    const value = defineLazy(defineLazy({ a: 1 }, 'first', () => 'one'), 'second', () => 'two');
    expect([value.first, value.second]).toEqual(['one', 'two']);
  });

  it('can be assigned like a plain field, and still works on a frozen object', () => {
    const assigned = defineLazy({ a: 1 }, 'text', () => 'built');
    assigned.text = 'mine';
    expect(assigned).toEqual({ a: 1, text: 'mine' });
    const frozen = Object.freeze(defineLazy({ a: 1 }, 'text', () => 'built'));
    expect(frozen.text).toBe('built');
    expect(JSON.stringify(frozen)).toBe('{"a":1,"text":"built"}');
  });
});

describe('lazy explanations and messages in a timeline', () => {
  const calendar = createCalendar();
  // Reading every string first turns them into plain values: the reference serialisation.
  const eager = () => JSON.parse(JSON.stringify(complaintTimeline(record, { today, calendar }))) as unknown;

  it('JSON.stringify includes every explanation and message, in the same key order', () => {
    const timeline = complaintTimeline(record, { today, calendar });
    const json = JSON.stringify(timeline);
    for (const deadline of timeline.deadlines) expect(deadline.explanation.length).toBeGreaterThan(20);
    for (const finding of timeline.findings) expect(finding.message.length).toBeGreaterThan(20);
    expect(json).toBe(JSON.stringify(timeline));
    expect(JSON.parse(json)).toEqual(eager());
    expect(Object.keys(timeline.deadlines[0] ?? {}).at(-1)).toBe('explanation');
    expect(Object.keys(timeline.findings[0] ?? {}).at(-1)).toBe('message');
  });

  it('structuredClone and spread copy the strings as plain values', () => {
    const cloned = structuredClone(complaintTimeline(record, { today, calendar }));
    expect(cloned).toEqual(eager());
    expect(Object.getOwnPropertyDescriptor(cloned.deadlines[0], 'explanation')?.value).toMatch(/^Received Fri 18 Dec 2026\./);
    const spread = { ...complaintTimeline(record, { today, calendar }).findings[0] };
    expect(Object.getOwnPropertyDescriptor(spread, 'message')?.value).toEqual(expect.any(String));
    expect(spread).toEqual((eager() as { findings: unknown[] }).findings[0]);
  });

  it('a date beyond the calendar still fails when the timeline is built, not when a message is read', () => {
    const late = { reference: 'C-8', stage1: { receivedOn: '2026-12-18', respondedOn: '2031-01-06' } };
    expect(() => complaintTimeline(late, { today, calendar })).toThrow(/2031/);
  });
});

describe('withoutLazyTexts', () => {
  it('leaves the texts out inside, and only inside', () => {
    const build = () => defineLazy({ id: 'x' }, 'explanation', () => 'built');
    const inside = withoutLazyTexts(build);
    expect(Object.keys(inside)).toEqual(['id']);
    expect(build().explanation).toBe('built');
    expect(() => withoutLazyTexts(() => { throw new Error('boom'); })).toThrow('boom');
    expect(build().explanation).toBe('built'); // restored after a throw too
  });
});
