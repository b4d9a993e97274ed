/**
 * @module extension/data/harvest
 *
 * Store the complaints a CRM list (queue) page shows, all in one Dexie transaction (IndexedDB cost
 * is per transaction: one `bulkPut` for 500 rows, not 500 puts), with an audit event per change.
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
  input: { origin: string; adapterId: string; rows: readonly { url: string; facts: CaseFacts }[]; now: Date; source?: 'list-page' | 'csv-import' },
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
        if (Object.keys(changes).length > 0) events.push({ caseId: id, at, type: 'facts-changed', detail: { ...changes, source } });
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
      events.push({ caseId: id, at, type: 'seen', detail: { first: true, source } });
    });
    if (puts.length > 0) await db.cases.bulkPut(puts);
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
  const size = Math.max(1, input.batchSize ?? 5000);
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
