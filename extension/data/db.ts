/**
 * @module extension/data/db
 *
 * The extension's IndexedDB, opened only in extension pages and the background: a content script
 * that opened it would get the CRM site's database (Dexie issues #233, #1978).
 *
 * Schema versions are append-only. Never edit or delete an old `version()` block: browsers that
 * still hold that version upgrade through it. See db.test.ts for the upgrade path.
 */
import type { AuditEvent, TrackedCase } from '@complaint-code/shared';
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { StoredPanelSnapshot } from './panel-snapshot.js';

/** The database: tracked cases, their audit log, and the side panel's last rows (a cache, see panel-snapshot.ts). */
export type ComplaintDb = Dexie & {
  cases: EntityTable<TrackedCase, 'id'>;
  audit: EntityTable<AuditEvent, 'id'>;
  snapshots: EntityTable<StoredPanelSnapshot, 'id'>;
};

/**
 * Open (or create) the database. `name` is for tests, which each use a fresh one. The side panel
 * passes `{ cache: 'disabled' }`: its live query holds 10,000 cases, and Dexie's optimistic cache
 * would replay a 10,000-row import against it.
 *
 * @example
 * const db = openDb();
 * await db.cases.get('https://crm.example|CMP-1042');
 */
export function openDb(name = 'complaint-code', options?: Pick<DexieOptions, 'cache'>): ComplaintDb {
  const db = new Dexie(name, options) as ComplaintDb;
  // v1: cases keyed by `${origin}|${reference}`; audit events by auto id, found by case and time.
  db.version(1).stores({
    cases: 'id, origin, reference, lastSeenAt',
    audit: '++id, caseId, at, [caseId+at]',
  });
  // v2: one record of the side panel's last worked-out rows, so the panel paints with one `get`.
  db.version(2).stores({ snapshots: 'id' });
  return db;
}
