/**
 * @module extension/sidepanel/use-panel-data
 *
 * The panel's live data: every tracked case (Dexie `liveQuery`, so the panel updates as soon as the
 * background stores a case), the settings (watched) and today (the background's own helper, so the
 * e2e build's pinned date applies here too). Rows are recomputed only for the cases that changed.
 *
 * First paint: `startPanelData()` (called by the entrypoint before Preact renders) starts every read at
 * once. The rows stored by the last pass (the data layer's panel snapshot, one record) are shown as soon
 * as they are read, while the 10,000 cases are read and checked against them: only the cases changed
 * since are worked out, and the snapshot is brought up to date when the panel is idle.
 */
import type { Settings, TrackedCase } from '@complaint-code/shared';
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  allCases,
  type ComplaintDb,
  createRowMemo,
  openDb,
  type PanelRow,
  type PanelSnapshot,
  readPanelSnapshot,
  rowContext,
  savePanelSnapshot,
  showBadge,
  snapshotContext,
  snapshotEntries,
  today as todayInUk,
} from '../data/index.js';
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
  /** The rows shown are the stored snapshot's (or the last pass's), still being checked against the stored cases. */
  checking: boolean;
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

type CasesRead = { cases: TrackedCase[] } | { error: unknown };

/** The reads the panel starts before its first render. */
interface PanelSource {
  snapshot: Promise<PanelSnapshot | undefined>;
  settings: Promise<Settings>;
  today: Promise<string>;
  /** The latest result of the cases' live query (undefined until the first). */
  latest(): CasesRead | undefined;
  /** Call `listener` on every new result; returns the unsubscriber. */
  listen(listener: () => void): () => void;
}

let source: PanelSource | undefined;

/**
 * Start reading the snapshot, the cases, the settings and today (once per page). The entrypoint calls it
 * before rendering, so the reads overlap the first render instead of waiting for an effect.
 *
 * @example
 * startPanelData();
 * render(<PanelApp />, root);
 */
export function startPanelData(): PanelSource {
  if (source) return source;
  let latest: CasesRead | undefined;
  const listeners = new Set<() => void>();
  // The snapshot's one `get` goes first: 10,000 cases delivered first would keep it waiting behind them.
  const snapshot = readPanelSnapshot(panelDb()).then(
    (value) => {
      performance.mark('cc:snapshot-read');
      return value;
    },
    () => undefined,
  );
  // Never unsubscribed: the panel page reads the cases for as long as it is open.
  void snapshot.finally(() =>
    liveQuery(() => allCases(panelDb())).subscribe({
      next: (value) => {
        performance.mark('cc:cases-loaded');
        latest = { cases: value as TrackedCase[] };
        for (const listener of listeners) listener();
      },
      error: (reason: unknown) => {
        latest = { error: reason };
        for (const listener of listeners) listener();
      },
    }),
  );
  source = {
    snapshot,
    settings: loadEffectiveSettings().then(({ settings }) => {
      performance.mark('cc:settings-read');
      return settings;
    }),
    today: todayInUk(),
    latest: () => latest,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return source;
}

/** Give the browser a chance to paint and take input (`scheduler.yield` where there is one). */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Run `work` when the panel is idle (the snapshot's one `put` clones every row on this thread). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 200);
}

/**
 * @example
 * const { rows, settings, today } = usePanelData();
 */
export function usePanelData(): PanelData {
  const [cases, setCases] = useState<TrackedCase[] | null>(null);
  const [snapshot, setSnapshot] = useState<PanelSnapshot | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const memo = useMemo(() => createRowMemo(), []);
  const [rows, setRows] = useState<PanelRow[]>([]);
  const [pending, setPending] = useState(0);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    const data = startPanelData();
    const take = () => {
      const read = data.latest();
      if (!read) return;
      if ('cases' in read) setCases(read.cases);
      else setError(`Could not read the complaints: ${read.error instanceof Error ? read.error.message : String(read.error)}`);
    };
    take();
    const unlisten = data.listen(take);
    void data.snapshot.then((value) => setSnapshot(value ?? null));
    void data.settings.then(setSettings, (reason: unknown) => setError(`Could not read the settings: ${String(reason)}`));
    void data.today.then(setToday);
    // The settings in force: the officer's own under the organisation's policy (either may change).
    const refresh = () => void loadEffectiveSettings().then(({ settings: loaded }) => setSettings(loaded));
    const unwatchOwn = settingsItem.watch(refresh);
    const unwatchPolicy = watchManagedPolicy(refresh);
    const checkToday = () => void todayInUk().then(setToday);
    const timer = setInterval(checkToday, TODAY_CHECK_MS);
    return () => {
      unlisten();
      unwatchOwn();
      unwatchPolicy();
      clearInterval(timer);
    };
  }, []);

  // The snapshot's rows, shown at once when they were worked out for these settings and today; they also
  // seed the memo, so the pass over the stored cases works out only the cases that changed since.
  const usable = snapshot && settings && today && snapshot.context === snapshotContext(settings, today) ? snapshot : undefined;
  useEffect(() => {
    if (!usable || !settings || !today) return;
    memo.prime(rowContext(settings, today), snapshotEntries(usable));
    if (!cases) {
      setRows(usable.rows);
      setChecking(true);
    }
    // Only once per snapshot read (not on later case changes): later passes keep the memo themselves.
  }, [usable]);

  // Timelines are worked out in slices of a few milliseconds, so 10,000 never block the panel. Without
  // rows on screen the list shows (and grows) after the first slice; with rows on screen (the snapshot's,
  // or an earlier pass's) they stay until the pass ends, then are replaced only if something changed. A
  // data change restarts the pass (cheaply: rows already worked out come from the memo).
  useEffect(() => {
    if (!cases || !settings || !today || snapshot === undefined) return;
    let stopped = false;
    const pass = async () => {
      performance.mark('cc:rows-start');
      memo.begin(settings, today);
      const computed: PanelRow[] = [];
      let sliceStart = performance.now();
      let shownAt = -Infinity;
      let progressive = rows.length === 0;
      if (!progressive) setChecking(true);
      for (const tracked of cases) {
        computed.push(memo.row(tracked));
        if (performance.now() - sliceStart > SLICE_MS && computed.length < cases.length) {
          // Each refresh re-filters and re-sorts every row so far: at most every SHOW_EVERY_MS.
          if (progressive && sliceStart - shownAt >= SHOW_EVERY_MS) {
            setRows([...computed]);
            setPending(cases.length - computed.length);
            shownAt = performance.now();
          }
          await yieldToBrowser();
          if (stopped) return;
          sliceStart = performance.now();
        }
      }
      memo.end(cases);
      progressive = false;
      performance.measure('cc:rows-computed', 'cc:rows-start');
      const changed = memo.changes > 0 || computed.length !== rows.length;
      if (changed) setRows(computed);
      setPending(0);
      setChecking(false);
      const context = snapshotContext(settings, today);
      if (changed || snapshot?.context !== context) {
        // The badge from these rows (not another 10,000 timelines in the worker), and the snapshot for next time.
        void showBadge(computed).catch(() => undefined);
        whenIdle(() => {
          if (!stopped) void savePanelSnapshot(panelDb(), memo, context, new Date()).catch(() => undefined);
        });
      }
    };
    void pass();
    return () => {
      stopped = true;
    };
    // `rows` is read, not a trigger: a pass starts when the data changes, not when it shows its own rows.
  }, [cases, settings, today, snapshot, memo]);

  return { cases, rows, pending, checking, settings, today, error };
}
