import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordSeen } from './cases.js';
import { openDb, type ComplaintDb } from './db.js';
import { harvestCases, mergeFacts } from './harvest.js';

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
