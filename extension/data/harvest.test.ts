import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordSeen } from './cases.js';
import { openDb, type ComplaintDb } from './db.js';
import { harvestCases, harvestInBatches, importedFrom, importLogId, mergeFacts } from './harvest.js';
import { deleteCases } from './retention.js';

const origin = 'https://crm.example';
const now = new Date('2026-11-24T10:00:00Z');
let db: ComplaintDb;
let name = '';
beforeEach(() => {
  name = `harvest-${crypto.randomUUID()}`;
  db = openDb(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('mergeFacts', () => {
  it('should keep facts the list does not show and take the ones it does', () => {
    expect(mergeFacts({ reference: 'A', stage1AcknowledgedOn: '2026-11-04', handler: 'Old' }, { reference: 'A', handler: 'New' })).toEqual({
      reference: 'A',
      stage1AcknowledgedOn: '2026-11-04',
      handler: 'New',
    });
  });
});

describe('harvestCases', () => {
  it('should add every row in one go, with a "seen" audit event each', async () => {
    const rows = [
      { url: `${origin}/cases/A`, facts: { reference: 'A', stage1ReceivedOn: '2026-11-02' } },
      { url: `${origin}/cases/B`, facts: { reference: 'B', stage1ReceivedOn: '2026-11-03', stage: 1 as const } },
    ];
    expect(await harvestCases(db, { origin, adapterId: 'acme', rows, now })).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await db.cases.get(`${origin}|B`)).toMatchObject({ url: `${origin}/cases/B`, adapterId: 'acme', corrections: {}, facts: rows[1]?.facts });
    expect(await db.audit.where('caseId').equals(`${origin}|A`).toArray()).toMatchObject([{ type: 'seen', detail: { first: true, source: 'list-page' } }]);
  });

  it('should update a case seen before, keep its corrections and case-page facts, and log what changed', async () => {
    await recordSeen(db, { origin, url: `${origin}/cases/A`, adapterId: 'acme', facts: { reference: 'A', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04' }, now });
    await db.cases.update(`${origin}|A`, { corrections: { stage1RespondedOn: '2026-11-10' } });
    const outcome = await harvestCases(db, { origin, adapterId: 'acme', rows: [{ url: `${origin}/cases/A`, facts: { reference: 'A', handler: 'Sarah Mitchell' } }], now });
    expect(outcome).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const stored = await db.cases.get(`${origin}|A`);
    expect(stored?.facts).toEqual({ reference: 'A', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04', handler: 'Sarah Mitchell' });
    expect(stored?.corrections).toEqual({ stage1RespondedOn: '2026-11-10' });
    const changed = (await db.audit.toArray()).filter((event) => event.type === 'facts-changed');
    expect(changed).toMatchObject([{ detail: { handler: [null, 'Sarah Mitchell'], source: 'list-page' } }]);
  });

  it('should count rows with nothing new as unchanged and write nothing for them', async () => {
    const rows = [{ url: `${origin}/cases/A`, facts: { reference: 'A', stage1ReceivedOn: '2026-11-02' } }];
    await harvestCases(db, { origin, adapterId: 'acme', rows, now });
    const events = await db.audit.count();
    expect(await harvestCases(db, { origin, adapterId: 'acme', rows, now })).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await db.audit.count()).toBe(events);
  });

  it('should keep one case when a page lists a reference twice (the last row wins)', async () => {
    const rows = [
      { url: `${origin}/cases/A`, facts: { reference: 'A', stage1ReceivedOn: '2026-11-02' } },
      { url: `${origin}/cases/A`, facts: { reference: 'A', stage1ReceivedOn: '2026-11-03' } },
    ];
    expect(await harvestCases(db, { origin, adapterId: 'acme', rows, now })).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect((await db.cases.get(`${origin}|A`))?.facts.stage1ReceivedOn).toBe('2026-11-03');
  });
});

describe('CSV import audit', () => {
  const rows = (count: number, extra: Record<string, string> = {}) =>
    Array.from({ length: count }, (_, i) => ({ url: '', facts: { reference: `R-${i}`, stage1ReceivedOn: '2026-11-02', ...extra } }));

  it('should log the cases an import adds in one event of the CRM import log, naming the file', async () => {
    await harvestCases(db, { origin, adapterId: 'csv-import', rows: rows(600), now, source: 'csv-import', file: 'complaints.csv' });
    const events = await db.audit.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ caseId: importLogId(origin), type: 'cases-imported', at: now.toISOString(), detail: { source: 'csv-import', file: 'complaints.csv' } });
    expect(events[0]?.detail?.['caseIds']).toHaveLength(600);
    expect(await importedFrom(db, { id: `${origin}|R-599`, origin })).toEqual({ at: now.toISOString(), file: 'complaints.csv' });
    expect(await importedFrom(db, { id: `${origin}|R-600`, origin })).toBeUndefined();
    expect(await importedFrom(db, { id: `${origin}0|R-1`, origin: `${origin}0` })).toBeUndefined();
  });

  it('should name the first import that added a case, and log a later import’s changes on the case itself', async () => {
    await harvestCases(db, { origin, adapterId: 'csv-import', rows: rows(2), now, source: 'csv-import', file: 'first.csv' });
    const later = new Date('2026-11-25T10:00:00Z');
    await harvestCases(db, { origin, adapterId: 'csv-import', rows: rows(3, { handler: 'Jo' }), now: later, source: 'csv-import', file: 'second.csv' });
    expect(await importedFrom(db, { id: `${origin}|R-1`, origin })).toEqual({ at: now.toISOString(), file: 'first.csv' });
    expect(await importedFrom(db, { id: `${origin}|R-2`, origin })).toEqual({ at: later.toISOString(), file: 'second.csv' });
    expect(await db.audit.where('caseId').equals(`${origin}|R-1`).toArray()).toMatchObject([
      { type: 'facts-changed', at: later.toISOString(), detail: { handler: [null, 'Jo'], source: 'csv-import', file: 'second.csv' } },
    ]);
  });

  it('should take deleted cases out of the import log, and drop an import event left with none', async () => {
    await harvestCases(db, { origin, adapterId: 'csv-import', rows: rows(3), now, source: 'csv-import', file: 'a.csv' });
    await harvestCases(db, { origin, adapterId: 'csv-import', rows: [{ url: '', facts: { reference: 'S-1', stage1ReceivedOn: '2026-11-02' } }], now, source: 'csv-import', file: 'b.csv' });
    await deleteCases(db, [`${origin}|R-0`, `${origin}|S-1`]);
    const logs = await db.audit.where('caseId').equals(importLogId(origin)).toArray();
    expect(logs.map((event) => event.detail?.['caseIds'])).toEqual([[`${origin}|R-1`, `${origin}|R-2`]]);
    expect(await importedFrom(db, { id: `${origin}|R-0`, origin })).toBeUndefined();
    expect(await importedFrom(db, { id: `${origin}|R-1`, origin })).toMatchObject({ file: 'a.csv' });
  });
});

describe('harvestInBatches', () => {
  it('should store every row of a big import, batch by batch, reporting progress', async () => {
    const rows = Array.from({ length: 12_001 }, (_, i) => ({ url: '', facts: { reference: `R-${i}`, stage1ReceivedOn: '2026-11-02' } }));
    const progress: number[] = [];
    const outcome = await harvestInBatches(db, { origin, adapterId: 'csv-import', rows, now, source: 'csv-import', batchSize: 5000, onProgress: (done) => progress.push(done) });
    expect(outcome).toEqual({ added: 12_001, updated: 0, unchanged: 0 });
    expect(progress).toEqual([5000, 10_000, 12_001]);
    expect(await db.cases.count()).toBe(12_001);
  });

  it('should merge into the cases already stored on a big import (keys read first), keeping their corrections', async () => {
    await harvestCases(db, { origin, adapterId: 'acme', rows: [{ url: `${origin}/cases/R-7`, facts: { reference: 'R-7', stage1ReceivedOn: '2026-11-02' } }], now });
    await db.cases.update(`${origin}|R-7`, { corrections: { stage1AcknowledgedOn: '2026-11-03' } });
    // Another CRM's case whose key shares the start of this origin is not this one's.
    await harvestCases(db, { origin: `${origin}0`, adapterId: 'acme', rows: [{ url: '', facts: { reference: 'R-8', stage1ReceivedOn: '2026-11-02' } }], now });
    const rows = Array.from({ length: 1200 }, (_, i) => ({ url: '', facts: { reference: `R-${i}`, stage1ReceivedOn: '2026-11-02', ...(i === 7 && { handler: 'Jo' }) } }));
    const outcome = await harvestCases(db, { origin, adapterId: 'csv-import', rows, now, source: 'csv-import' });
    expect(outcome).toEqual({ added: 1199, updated: 1, unchanged: 0 });
    const kept = await db.cases.get(`${origin}|R-7`);
    expect(kept?.corrections).toEqual({ stage1AcknowledgedOn: '2026-11-03' });
    expect(kept?.facts).toMatchObject({ reference: 'R-7', handler: 'Jo' });
    expect(kept?.url).toBe(`${origin}/cases/R-7`);
  });

  it('should say how many rows were stored before a batch failed', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ url: '', facts: { reference: `R-${i}`, stage1ReceivedOn: '2026-11-02' } }));
    let calls = 0;
    const failing = new Proxy(db, {
      get(target, key, receiver) {
        if (key === 'transaction' && ++calls === 3) return () => Promise.reject(new Error('QuotaExceededError'));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    await expect(harvestInBatches(failing, { origin, adapterId: 'csv-import', rows, now, batchSize: 10 })).rejects.toThrow(
      '20 of 30 rows were imported before an error; the other 10 were not: QuotaExceededError',
    );
    expect(await db.cases.count()).toBe(20);
  });
});
