import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from './db.js';

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('openDb', () => {
  it('should create the current schema: cases by id, audit by auto id with its indexes', async () => {
    name = `db-${crypto.randomUUID()}`;
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.cases.schema.primKey.keyPath).toBe('id');
    expect(db.cases.schema.indexes.map((index) => index.name).sort()).toEqual(['lastSeenAt', 'origin', 'reference']);
    expect(db.audit.schema.primKey.auto).toBe(true);
    expect(db.audit.schema.indexes.map((index) => index.name).sort()).toEqual(['[caseId+at]', 'at', 'caseId']);
    expect(db.snapshots.schema.primKey.keyPath).toBe('id');
    db.close();
  });

  it('should use the name the shipped extension has always used, so an update keeps its data', () => {
    const db = openDb();
    expect(db.name).toBe('complaint-code');
    db.close();
  });

  // The upgrade path: each shipped version's data, written with that version's schema alone, must
  // open with the current code and keep every row. Add a fixture here for every new version.
  const shipped: Record<number, (dbName: string) => Promise<void>> = {
    1: async (dbName) => {
      const v1 = new Dexie(dbName);
      v1.version(1).stores({ cases: 'id, origin, reference, lastSeenAt', audit: '++id, caseId, at, [caseId+at]' });
      await v1.table('cases').put({ id: 'https://crm.example|A-1', origin: 'https://crm.example', reference: 'A-1', lastSeenAt: '2026-11-02T10:00:00.000Z' });
      await v1.table('audit').add({ caseId: 'https://crm.example|A-1', at: '2026-11-02T10:00:00.000Z', type: 'seen' });
      v1.close();
    },
    2: async (dbName) => {
      const v2 = new Dexie(dbName);
      v2.version(1).stores({ cases: 'id, origin, reference, lastSeenAt', audit: '++id, caseId, at, [caseId+at]' });
      v2.version(2).stores({ snapshots: 'id' });
      await v2.table('cases').put({ id: 'https://crm.example|A-1', origin: 'https://crm.example', reference: 'A-1', lastSeenAt: '2026-11-02T10:00:00.000Z' });
      await v2.table('audit').add({ caseId: 'https://crm.example|A-1', at: '2026-11-02T10:00:00.000Z', type: 'seen' });
      await v2.table('snapshots').put({ id: 'panel-rows', context: 'c', savedAt: '2026-11-02T10:00:00.000Z', keys: [], columns: {} });
      v2.close();
    },
  };

  it.each(Object.entries(shipped))('should open a version %s database with every row kept', async (_version, write) => {
    name = `db-${crypto.randomUUID()}`;
    await write(name);
    const db = openDb(name);
    expect(await db.cases.get('https://crm.example|A-1')).toMatchObject({ reference: 'A-1' });
    expect(await db.audit.where('caseId').equals('https://crm.example|A-1').count()).toBe(1);
    db.close();
  });
});
