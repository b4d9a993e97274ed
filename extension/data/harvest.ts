/**
 * @module extension/data/harvest
 *
 * Store the complaints a CRM list (queue) page shows, all in one Dexie transaction (IndexedDB cost
 * is per transaction: one `bulkPut` for 500 rows, not 500 puts), with an audit event per change; the
 * cases a CSV import adds share one `cases-imported` event in their CRM's import log.
 */
import { caseKey, TrackedCase, type AuditEvent, type CaseFacts, type HarvestOutcome } from '@complaint-code/shared';
import { diffFacts } from './cases.js';
import type { ComplaintDb } from './db.js';

/**
 * A list row shows fewer facts than the case page: keep what we knew, let the row win where it says something.
 *
 * @example
 * mergeFacts({ reference: 'A', stage1AcknowledgedOn: '2026-11-04' }, { reference: 'A', stage: 1 });
 * //=> { reference: 'A', stage1AcknowledgedOn: '2026-11-04', stage: 1 }
 */
export function mergeFacts(known: CaseFacts, shown: CaseFacts): CaseFacts {
  return { ...known, ...shown };
}

/** From how many rows a harvest reads the origin's keys first rather than getting every row's case. */
const BULK_KEYS_FROM = 500;

/** Rows stored per `bulkPut`: each put clones its row on the page's thread, so 1,000 keep a task short. */
const PUT_CHUNK = 1000;

/**
 * The audit log key of one CRM's CSV imports: a case added by an import is listed in one `cases-imported`
 * event under this key (one event per import, not one per case). It never equals a case key (`origin|ref`).
 *
 * @example
 * importLogId('https://crm.example'); //=> 'csv-import:https://crm.example'
 */
export function importLogId(origin: string): string {
  return `csv-import:${origin}`;
}

/** Where and when a case was added by a CSV import. */
export interface ImportedFrom {
  at: string;
  /** The file's name, when known. */
  file?: string;
}

/**
 * The CSV import that added this case, from its CRM's import log, or `undefined` if none did.
 *
 * @example
 * await importedFrom(db, tracked); //=> { at: '2026-11-24T10:00:00.000Z', file: 'complaints.csv' }
 */
export async function importedFrom(db: ComplaintDb, tracked: Pick<TrackedCase, 'id' | 'origin'>): Promise<ImportedFrom | undefined> {
  const events = await db.audit.where('caseId').equals(importLogId(tracked.origin)).toArray();
  const event = events
    .filter((candidate) => candidate.type === 'cases-imported' && Array.isArray(candidate.detail?.['caseIds']) && (candidate.detail['caseIds'] as unknown[]).includes(tracked.id))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))[0];
  if (!event) return undefined;
  const file = event.detail?.['file'];
  return { at: event.at, ...(typeof file === 'string' && file !== '' && { file }) };
}

/**
 * Add or update every harvested row's case (key: origin + reference). The last row wins when a
 * page lists one reference twice.
 *
 * @example
 * await harvestCases(db, { origin: 'https://crm.example', adapterId: 'acme', rows, now: new Date() });
 * //=> { added: 28, updated: 2, unchanged: 0 }
 */
export async function harvestCases(
  db: ComplaintDb,
  input: { origin: string; adapterId: string; rows: readonly { url: string; facts: CaseFacts }[]; now: Date; source?: 'list-page' | 'csv-import'; file?: string },
): Promise<HarvestOutcome> {
  const at = input.now.toISOString();
  const byId = new Map<string, { url: string; facts: CaseFacts }>();
  for (const row of input.rows) byId.set(caseKey(input.origin, row.facts.reference), row);
  const ids = [...byId.keys()];
  const source = input.source ?? 'list-page';

  return db.transaction('rw', db.cases, db.audit, async () => {
    // A big import is mostly new cases: read the keys this CRM already has (keys only, one request)
    // and fetch just those, instead of 10,000 gets that mostly find nothing. A list page's few rows
    // are cheaper to get directly.
    let stored: (TrackedCase | undefined)[];
    if (ids.length > BULK_KEYS_FROM) {
      const known = new Set(await db.cases.where(':id').startsWith(`${input.origin}|`).primaryKeys());
      const present = ids.filter((id) => known.has(id));
      const found = new Map((await db.cases.bulkGet(present)).map((value, index) => [present[index], value]));
      stored = ids.map((id) => found.get(id));
    } else stored = await db.cases.bulkGet(ids);
    const puts: TrackedCase[] = [];
    const events: AuditEvent[] = [];
    const imported: string[] = [];
    const fromFile = input.file === undefined ? {} : { file: input.file };
    const outcome: HarvestOutcome = { added: 0, updated: 0, unchanged: 0 };
    ids.forEach((id, index) => {
      const row = byId.get(id);
      if (!row) return;
      const parsed = stored[index] ? TrackedCase.safeParse(stored[index]) : undefined;
      if (parsed?.success) {
        const existing = parsed.data;
        const facts = mergeFacts(existing.facts, row.facts);
        const changes = diffFacts(existing.facts, facts);
        const url = row.url || existing.url;
        if (Object.keys(changes).length === 0 && url === existing.url) {
          outcome.unchanged += 1;
          return;
        }
        outcome.updated += 1;
        puts.push({ ...existing, url, facts, lastSeenAt: at });
        if (Object.keys(changes).length > 0) events.push({ caseId: id, at, type: 'facts-changed', detail: { ...changes, source, ...fromFile } });
        return;
      }
      outcome.added += 1;
      puts.push({
        id,
        origin: input.origin,
        reference: row.facts.reference,
        adapterId: input.adapterId,
        url: row.url,
        facts: row.facts,
        corrections: {},
        firstSeenAt: at,
        lastSeenAt: at,
      });
      // An import's new cases share one event (10,000 audit rows with three indexes each cost as much as the cases).
      if (source === 'csv-import') imported.push(id);
      else events.push({ caseId: id, at, type: 'seen', detail: { first: true, source } });
    });
    if (imported.length > 0) events.push({ caseId: importLogId(input.origin), at, type: 'cases-imported', detail: { source, ...fromFile, caseIds: imported } });
    // In chunks: each `bulkPut` is issued from the previous one's success callback, so the work is spread
    // over several short tasks of the same transaction instead of one long one.
    for (let start = 0; start < puts.length; start += PUT_CHUNK) await db.cases.bulkPut(puts.slice(start, start + PUT_CHUNK));
    if (events.length > 0) await db.audit.bulkAdd(events);
    return outcome;
  });
}

/**
 * Store a large set of rows (a CSV import of any size) in batches of `batchSize` rows, one
 * transaction each, so no single transaction grows without bound and the caller can show progress.
 * If a batch fails, the batches before it stay stored and the error says exactly how many rows
 * were imported and how many were not.
 *
 * @example
 * await harvestInBatches(db, { origin, adapterId: 'csv-import', rows, now: new Date(), source: 'csv-import', onProgress: (done, total) => show(done, total) });
 * //=> { added: 100000, updated: 0, unchanged: 0 }
 */
export async function harvestInBatches(
  db: ComplaintDb,
  input: Parameters<typeof harvestCases>[1] & { batchSize?: number; onProgress?: (done: number, total: number) => void },
): Promise<HarvestOutcome> {
  const size = Math.max(1, input.batchSize ?? 10_000);
  const total = input.rows.length;
  const outcome: HarvestOutcome = { added: 0, updated: 0, unchanged: 0 };
  for (let done = 0; done < total; done += size) {
    const rows = input.rows.slice(done, done + size);
    let batch: HarvestOutcome;
    try {
      batch = await harvestCases(db, { ...input, rows });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${done} of ${total} rows were imported before an error; the other ${total - done} were not: ${reason}`, { cause: error });
    }
    outcome.added += batch.added;
    outcome.updated += batch.updated;
    outcome.unchanged += batch.unchanged;
    input.onProgress?.(done + rows.length, total);
  }
  return outcome;
}
