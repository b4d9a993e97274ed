/**
 * @module extension/data/badge
 *
 * The toolbar badge: how many complaints are overdue or due today, worked out afresh from the
 * stored cases (the service worker keeps nothing in memory between wake-ups).
 */
import type { Settings, TrackedCase } from '@complaint-code/shared';
import { browser } from 'wxt/browser';
import type { PanelRow } from './case-rows.js';
import { rowsWithSnapshot } from './panel-snapshot.js';
import type { ComplaintDb } from './db.js';

/** GOV.UK red: the badge only appears when something needs doing today. */
const BADGE_COLOUR = '#d4351c';

/**
 * The badge text: the number needing action today (overdue or due today), empty when none.
 *
 * @example
 * badgeText([{ group: 'overdue' }, { group: 'due-today' }, { group: 'later' }]); //=> '2'
 */
export function badgeText(rows: readonly Pick<PanelRow, 'group'>[]): string {
  const count = rows.filter((row) => row.group === 'overdue' || row.group === 'due-today').length;
  if (count === 0) return '';
  return count > 999 ? '999+' : String(count);
}

/**
 * Every case's row for today. The worker keeps nothing in memory between wake-ups, so the rows of cases
 * unchanged since the stored snapshot come from it, and only the others are worked out.
 */
export async function currentRows(db: ComplaintDb, settings: Settings, today: string): Promise<PanelRow[]> {
  const cases = (await db.cases.toArray()) as TrackedCase[];
  return rowsWithSnapshot(db, cases, settings, today);
}

/**
 * Set the badge from these rows.
 *
 * @example
 * await showBadge(rows); // "5" in red on the toolbar icon
 */
export async function showBadge(rows: readonly Pick<PanelRow, 'group'>[]): Promise<void> {
  const text = badgeText(rows);
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await browser.action.setTitle({
    title: text === '' ? 'Complaint Code: nothing overdue or due today' : `Complaint Code: ${text} overdue or due today`,
  });
}
