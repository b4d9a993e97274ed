/**
 * @module extension/data/retention
 *
 * Personal data: closed complaints are deleted a set number of months after they closed, and
 * "Delete all data" empties the database. Each case's audit events go with it (and its place in an import log).
 */
import { effectiveFacts, type TrackedCase } from '@complaint-code/shared';
import { browser } from 'wxt/browser';
import type { ComplaintDb } from './db.js';
import { importLogId } from './harvest.js';

/** Storage key of the cases already notified as overdue (see alarms.ts). */
export const NOTIFIED_OVERDUE_KEY = 'panel:notifiedOverdue';

/**
 * The last day a complaint closed on `closedOn` may be kept: `months` calendar months later
 * (clamped to the month's end, so 31 Aug + 6 months is 28 or 29 Feb).
 *
 * @example
 * keepUntil('2025-11-24', 12); //=> '2026-11-24'
 */
export function keepUntil(closedOn: string, months: number): string {
  const [year = 0, month = 1, day = 1] = closedOn.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The day a closed complaint's retention period starts: the last response (the officer's
 * correction winning), or the day the case was last seen if that is earlier (a response "in 2099"
 * cannot keep data for ever). Worked out from the facts alone, so a case whose timeline cannot be
 * computed (dates out of order, before the bank-holiday data) is still deleted on time.
 * `undefined` for an open complaint.
 *
 * @example
 * retentionStartsOn({ facts: { reference: 'A', stage1RespondedOn: '2025-02-01' }, corrections: {}, lastSeenAt: '2025-06-01T10:00:00Z' });
 * //=> '2025-02-01'
 */
export function retentionStartsOn(tracked: Pick<TrackedCase, 'facts' | 'corrections' | 'lastSeenAt'>): string | undefined {
  const facts = effectiveFacts(tracked.facts, tracked.corrections);
  const atStage2 = facts.stage === 2 || facts.stage2RequestedOn !== undefined;
  const closedOn = atStage2 ? facts.stage2RespondedOn : facts.stage1RespondedOn;
  if (!closedOn) return undefined;
  const lastSeenOn = tracked.lastSeenAt.slice(0, 10);
  return closedOn < lastSeenOn ? closedOn : lastSeenOn;
}

/**
 * The ids of closed complaints past their retention period.
 *
 * @example
 * expiredCaseIds(cases, '2026-11-24', 12); //=> ['https://crm.example|CMP-1']
 */
export function expiredCaseIds(cases: readonly Pick<TrackedCase, 'id' | 'facts' | 'corrections' | 'lastSeenAt'>[], today: string, months: number): string[] {
  return cases
    .filter((tracked) => {
      const from = retentionStartsOn(tracked);
      return from !== undefined && keepUntil(from, months) < today;
    })
    .map((tracked) => tracked.id);
}

/** Take deleted cases out of their CRMs' import logs (an import event left with no case goes too). */
async function forgetImported(db: ComplaintDb, ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  const logs = [...new Set(ids.map((id) => importLogId(id.slice(0, id.indexOf('|')))))];
  const events = await db.audit.where('caseId').anyOf(logs).toArray();
  for (const event of events) {
    const listed = event.detail?.['caseIds'];
    if (event.id === undefined || !Array.isArray(listed) || !listed.some((id) => gone.has(id as string))) continue;
    const kept = listed.filter((id) => !gone.has(id as string));
    if (kept.length === 0) await db.audit.delete(event.id);
    else await db.audit.update(event.id, { detail: { ...event.detail, caseIds: kept } });
  }
}

/**
 * Delete these cases and their audit events, in one transaction.
 *
 * @example
 * await deleteCases(db, expiredCaseIds(rows, today, settings.retentionMonths)); //=> 3
 */
export async function deleteCases(db: ComplaintDb, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', db.cases, db.audit, db.snapshots, async () => {
    await db.audit.where('caseId').anyOf([...ids]).delete();
    await db.cases.bulkDelete([...ids]);
    await forgetImported(db, ids);
    // The panel's snapshot holds the deleted cases' rows (names, references): it goes with them.
    await db.snapshots.clear();
    return ids.length;
  });
}

/**
 * Empty everything the extension keeps about complaints (settings and adapters stay).
 *
 * @example
 * await deleteAllData(db);
 */
export async function deleteAllData(db: ComplaintDb): Promise<void> {
  await db.transaction('rw', db.cases, db.audit, db.snapshots, async () => {
    await db.cases.clear();
    await db.audit.clear();
    await db.snapshots.clear();
  });
  await browser.storage.local.remove(NOTIFIED_OVERDUE_KEY);
}
