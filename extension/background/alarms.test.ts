import 'fake-indexeddb/auto';
import { defaultSettings } from '@complaint-code/shared';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAILY_ALARM, SWEEP_ALARM, dailySummary, ensureAlarms, handleAlarm, newlyOverdue, nextDailyAt } from './alarms.js';
import { type ComplaintDb, harvestCases, NOTIFIED_OVERDUE_KEY, openDb } from '../data/index.js';

describe('nextDailyAt', () => {
  it.each([
    ['2026-11-24T08:00:00Z', '09:00', '2026-11-24T09:00:00.000Z'], // winter: London = UTC
    ['2026-11-24T10:00:00Z', '09:00', '2026-11-25T09:00:00.000Z'], // already past today
    ['2026-07-01T07:00:00Z', '09:00', '2026-07-01T08:00:00.000Z'], // summer: 09:00 BST = 08:00 UTC
    ['2026-03-28T12:00:00Z', '09:00', '2026-03-29T08:00:00.000Z'], // the clocks go forward overnight
    ['2026-11-24T23:30:00Z', '00:15', '2026-11-25T00:15:00.000Z'],
  ])('from %s, %s next falls at %s', (now, time, expected) => {
    expect(new Date(nextDailyAt(new Date(now), time)).toISOString()).toBe(expected);
  });
});

describe('newlyOverdue and dailySummary', () => {
  const rows = [
    { id: 'a', group: 'overdue' as const },
    { id: 'b', group: 'overdue' as const },
    { id: 'c', group: 'due-today' as const },
  ];
  it('should notify only cases not notified before, and forget cases no longer overdue', () => {
    expect(newlyOverdue(rows, ['a', 'z'])).toEqual({ fresh: [rows[1]], remember: ['a', 'b'] });
  });
  it('should sum up in words, or say nothing when nothing is open', () => {
    expect(dailySummary(rows)).toBe('2 overdue, 1 due today.');
    expect(dailySummary([{ group: 'later' }])).toBeNull();
  });
});

describe('ensureAlarms', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should create both alarms once, and move the daily one when its time changes', async () => {
    const now = new Date('2026-11-24T10:00:00Z');
    await ensureAlarms(defaultSettings, now);
    await ensureAlarms(defaultSettings, now);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual([DAILY_ALARM, SWEEP_ALARM]);
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-25T09:00:00Z'));
    await ensureAlarms({ ...defaultSettings, alerts: { ...defaultSettings.alerts, dailyAt: '16:30' } }, now);
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-24T16:30:00Z'));
    await ensureAlarms({ ...defaultSettings, alerts: { ...defaultSettings.alerts, daily: false } }, now);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([SWEEP_ALARM]);
  });
});

describe('handleAlarm', () => {
  let db: ComplaintDb;
  let name = '';
  beforeEach(async () => {
    fakeBrowser.reset();
    name = `alarms-${crypto.randomUUID()}`;
    db = openDb(name);
    const origin = 'https://crm.example';
    await harvestCases(db, {
      origin,
      adapterId: 'acme',
      now: new Date(),
      rows: [
        { url: `${origin}/A-1`, facts: { reference: 'A-1', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04' } }, // overdue
        { url: `${origin}/A-2`, facts: { reference: 'A-2', stage1ReceivedOn: '2026-11-17' } }, // due today
        { url: `${origin}/A-3`, facts: { reference: 'A-3', stage1ReceivedOn: '2025-01-06', stage1AcknowledgedOn: '2025-01-07', stage1RespondedOn: '2025-01-10' } }, // closed long ago
      ],
    });
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  it('should set the badge, notify a newly overdue case once, and delete closed cases past retention', async () => {
    const action = { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) };
    const notifications = { create: vi.fn(async (id: string) => id) };
    Object.assign(fakeBrowser, { action, notifications });
    const deps = { db: () => db, settings: async () => defaultSettings, today: async () => '2026-11-24' };

    await handleAlarm(SWEEP_ALARM, deps);
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '2' });
    expect(notifications.create).toHaveBeenCalledTimes(1);
    expect(notifications.create.mock.calls[0]).toMatchObject(['complaint-code:overdue', { message: 'A-1: Stage 1 response is overdue.' }]);
    expect(await db.cases.get('https://crm.example|A-3')).toBeUndefined();
    expect(await db.audit.where('caseId').equals('https://crm.example|A-3').count()).toBe(0);
    expect((await fakeBrowser.storage.local.get(NOTIFIED_OVERDUE_KEY))[NOTIFIED_OVERDUE_KEY]).toEqual(['https://crm.example|A-1']);

    // The worker may have been stopped in between: what was notified is read back from storage.
    await handleAlarm(SWEEP_ALARM, deps);
    expect(notifications.create).toHaveBeenCalledTimes(1);

    await handleAlarm(DAILY_ALARM, deps);
    expect(notifications.create).toHaveBeenLastCalledWith('complaint-code:daily', expect.objectContaining({ message: '1 overdue, 1 due today.' }));
  });
});
