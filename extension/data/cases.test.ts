import 'fake-indexeddb/auto';
import type { CaseFacts } from '@complaint-code/shared';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCases, correctFact, diffFacts, recordEvidence, recordExtension, recordSeen } from './cases.js';
import { openDb, type ComplaintDb } from './db.js';

const origin = 'https://crm.example';
const facts: CaseFacts = { reference: 'CMP-1042', stage: 1, stage1ReceivedOn: '2026-11-02' };
const day1 = new Date('2026-11-02T09:00:00Z');
const day1Later = new Date('2026-11-02T15:00:00Z');
const day2 = new Date('2026-11-03T09:00:00Z');

let db: ComplaintDb;
beforeEach(() => {
  db = openDb(`cases-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const seen = (now: Date, f: CaseFacts = facts) => recordSeen(db, { origin, url: `${origin}/cases/1`, adapterId: 'acme', facts: f, now });
const auditTypes = async () => (await db.audit.orderBy('id').toArray()).map((event) => event.type);

describe('recordSeen', () => {
  it('should create the case on first sight and log it', async () => {
    const stored = await seen(day1);
    expect(stored).toMatchObject({ id: `${origin}|CMP-1042`, facts, corrections: {}, firstSeenAt: day1.toISOString(), lastSeenAt: day1.toISOString() });
    expect(await auditTypes()).toEqual(['seen']);
  });

  it('should log "seen" at most once a day, and a change of facts every time', async () => {
    await seen(day1);
    await seen(day1Later);
    expect(await auditTypes()).toEqual(['seen']);
    await seen(day1Later, { ...facts, stage1AcknowledgedOn: '2026-11-04' });
    await seen(day2, { ...facts, stage1AcknowledgedOn: '2026-11-04' });
    expect(await auditTypes()).toEqual(['seen', 'facts-changed', 'seen']);
    const change = (await db.audit.toArray()).find((event) => event.type === 'facts-changed');
    expect(change?.detail).toEqual({ stage1AcknowledgedOn: [null, '2026-11-04'] });
  });

  it('should keep corrections when the page is seen again', async () => {
    const stored = await seen(day1);
    await correctFact(db, { caseId: stored.id, fact: 'stage1AcknowledgedOn', value: '2026-11-04', now: day1 });
    expect((await seen(day2)).corrections).toEqual({ stage1AcknowledgedOn: '2026-11-04' });
  });

  it('should replace a stored row that no longer parses, keeping the first sight', async () => {
    await db.cases.put({ id: `${origin}|CMP-1042`, broken: true } as never);
    const stored = await seen(day1);
    expect(stored.facts).toEqual(facts);
  });

  it('should keep the corrections of a row it replaces when they still parse, and drop them when they do not', async () => {
    await db.cases.put({ id: `${origin}|CMP-1042`, broken: true, corrections: { stage1AcknowledgedOn: '2026-11-04' } } as never);
    expect((await seen(day1)).corrections).toEqual({ stage1AcknowledgedOn: '2026-11-04' });
    await db.cases.put({ id: `${origin}|CMP-1042`, broken: true, corrections: { stage1AcknowledgedOn: 'soon' } } as never);
    expect((await seen(day2)).corrections).toEqual({});
  });

  it('should log the first sight as first, with the time it was seen', async () => {
    await seen(day1);
    expect(await db.audit.toArray()).toEqual([{ id: 1, caseId: `${origin}|CMP-1042`, at: '2026-11-02T09:00:00.000Z', type: 'seen', detail: { first: true } }]);
  });
});

describe('correctFact', () => {
  it('should store a correction, log before and after, and clear it with null', async () => {
    const { id } = await seen(day1);
    expect((await correctFact(db, { caseId: id, fact: 'stage1AcknowledgedOn', value: '2026-11-04', now: day1 })).corrections).toEqual({
      stage1AcknowledgedOn: '2026-11-04',
    });
    expect((await correctFact(db, { caseId: id, fact: 'stage1AcknowledgedOn', value: null, now: day2 })).corrections).toEqual({});
    const events = (await db.audit.toArray()).filter((event) => event.type === 'fact-corrected');
    expect(events.map((event) => event.detail)).toEqual([
      { fact: 'stage1AcknowledgedOn', before: null, after: '2026-11-04', shownByCrm: null },
      { fact: 'stage1AcknowledgedOn', before: '2026-11-04', after: null, shownByCrm: null },
    ]);
  });

  it('should log the date the CRM shows beside the correction', async () => {
    const { id } = await seen(day1);
    await correctFact(db, { caseId: id, fact: 'stage1ReceivedOn', value: '2026-10-30', now: day2 });
    expect((await db.audit.orderBy('id').toArray()).at(-1)).toMatchObject({
      at: '2026-11-03T09:00:00.000Z',
      type: 'fact-corrected',
      detail: { fact: 'stage1ReceivedOn', before: null, after: '2026-10-30', shownByCrm: '2026-11-02' },
    });
  });

  it('should refuse a case that was never seen', async () => {
    await expect(correctFact(db, { caseId: `${origin}|NOPE`, fact: 'stage1ReceivedOn', value: '2026-11-02', now: day1 })).rejects.toThrow(
      'No tracked case https://crm.example|NOPE: open its page in the CRM first',
    );
  });
});

describe('recordExtension', () => {
  it('should add the extension to the case and the audit log', async () => {
    const { id } = await seen(day1);
    const extension = { stage: 1 as const, notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'Awaiting a surveyor' };
    expect((await recordExtension(db, { caseId: id, extension, now: day2 })).corrections.extensions).toEqual([extension]);
    expect(await auditTypes()).toEqual(['seen', 'extension-recorded']);
    expect((await db.audit.orderBy('id').toArray()).at(-1)).toMatchObject({ caseId: id, at: '2026-11-03T09:00:00.000Z', detail: extension });
  });

  it('should add a second extension after the first', async () => {
    const { id } = await seen(day1);
    const first = { stage: 1 as const, notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'Awaiting a surveyor' };
    const second = { stage: 1 as const, notifiedOn: '2026-11-20', newDueOn: '2026-11-27', reason: 'Surveyor ill' };
    await recordExtension(db, { caseId: id, extension: first, now: day2 });
    expect((await recordExtension(db, { caseId: id, extension: second, now: day2 })).corrections.extensions).toEqual([first, second]);
  });
});

describe('recordEvidence', () => {
  it('should replace only the keys given, keep the rest, and log before and after', async () => {
    const { id } = await seen(day1);
    await recordEvidence(db, { caseId: id, evidence: { category: 'Repairs', stage1: { outcome: 'Upheld' } }, now: day2 });
    const remedy = { action: 'Fix the leak', dueOn: '2026-12-01' };
    const stored = await recordEvidence(db, { caseId: id, evidence: { remedies: [remedy], category: 'Damp and mould' }, now: day2 });
    expect(stored.corrections.evidence).toEqual({ category: 'Damp and mould', stage1: { outcome: 'Upheld' }, remedies: [remedy] });
    expect(await auditTypes()).toEqual(['seen', 'evidence-recorded', 'evidence-recorded']);
    const last = (await db.audit.orderBy('id').toArray()).at(-1);
    expect(last?.detail).toEqual({ remedies: { before: null, after: [remedy] }, category: { before: 'Repairs', after: 'Damp and mould' } });
  });
});

describe('allCases', () => {
  it.each([1, 2, 3, 7, 100])('should read every case once, in key order, in pages of %i', async (pageSize) => {
    for (const reference of ['C', 'A', 'E', 'B', 'D', 'F', 'G']) await recordSeen(db, { origin, url: `${origin}/${reference}`, adapterId: 'acme', facts: { reference }, now: day1 });
    expect((await allCases(db, pageSize)).map((tracked) => tracked.reference)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  it('should give an empty list for an empty store', async () => {
    expect(await allCases(db, 2)).toEqual([]);
  });
});

describe('diffFacts', () => {
  it('should list only what changed, with null for absent', () => {
    expect(diffFacts(facts, { ...facts, stage: 2, stage1ReceivedOn: undefined })).toEqual({ stage: [1, 2], stage1ReceivedOn: ['2026-11-02', null] });
    expect(diffFacts(facts, { ...facts })).toEqual({});
  });
});
