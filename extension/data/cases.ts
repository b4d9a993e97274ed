/**
 * @module extension/data/cases
 *
 * Store what the content script reports about a case, and log every change in the audit table, in
 * one transaction each (IndexedDB cost is per transaction, not per byte).
 */
import {
  caseKey,
  TrackedCase,
  type AuditEvent,
  type CaseEvidence,
  type CaseFacts,
  type CorrectableFact,
  type RecordedExtension,
} from '@complaint-code/shared';
import type { ComplaintDb } from './db.js';

/**
 * Every stored case, read in pages of `pageSize` in one read transaction: each page is its own request,
 * so its records are cloned into the page in their own short task (one `getAll` of 20,000 cases is one
 * task of a few hundred milliseconds that blocks the side panel).
 *
 * @example
 * await allCases(db); //=> [{ id: 'https://crm.example|CMP-1042', … }, …]
 */
export async function allCases(db: ComplaintDb, pageSize = 2500): Promise<TrackedCase[]> {
  return db.transaction('r', db.cases, async () => {
    const cases: TrackedCase[] = [];
    let page = (await db.cases.limit(pageSize).toArray()) as TrackedCase[];
    while (page.length > 0) {
      cases.push(...page);
      if (page.length < pageSize) break;
      const last = page[page.length - 1]?.id ?? '';
      page = (await db.cases.where(':id').above(last).limit(pageSize).toArray()) as TrackedCase[];
    }
    return cases;
  });
}

/** The facts that differ between two readings, as `{ field: [before, after] }`. */
export function diffFacts(before: CaseFacts, after: CaseFacts): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof CaseFacts>;
  for (const field of fields) {
    if (before[field] !== after[field]) changes[field] = [before[field] ?? null, after[field] ?? null];
  }
  return changes;
}

/**
 * Record that a case page was seen with these facts. Creates the case on first sight, logs
 * `seen` at most once a day per case and `facts-changed` whenever the page shows different facts.
 *
 * @example
 * await recordSeen(db, { origin: 'https://crm.example', url, adapterId: 'demo', facts, now: new Date() });
 */
export async function recordSeen(
  db: ComplaintDb,
  input: { origin: string; url: string; adapterId: string; facts: CaseFacts; now: Date },
): Promise<TrackedCase> {
  const at = input.now.toISOString();
  const id = caseKey(input.origin, input.facts.reference);
  return db.transaction('rw', db.cases, db.audit, async () => {
    const stored = await db.cases.get(id);
    const existing = stored ? TrackedCase.safeParse(stored) : undefined;
    const events: AuditEvent[] = [];
    let next: TrackedCase;
    if (existing?.success) {
      const changes = diffFacts(existing.data.facts, input.facts);
      if (Object.keys(changes).length > 0) events.push({ caseId: id, at, type: 'facts-changed', detail: changes });
      if (existing.data.lastSeenAt.slice(0, 10) !== at.slice(0, 10)) events.push({ caseId: id, at, type: 'seen' });
      next = { ...existing.data, url: input.url, adapterId: input.adapterId, facts: input.facts, lastSeenAt: at };
    } else {
      // A row an older build wrote that no longer parses is replaced, keeping its corrections if they still parse.
      const corrections = stored ? TrackedCase.shape.corrections.safeParse((stored as { corrections?: unknown }).corrections) : undefined;
      next = {
        id,
        origin: input.origin,
        reference: input.facts.reference,
        adapterId: input.adapterId,
        url: input.url,
        facts: input.facts,
        corrections: corrections?.success ? corrections.data : {},
        firstSeenAt: at,
        lastSeenAt: at,
      };
      events.push({ caseId: id, at, type: 'seen', detail: { first: true } });
    }
    await db.cases.put(next);
    if (events.length > 0) await db.audit.bulkAdd(events);
    return next;
  });
}

/** The case, or a clear error when it is not tracked (the page must be seen first). */
async function getCase(db: ComplaintDb, caseId: string): Promise<TrackedCase> {
  const stored = await db.cases.get(caseId);
  if (!stored) throw new Error(`No tracked case ${caseId}: open its page in the CRM first`);
  return TrackedCase.parse(stored);
}

/**
 * Set (or clear, with `null`) the officer's correction of one date fact.
 *
 * @example
 * await correctFact(db, { caseId, fact: 'stage1AcknowledgedOn', value: '2026-11-04', now: new Date() });
 */
export async function correctFact(
  db: ComplaintDb,
  input: { caseId: string; fact: CorrectableFact; value: string | null; now: Date },
): Promise<TrackedCase> {
  return db.transaction('rw', db.cases, db.audit, async () => {
    const stored = await getCase(db, input.caseId);
    const before = stored.corrections[input.fact] ?? null;
    const { [input.fact]: _replaced, ...others } = stored.corrections;
    const corrections = input.value === null ? others : { ...others, [input.fact]: input.value };
    const next: TrackedCase = { ...stored, corrections };
    await db.cases.put(next);
    await db.audit.add({
      caseId: input.caseId,
      at: input.now.toISOString(),
      type: 'fact-corrected',
      detail: { fact: input.fact, before, after: input.value, shownByCrm: stored.facts[input.fact] ?? null },
    });
    return next;
  });
}

/**
 * Record an extension the landlord notified to the resident.
 *
 * @example
 * await recordExtension(db, { caseId, extension: { stage: 1, notifiedOn, newDueOn, reason }, now: new Date() });
 */
export async function recordExtension(
  db: ComplaintDb,
  input: { caseId: string; extension: RecordedExtension; now: Date },
): Promise<TrackedCase> {
  return db.transaction('rw', db.cases, db.audit, async () => {
    const stored = await getCase(db, input.caseId);
    const next: TrackedCase = {
      ...stored,
      corrections: { ...stored.corrections, extensions: [...(stored.corrections.extensions ?? []), input.extension] },
    };
    await db.cases.put(next);
    await db.audit.add({ caseId: input.caseId, at: input.now.toISOString(), type: 'extension-recorded', detail: { ...input.extension } });
    return next;
  });
}

/**
 * Record evidence the officer gave (outcome, category, remedies, refusals, keeping informed). Each key
 * given replaces the stored one; the others are kept. The audit log keeps what changed.
 *
 * @example
 * await recordEvidence(db, { caseId, evidence: { stage1: { outcome: 'Upheld' } }, now: new Date() });
 */
export async function recordEvidence(
  db: ComplaintDb,
  input: { caseId: string; evidence: CaseEvidence; now: Date },
): Promise<TrackedCase> {
  return db.transaction('rw', db.cases, db.audit, async () => {
    const stored = await getCase(db, input.caseId);
    const before = stored.corrections.evidence ?? {};
    const next: TrackedCase = { ...stored, corrections: { ...stored.corrections, evidence: { ...before, ...input.evidence } } };
    await db.cases.put(next);
    const changed = Object.keys(input.evidence) as (keyof CaseEvidence)[];
    await db.audit.add({
      caseId: input.caseId,
      at: input.now.toISOString(),
      type: 'evidence-recorded',
      detail: Object.fromEntries(changed.map((key) => [key, { before: before[key] ?? null, after: input.evidence[key] ?? null }])),
    });
    return next;
  });
}
