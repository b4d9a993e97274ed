/**
 * @module extension/data/panel-snapshot
 *
 * The side panel's last worked-out rows, kept as one record: reading 10,000 cases is 10,000 structured
 * clones and 10,000 timelines, reading this is one `get`. It is a cache, never the truth: each row keeps
 * the key of the case record it came from (`rowKey`), so a pass over the stored cases reuses a row only
 * when its case is unchanged, and works out only the cases that changed since. It holds what the cases
 * hold (names, references), so deleting cases deletes it too (retention.ts).
 */
import { browser } from 'wxt/browser';
import { createRowMemo, rowContext, type MemoEntry, type PanelRow, type RowMemo } from './case-rows.js';
import type { Settings, TrackedCase } from '@complaint-code/shared';
import type { ComplaintDb } from './db.js';

/** The one record's key. */
export const PANEL_SNAPSHOT_ID = 'panel-rows';

/** The snapshot as the panel uses it: the rows for one context (settings + today) and the build that worked them out. */
export interface PanelSnapshot {
  /** `rowContext(settings, today)` and the extension version, as one string. */
  context: string;
  savedAt: string;
  ids: string[];
  keys: string[];
  rows: PanelRow[];
}

/** The fields of a row, stored column by column. */
const COLUMNS = ['id', 'reference', 'resident', 'officer', 'stage', 'nextStep', 'dueOn', 'workingDaysLeft', 'state', 'group', 'closedOn', 'receivedOn', 'url'] as const satisfies readonly (keyof PanelRow)[];

/**
 * The stored record. Column by column (one array a field) rather than 10,000 row objects: the one `put`
 * clones it on the page's thread, and arrays of strings clone in about half the time of as many objects.
 */
export interface StoredPanelSnapshot {
  id: typeof PANEL_SNAPSHOT_ID;
  context: string;
  savedAt: string;
  keys: string[];
  columns: Record<(typeof COLUMNS)[number], unknown[]>;
}

/** Rows from another version of the extension may have been worked out by other rules: never reused. */
function buildVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}

/**
 * The context a snapshot must match to be used: the rows' context and the extension's version.
 *
 * @example
 * snapshotContext(settings, '2026-11-24'); //=> '["auto","housing","england-and-wales",2,"2026-11-24"]|1.4.0'
 */
export function snapshotContext(settings: Settings, today: string): string {
  return `${rowContext(settings, today)}|${buildVersion()}`;
}

function decode(value: unknown): PanelSnapshot | undefined {
  const record = value as Partial<StoredPanelSnapshot> | undefined;
  if (typeof record !== 'object' || record === null || typeof record.context !== 'string' || !Array.isArray(record.keys)) return undefined;
  const { columns, keys } = record;
  if (typeof columns !== 'object' || columns === null || !COLUMNS.every((column) => Array.isArray(columns[column]) && columns[column].length === keys.length)) return undefined;
  const rows: PanelRow[] = [];
  for (let index = 0; index < keys.length; index += 1) {
    const row: Record<string, unknown> = {};
    for (const column of COLUMNS) {
      const cell = columns[column][index];
      if (cell !== undefined) row[column] = cell;
    }
    rows.push(row as unknown as PanelRow);
  }
  return { context: record.context, savedAt: String(record.savedAt), ids: columns.id as string[], keys, rows };
}

/**
 * The stored snapshot, or `undefined` when there is none or it cannot be used (a record of another shape
 * is ignored, never trusted).
 *
 * @example
 * const snapshot = await readPanelSnapshot(db);
 * if (snapshot?.context === snapshotContext(settings, today)) show(snapshot.rows);
 */
export async function readPanelSnapshot(db: ComplaintDb): Promise<PanelSnapshot | undefined> {
  return decode(await db.snapshots.get(PANEL_SNAPSHOT_ID));
}

/**
 * The snapshot's rows as memo entries.
 *
 * @example
 * memo.prime(snapshot.context, snapshotEntries(snapshot));
 */
export function* snapshotEntries(snapshot: PanelSnapshot): Generator<MemoEntry> {
  for (let index = 0; index < snapshot.rows.length; index += 1) {
    yield { id: snapshot.ids[index] ?? '', key: snapshot.keys[index] ?? '', row: snapshot.rows[index] as PanelRow };
  }
}

/**
 * Store the memo's rows as the snapshot for `context` (one `put`).
 *
 * @example
 * await savePanelSnapshot(db, memo, snapshotContext(settings, today), new Date());
 */
export async function savePanelSnapshot(db: ComplaintDb, memo: Pick<RowMemo, 'entries'>, context: string, now: Date): Promise<void> {
  const entries = memo.entries();
  const columns = Object.fromEntries(COLUMNS.map((column) => [column, entries.map((entry) => entry.row[column])])) as StoredPanelSnapshot['columns'];
  await db.snapshots.put({ id: PANEL_SNAPSHOT_ID, context, savedAt: now.toISOString(), keys: entries.map((entry) => entry.key), columns });
}

/**
 * Every case's row for today, worked out only for the cases that changed since the stored snapshot, which
 * is then brought up to date. For the service worker (badge, alarms), which keeps nothing in memory.
 *
 * @example
 * await rowsWithSnapshot(db, await db.cases.toArray(), settings, '2026-11-24'); // 3 timelines if 3 cases changed
 */
export async function rowsWithSnapshot(db: ComplaintDb, cases: readonly TrackedCase[], settings: Settings, today: string, now = new Date()): Promise<PanelRow[]> {
  const context = snapshotContext(settings, today);
  const memo = createRowMemo();
  const snapshot = await readPanelSnapshot(db).catch(() => undefined);
  if (snapshot?.context === context) memo.prime(rowContext(settings, today), snapshotEntries(snapshot));
  const rows = memo.rowsFor(cases, settings, today);
  if (memo.changes > 0 || snapshot?.context !== context) await savePanelSnapshot(db, memo, context, now);
  return rows;
}
