/**
 * @module extension/background/evidence-pack
 *
 * The case evidence pack (every fact with where it came from, deadlines, extensions, findings) for
 * one tracked case, as printable HTML. Sources come from the audit log: when the CRM page first showed
 * a fact (or which CSV file it was imported from, and when), and when the officer corrected it.
 */
import { caseEvidencePack, renderCaseEvidencePackHtml, type FactSource, type PackLetter } from '@complaint-code/sdk';
import { AuditEvent, TrackedCase, type Settings } from '@complaint-code/shared';
import { calendarFor, type ComplaintDb, factsToRecord, importedFrom, type ImportedFrom } from '../data/index.js';

const PATHS = {
  stage1ReceivedOn: 'stage1.receivedOn',
  stage1AcknowledgedOn: 'stage1.acknowledgedOn',
  stage1RespondedOn: 'stage1.respondedOn',
  stage2RequestedOn: 'stage2.requestedOn',
  stage2AcknowledgedOn: 'stage2.acknowledgedOn',
  stage2RespondedOn: 'stage2.respondedOn',
} as const;

/** Where a shown value came from: the CRM page, or a CSV import (named file) when the case or the change came from one. */
function shownSource(tracked: TrackedCase, since: { at: string; file?: string | undefined; imported: boolean }): FactSource {
  if (since.imported) return { origin: 'import', recordedOn: since.at.slice(0, 10), ...(since.file && { file: since.file }) };
  return { origin: 'crm-page', recordedOn: since.at.slice(0, 10), url: tracked.url };
}

/**
 * Where each date fact came from, by its record path: read from the CRM page or imported from a CSV file
 * (the day the value in use was first shown), and corrected by the officer (the latest correction still
 * in force). `imported` is the import that added the case, from its CRM's import log (`importedFrom`).
 *
 * @example
 * factSources(tracked, events)['stage1.receivedOn']; //=> { origin: 'crm-page', recordedOn: '2027-01-04', url: '…' }
 * factSources(tracked, events, { at, file: 'complaints.csv' })['stage1.receivedOn']; //=> { origin: 'import', recordedOn: '2027-01-04', file: 'complaints.csv' }
 */
export function factSources(tracked: TrackedCase, events: readonly AuditEvent[], imported?: ImportedFrom): Record<string, FactSource> {
  const sources: Record<string, FactSource> = {};
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const [fact, path] of Object.entries(PATHS) as [keyof typeof PATHS, string][]) {
    const shown = tracked.facts[fact];
    // Shown since the first sighting (or the import that added the case), or since the change that set it.
    let since = shown === undefined ? undefined : { at: tracked.firstSeenAt, file: imported?.file, imported: imported !== undefined };
    for (const event of ordered) {
      const change = event.type === 'facts-changed' ? (event.detail?.[fact] as [unknown, unknown] | undefined) : undefined;
      const file = event.detail?.['file'];
      if (change && change[1] === shown) since = { at: event.at, file: typeof file === 'string' ? file : undefined, imported: event.detail?.['source'] === 'csv-import' };
    }
    const corrected = tracked.corrections[fact];
    const correction = corrected === undefined ? undefined : ordered.filter((event) => event.type === 'fact-corrected' && event.detail?.['fact'] === fact && event.detail['after'] === corrected).at(-1);
    if (corrected !== undefined && correction) {
      const before = correction.detail?.['before'] ?? correction.detail?.['shownByCrm'];
      sources[path] = since
        ? { ...shownSource(tracked, since), correctedOn: correction.at.slice(0, 10), correctedBy: 'the officer', ...(typeof before === 'string' && { previousValue: before }) }
        : { origin: 'officer', recordedOn: correction.at.slice(0, 10) };
    } else if (shown !== undefined && since) {
      sources[path] = shownSource(tracked, since);
    }
  }
  for (const stage of [1, 2] as const) {
    (tracked.corrections.extensions ?? []).filter((extension) => extension.stage === stage).forEach((extension, index) => {
      const recorded = ordered.find((event) => event.type === 'extension-recorded' && event.detail?.['notifiedOn'] === extension.notifiedOn && event.detail['newDueOn'] === extension.newDueOn);
      if (recorded) sources[`stage${stage}.extensions.${index}`] = { origin: 'officer', recordedOn: recorded.at.slice(0, 10) };
    });
  }
  return sources;
}

/**
 * @example
 * await buildEvidencePack(db, settings, '2027-04-10', 'https://crm.example|C-1'); //=> { fileName: 'case-evidence-pack-C-1.html', html: '<!doctype html>…' }
 */
export async function buildEvidencePack(db: ComplaintDb, settings: Settings, today: string, caseId: string): Promise<{ fileName: string; html: string }> {
  const stored = TrackedCase.safeParse(await db.cases.get(caseId));
  if (!stored.success) throw new Error('That case is not stored in this browser');
  const tracked = stored.data;
  const built = factsToRecord(tracked.facts, tracked.corrections, settings);
  if (!built.ok) throw new Error(built.problems.map((problem) => problem.message).join('; '));
  const events = (await db.audit.where('caseId').equals(caseId).toArray()).flatMap((event) => {
    const parsed = AuditEvent.safeParse(event);
    return parsed.success ? [parsed.data] : [];
  });
  // A case a CSV import added is listed in its CRM's import log (one event per import), not in its own events.
  const imported = await importedFrom(db, tracked);
  const pack = caseEvidencePack(built.record, { today, calendar: calendarFor(settings.division), sources: factSources(tracked, events, imported), letters: keptLetters(events) });
  const safeName = tracked.reference.replace(/[^A-Za-z0-9._-]+/g, '-');
  return { fileName: `case-evidence-pack-${safeName}.html`, html: renderCaseEvidencePackHtml(pack) };
}

/**
 * Keep a letter the extension wrote with its case (only when the officer has turned on keeping letters).
 *
 * @example
 * await keepLetter(db, { caseId, kind: 'refusal', writtenOn: '2027-01-05', text: 'Dear …', now: new Date() });
 */
export async function keepLetter(db: ComplaintDb, letter: { caseId: string; kind: string; writtenOn: string; text: string; now: Date }): Promise<void> {
  await db.audit.add({ caseId: letter.caseId, at: letter.now.toISOString(), type: 'letter-kept', detail: { kind: letter.kind, writtenOn: letter.writtenOn, text: letter.text } });
}

/**
 * The letters kept with a case, oldest first, from its audit log.
 *
 * @example
 * keptLetters(events); //=> [{ kind: 'refusal', writtenOn: '2027-01-05', text: 'Dear …' }]
 */
export function keptLetters(events: readonly AuditEvent[]): PackLetter[] {
  return [...events]
    .filter((event) => event.type === 'letter-kept')
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .flatMap((event) => {
      const { kind, writtenOn, text } = event.detail ?? {};
      return typeof kind === 'string' && typeof writtenOn === 'string' && typeof text === 'string' ? [{ kind, writtenOn, text }] : [];
    });
}
