/**
 * @module extension/background/alarms
 *
 * Alerts that survive the service worker being stopped: two named `alarms` (Chrome and Firefox keep
 * them across worker restarts; they are re-created at install and start-up if missing), and the
 * set of cases already notified as overdue kept in `storage.local`, never in memory.
 *
 * - `complaint-code:sweep` every 30 minutes: refresh the badge, notify newly overdue cases, delete
 *   closed cases past the retention period.
 * - `complaint-code:daily` at the user's time (UK time) every day: a summary notification.
 */
import { londonOffsetMinutes } from '@complaint-code/sdk';
import type { Settings, TrackedCase } from '@complaint-code/shared';
import { browser } from 'wxt/browser';
import { type ComplaintDb, deleteCases, expiredCaseIds, NOTIFIED_OVERDUE_KEY, type PanelRow, rowsWithSnapshot, showBadge } from '../data/index.js';
import { notificationIcon } from './notification-icon.js';

export const SWEEP_ALARM = 'complaint-code:sweep';
export const DAILY_ALARM = 'complaint-code:daily';
export const SWEEP_MINUTES = 30;
const DAY_MINUTES = 24 * 60;

/**
 * The next time the clock in London shows `hhmm` (strictly after `now`), as epoch milliseconds.
 *
 * @example
 * nextDailyAt(new Date('2026-11-24T10:00:00Z'), '09:00'); //=> Date.parse('2026-11-25T09:00:00Z')
 * nextDailyAt(new Date('2026-07-01T07:00:00Z'), '09:00'); //=> Date.parse('2026-07-01T08:00:00Z') (BST)
 */
export function nextDailyAt(now: Date, hhmm: string): number {
  const [hour = 9, minute = 0] = hhmm.split(':').map(Number);
  const londonNow = new Date(now.getTime() + londonOffsetMinutes(now) * 60_000);
  for (let days = 0; days <= 2; days += 1) {
    const wall = Date.UTC(londonNow.getUTCFullYear(), londonNow.getUTCMonth(), londonNow.getUTCDate() + days, hour, minute);
    // Work out the offset at the target itself (it differs across a clock change).
    const guess = wall - londonOffsetMinutes(new Date(wall)) * 60_000;
    const when = wall - londonOffsetMinutes(new Date(guess)) * 60_000;
    if (when > now.getTime()) return when;
  }
  return now.getTime() + DAY_MINUTES * 60_000;
}

/**
 * Create the alarms that are missing, and move the daily one when its time no longer matches the
 * settings (or remove it when the daily summary is off). Safe to call at every start.
 *
 * @example
 * browser.runtime.onStartup.addListener(() => void ensureAlarms(settings, new Date()));
 */
export async function ensureAlarms(settings: Settings, now: Date): Promise<void> {
  if (!(await browser.alarms.get(SWEEP_ALARM))) {
    await browser.alarms.create(SWEEP_ALARM, { delayInMinutes: 1, periodInMinutes: SWEEP_MINUTES });
  }
  const daily = await browser.alarms.get(DAILY_ALARM);
  if (!settings.alerts.daily) {
    if (daily) await browser.alarms.clear(DAILY_ALARM);
    return;
  }
  const when = nextDailyAt(now, settings.alerts.dailyAt);
  // An alarm set for another time of day (the setting changed) is replaced; the same time is kept.
  if (!daily || Math.abs(((daily.scheduledTime - when) / 60_000) % DAY_MINUTES) > 1) {
    await browser.alarms.create(DAILY_ALARM, { when, periodInMinutes: DAY_MINUTES });
  }
}

/**
 * The daily summary, or `null` when there is nothing open to report.
 *
 * @example
 * dailySummary(rows); //=> '2 overdue, 1 due today, 3 due soon.'
 */
export function dailySummary(rows: readonly Pick<PanelRow, 'group'>[]): string | null {
  const count = (group: PanelRow['group']) => rows.filter((row) => row.group === group).length;
  const parts = [
    [count('overdue'), 'overdue'],
    [count('due-today'), 'due today'],
    [count('due-soon'), 'due soon'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  return said.length === 0 ? null : `${said.join(', ')}.`;
}

/**
 * Which overdue cases have not been notified yet, and the set to remember next (only the cases
 * overdue now, so a case that is fixed and turns overdue again is notified again).
 *
 * @example
 * newlyOverdue(rows, ['a']); //=> { fresh: [rowB], remember: ['a', 'b'] }
 */
export function newlyOverdue<R extends Pick<PanelRow, 'id' | 'group'>>(rows: readonly R[], notified: readonly string[]): { fresh: R[]; remember: string[] } {
  const known = new Set(notified);
  const overdue = rows.filter((row) => row.group === 'overdue');
  return { fresh: overdue.filter((row) => !known.has(row.id)), remember: overdue.map((row) => row.id) };
}

/** What an alarm needs; background.ts passes the real ones. */
export interface AlarmDeps {
  db: () => ComplaintDb;
  settings: () => Promise<Settings>;
  today: () => Promise<string>;
}

function notify(id: string, title: string, message: string): Promise<string> {
  return browser.notifications.create(id, {
    type: 'basic',
    iconUrl: notificationIcon,
    title,
    message,
  });
}

/**
 * Handle one alarm.
 *
 * @example
 * browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm.name, deps));
 */
export async function handleAlarm(name: string, deps: AlarmDeps): Promise<void> {
  if (name !== SWEEP_ALARM && name !== DAILY_ALARM) return;
  const [settings, today] = await Promise.all([deps.settings(), deps.today()]);
  const db = deps.db();
  const cases = (await db.cases.toArray()) as TrackedCase[];
  let kept = cases;
  if (name === SWEEP_ALARM) {
    // From the stored cases, not the rows: a closed case whose timeline cannot be worked out still expires.
    const expired = expiredCaseIds(cases, today, settings.retentionMonths);
    if (expired.length > 0) {
      await deleteCases(db, expired);
      const gone = new Set(expired);
      kept = cases.filter((tracked) => !gone.has(tracked.id));
    }
  }
  // Only the cases changed since the panel's snapshot are worked out, and the snapshot is brought up to
  // date, so the first panel opened after the daily alarm paints from it at once.
  const rows = await rowsWithSnapshot(db, kept, settings, today);
  await showBadge(rows);

  const stored = (await browser.storage.local.get(NOTIFIED_OVERDUE_KEY))[NOTIFIED_OVERDUE_KEY];
  const { fresh, remember } = newlyOverdue(rows, Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : []);
  await browser.storage.local.set({ [NOTIFIED_OVERDUE_KEY]: remember });
  if (settings.alerts.overdue && fresh.length > 0) {
    const first = fresh[0];
    const message =
      fresh.length === 1 && first
        ? `${first.reference}${first.resident ? ` (${first.resident})` : ''}: ${first.nextStep} is overdue.`
        : `${fresh.length} complaints are now overdue: ${fresh.slice(0, 5).map((row) => row.reference).join(', ')}${fresh.length > 5 ? '…' : ''}`;
    await notify('complaint-code:overdue', 'Complaint overdue', message);
  }
  if (name === DAILY_ALARM && settings.alerts.daily) {
    const summary = dailySummary(rows);
    if (summary) await notify('complaint-code:daily', 'Complaints today', summary);
  }
}
