import 'fake-indexeddb/auto';
import { defaultSettings, type CaseFacts, type TrackedCase } from '@complaint-code/shared';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRowMemo, rowContext, rowKey, toPanelRow } from './case-rows.js';
import { openDb, type ComplaintDb } from './db.js';
import { PANEL_SNAPSHOT_ID, readPanelSnapshot, rowsWithSnapshot, savePanelSnapshot, snapshotContext, snapshotEntries } from './panel-snapshot.js';
import { deleteAllData, deleteCases } from './retention.js';

const origin = 'https://crm.example';
const today = '2026-11-24';
const now = new Date('2026-11-24T10:00:00Z');
function tracked(reference: string, facts: Omit<CaseFacts, 'reference'> = { stage1ReceivedOn: '2026-11-17' }): TrackedCase {
  return {
    id: `${origin}|${reference}`,
    origin,
    reference,
    adapterId: 'demo',
    url: `${origin}/cases/${reference}`,
    facts: { reference, ...facts },
    corrections: {},
    firstSeenAt: '2026-11-20T10:00:00.000Z',
    lastSeenAt: '2026-11-20T10:00:00.000Z',
  };
}

let db: ComplaintDb;
beforeEach(() => {
  db = openDb(`snapshot-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('RowMemo prime and changes', () => {
  it('should reuse a primed row only while its case is unchanged, and count the rows worked out or forgotten', () => {
    const [a, b, c] = [tracked('A'), tracked('B'), tracked('C')];
    const first = createRowMemo();
    first.rowsFor([a, b, c], defaultSettings, today);
    expect(first.changes).toBe(3);

    const memo = createRowMemo();
    memo.prime(rowContext(defaultSettings, today), first.entries());
    // Marked, so a row taken from the memo can be told from one worked out again.
    const primedB = memo.entries().find((entry) => entry.id === b.id);
    if (primedB) primedB.row.nextStep = 'from the snapshot';
    const changedC = { ...c, facts: { ...c.facts, stage1AcknowledgedOn: '2026-11-18' } };
    const rows = memo.rowsFor([changedC, b], defaultSettings, today);
    expect(rows.map((row) => row.id)).toEqual([c.id, b.id]);
    expect(rows[1]?.nextStep).toBe('from the snapshot');
    expect(rows[0]).toEqual(toPanelRow(changedC, defaultSettings, today));
    expect(memo.changes).toBe(2); // C worked out again, A forgotten
    expect(memo.entries().map((entry) => entry.id)).toEqual([c.id, b.id]);
  });

  it('should forget primed rows when the pass is for another day', () => {
    const memo = createRowMemo();
    memo.prime(rowContext(defaultSettings, today), [{ id: tracked('A').id, key: 'stale', row: { ...toPanelRow(tracked('A'), defaultSettings, today), nextStep: 'stale' } }]);
    const [row] = memo.rowsFor([tracked('A')], defaultSettings, '2026-11-25');
    expect(row?.nextStep).not.toBe('stale');
  });
});

describe('panel snapshot', () => {
  it('should store the rows with their keys as one record, and read them back', async () => {
    const memo = createRowMemo();
    const rows = memo.rowsFor([tracked('A'), tracked('B')], defaultSettings, today);
    await savePanelSnapshot(db, memo, snapshotContext(defaultSettings, today), now);
    const snapshot = await readPanelSnapshot(db);
    expect(snapshot).toEqual({ context: snapshotContext(defaultSettings, today), savedAt: now.toISOString(), rows, ids: [tracked('A').id, tracked('B').id], keys: [rowKey(tracked('A')), rowKey(tracked('B'))] });
    expect(await db.snapshots.count()).toBe(1);
    expect(snapshot && [...snapshotEntries(snapshot)].map((entry) => entry.row)).toEqual(rows);
  });

  it('should ignore a record of another shape', async () => {
    await db.snapshots.put({ id: PANEL_SNAPSHOT_ID, context: 'x', savedAt: '', keys: ['k'], columns: { id: [] } as never });
    expect(await readPanelSnapshot(db)).toBeUndefined();
    await db.snapshots.put({ id: PANEL_SNAPSHOT_ID, context: 'x', savedAt: '', rows: [] } as never);
    expect(await readPanelSnapshot(db)).toBeUndefined();
  });

  it('rowsWithSnapshot should give the same rows as working every one out, and keep the snapshot up to date', async () => {
    const cases = [tracked('A'), tracked('B', { stage1ReceivedOn: '2026-10-01' })];
    const fresh = cases.map((one) => toPanelRow(one, defaultSettings, today));
    expect(await rowsWithSnapshot(db, cases, defaultSettings, today, now)).toEqual(fresh);
    expect((await readPanelSnapshot(db))?.rows).toEqual(fresh);
    const changed = [cases[0] as TrackedCase, { ...(cases[1] as TrackedCase), facts: { reference: 'B', stage1ReceivedOn: '2026-11-23' } }, tracked('C')];
    expect(await rowsWithSnapshot(db, changed, defaultSettings, today, now)).toEqual(changed.map((one) => toPanelRow(one, defaultSettings, today)));
    expect((await readPanelSnapshot(db))?.ids).toEqual(changed.map((one) => one.id));
    // Another day: nothing reused.
    expect(await rowsWithSnapshot(db, changed, defaultSettings, '2026-12-24', now)).toEqual(changed.map((one) => toPanelRow(one, defaultSettings, '2026-12-24')));
  });

  it('should be deleted with the cases (it holds their names and references)', async () => {
    await rowsWithSnapshot(db, [tracked('A')], defaultSettings, today, now);
    await db.cases.put(tracked('A'));
    await deleteCases(db, [tracked('A').id]);
    expect(await readPanelSnapshot(db)).toBeUndefined();
    await rowsWithSnapshot(db, [tracked('A')], defaultSettings, today, now);
    await deleteAllData(db);
    expect(await db.snapshots.count()).toBe(0);
  });
});
