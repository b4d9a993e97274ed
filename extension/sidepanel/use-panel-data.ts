/**
 * @module extension/sidepanel/use-panel-data
 *
 * The panel's live data: every tracked case (Dexie `liveQuery`, so the panel updates as soon as the
 * background stores a case), the settings (watched) and today (the background's own helper, so the
 * e2e build's pinned date applies here too). Rows are recomputed only for the cases that changed.
 */
import type { Settings, TrackedCase } from '@complaint-code/shared';
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ComplaintDb, createRowMemo, openDb, type PanelRow, today as todayInUk } from '../data/index.js';
import { loadEffectiveSettings, watchManagedPolicy } from '../lib/managed-policy.js';
import { settingsItem } from '../lib/settings-item.js';

let sharedDb: ComplaintDb | undefined;
/** The extension's database, opened once per panel page (same origin as the background's). */
export function panelDb(): ComplaintDb {
  return (sharedDb ??= openDb('complaint-code', { cache: 'disabled' }));
}

export interface PanelData {
  cases: TrackedCase[] | null;
  rows: PanelRow[];
  /** Cases whose timeline is still being worked out (0 when every row is ready). */
  pending: number;
  settings: Settings | null;
  today: string | null;
  error: string | null;
}

/** The longest slice of timeline work between two chances for the panel to paint or take input. */
const SLICE_MS = 12;

/** How often a growing list is re-shown while its timelines are still being worked out. */
const SHOW_EVERY_MS = 150;

/** How often "today" is checked, so a panel left open past midnight moves its states on. */
const TODAY_CHECK_MS = 60_000;

/**
 * @example
 * const { rows, settings, today } = usePanelData();
 */
export function usePanelData(): PanelData {
  const [cases, setCases] = useState<TrackedCase[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const memo = useMemo(() => createRowMemo(), []);
  const [rows, setRows] = useState<PanelRow[]>([]);
  const [pending, setPending] = useState(0);

  useEffect(() => {
    const subscription = liveQuery(() => panelDb().cases.toArray()).subscribe({
      next: (value) => {
        performance.mark('cc:cases-loaded');
        setCases(value as TrackedCase[]);
      },
      error: (reason: unknown) => setError(`Could not read the complaints: ${reason instanceof Error ? reason.message : String(reason)}`),
    });
    // The settings in force: the officer's own under the organisation's policy (either may change).
    const refresh = () => void loadEffectiveSettings().then(({ settings: loaded }) => setSettings(loaded));
    refresh();
    const unwatchOwn = settingsItem.watch(refresh);
    const unwatchPolicy = watchManagedPolicy(refresh);
    const unwatch = () => {
      unwatchOwn();
      unwatchPolicy();
    };
    const checkToday = () => void todayInUk().then(setToday);
    checkToday();
    const timer = setInterval(checkToday, TODAY_CHECK_MS);
    return () => {
      subscription.unsubscribe();
      unwatch();
      clearInterval(timer);
    };
  }, []);

  // Timelines are worked out in slices of a few milliseconds, so 10,000 never block the panel: the
  // list shows (and grows) after the first slice, and a data change restarts the pass (cheaply:
  // rows already worked out come from the memo).
  useEffect(() => {
    if (!cases || !settings || !today) return;
    let stopped = false;
    const pass = async () => {
      performance.mark('cc:rows-start');
      memo.begin(settings, today);
      const computed: PanelRow[] = [];
      let sliceStart = performance.now();
      // The list is shown after the first slice, then refreshed at most every SHOW_EVERY_MS: each
      // refresh re-filters and re-sorts every row so far, so doing it after every 12 ms slice made
      // the whole pass quadratic. Between refreshes the slices still yield, so input is never blocked.
      let shownAt = -Infinity;
      for (const tracked of cases) {
        computed.push(memo.row(tracked));
        if (performance.now() - sliceStart > SLICE_MS && computed.length < cases.length) {
          if (sliceStart - shownAt >= SHOW_EVERY_MS) {
            setRows([...computed]);
            setPending(cases.length - computed.length);
            shownAt = performance.now();
          }
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (stopped) return;
          sliceStart = performance.now();
        }
      }
      memo.end(cases);
      performance.measure('cc:rows-computed', 'cc:rows-start');
      setRows(computed);
      setPending(0);
    };
    void pass();
    return () => {
      stopped = true;
    };
  }, [cases, settings, today, memo]);

  return { cases, rows, pending, settings, today, error };
}
