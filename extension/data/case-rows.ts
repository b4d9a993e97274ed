/**
 * @module extension/data/case-rows
 *
 * One side-panel row per tracked case, worked out with the SDK from the stored facts, the officer's
 * corrections, the settings and today: never stored, so a row is never stale. Rows are memoised per
 * case, so a change to one case recomputes one timeline, not 10,000.
 */
import type { DeadlineState } from '@complaint-code/sdk';
import { effectiveFacts, type Settings, type TrackedCase } from '@complaint-code/shared';
import { buildCaseView } from './case-view.js';

/** The side panel's groups, in the order shown. */
export const panelGroups = ['overdue', 'due-today', 'due-soon', 'later', 'problem', 'closed'] as const;
export type PanelGroup = (typeof panelGroups)[number];

export const groupWords: Record<PanelGroup, string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  'due-soon': 'Due soon',
  later: 'Later',
  problem: 'Cannot work out',
  closed: 'Closed',
};

/** What the panel shows for one complaint. */
export interface PanelRow {
  id: string;
  reference: string;
  resident: string;
  officer: string;
  stage: 1 | 2;
  /** The next step's title ("Stage 1 response"), or why there is none. */
  nextStep: string;
  dueOn?: string;
  workingDaysLeft?: number;
  /** The next step's state, or the whole timeline's for a closed case; `problem` when the facts are not enough. */
  state: DeadlineState | 'problem';
  group: PanelGroup;
  /** The date it was closed (the last response), for retention. */
  closedOn?: string;
  receivedOn?: string;
  url: string;
}

/** Which group a state belongs to. */
export function groupFor(state: PanelRow['state'], closed: boolean): PanelGroup {
  if (closed) return 'closed';
  if (state === 'overdue') return 'overdue';
  if (state === 'due-today') return 'due-today';
  if (state === 'due-soon') return 'due-soon';
  if (state === 'problem') return 'problem';
  return 'later';
}

/**
 * @example
 * toPanelRow(trackedCase, settings, '2026-11-24');
 * //=> { reference: 'HC-2026-0412', nextStep: 'Stage 1 acknowledgement', dueOn: '2026-11-30', state: 'on-track', group: 'later', … }
 */
export function toPanelRow(tracked: TrackedCase, settings: Settings, today: string): PanelRow {
  const facts = effectiveFacts(tracked.facts, tracked.corrections);
  const view = buildCaseView(tracked, settings, today);
  const base = {
    id: tracked.id,
    reference: tracked.reference,
    resident: facts.residentName ?? '',
    officer: facts.handler ?? '',
    url: tracked.url,
    ...(facts.stage1ReceivedOn ? { receivedOn: facts.stage1ReceivedOn } : {}),
  };
  const timeline = view.timeline;
  if (!timeline) {
    return {
      ...base,
      stage: facts.stage ?? (facts.stage2RequestedOn ? 2 : 1),
      nextStep: view.problems[0]?.message ?? 'The facts are not enough for a deadline',
      state: 'problem',
      group: 'problem',
    };
  }
  const next = timeline.next;
  const closedOn = timeline.closed ? (facts.stage2RespondedOn ?? facts.stage1RespondedOn) : undefined;
  return {
    ...base,
    stage: timeline.stage,
    nextStep: next?.title ?? 'Complaint closed',
    ...(next ? { dueOn: next.dueOn } : {}),
    ...(next?.workingDaysLeft !== undefined ? { workingDaysLeft: next.workingDaysLeft } : {}),
    ...(closedOn ? { closedOn } : {}),
    state: next?.state ?? timeline.state,
    group: groupFor(next?.state ?? timeline.state, timeline.closed),
  };
}

/** Rows memoised per case: recomputed only when the case's stored record, the settings or today change. */
export interface RowMemo {
  /** Start a pass for these settings and today (a change of either forgets every row). */
  begin(settings: Settings, today: string): void;
  /** The case's row, from the memo when its record is unchanged. */
  row(tracked: TrackedCase): PanelRow;
  /** End a complete pass: forget cases no longer stored. */
  end(cases: readonly TrackedCase[]): void;
  /** Every case's row in one go. */
  rowsFor(cases: readonly TrackedCase[], settings: Settings, today: string): PanelRow[];
  /** Take rows worked out earlier (a stored snapshot) for `context`: kept only if a pass starts with the same context. */
  prime(context: string, entries: Iterable<MemoEntry>): void;
  /** Every memoised row with its key, in the order the cases were last passed. */
  entries(): MemoEntry[];
  /** How many rows were worked out (not taken from the memo) since the last `begin`, plus cases forgotten by `end`. */
  readonly changes: number;
}

/** One memoised row: the case's id, the key of the record it was worked out from, the row. */
export interface MemoEntry {
  id: string;
  key: string;
  row: PanelRow;
}

/**
 * What every row depends on besides its case: a change of any of these changes every row.
 *
 * @example
 * rowContext(defaultSettings, '2026-11-24'); //=> '["auto","housing","england-and-wales",2,"2026-11-24"]'
 */
export function rowContext(settings: Settings, today: string): string {
  return JSON.stringify([settings.ruleSet, settings.ombudsman, settings.division, settings.dueSoonWorkingDays, today]);
}

/**
 * The part of a stored case a row depends on: the same key means the same row (for one context).
 *
 * @example
 * rowKey(tracked) === rowKey({ ...tracked, lastSeenAt: later }); //=> true
 */
export function rowKey(tracked: Pick<TrackedCase, 'facts' | 'corrections' | 'url'>): string {
  return JSON.stringify([tracked.facts, tracked.corrections, tracked.url]);
}

/**
 * @example
 * const memo = createRowMemo();
 * memo.rowsFor(cases, settings, '2026-11-24'); // 10,000 timelines
 * memo.rowsFor(casesWithOneChanged, settings, '2026-11-24'); // 1 timeline
 */
export function createRowMemo(): RowMemo {
  let context = '';
  let current: { settings: Settings; today: string } | undefined;
  let memo = new Map<string, { key: string; row: PanelRow }>();
  let changes = 0;
  const memoised: RowMemo = {
    begin(settings, today) {
      const next = rowContext(settings, today);
      if (next !== context) memo = new Map();
      context = next;
      current = { settings, today };
      changes = 0;
    },
    row(tracked) {
      if (!current) throw new Error('RowMemo.row() called before begin()');
      const key = rowKey(tracked);
      const known = memo.get(tracked.id);
      if (known && known.key === key) return known.row;
      const row = toPanelRow(tracked, current.settings, current.today);
      memo.set(tracked.id, { key, row });
      changes += 1;
      return row;
    },
    end(cases) {
      const removed = memo.size - cases.length;
      if (changes === 0 && removed === 0) return;
      // Rebuilt in the cases' order (a snapshot keeps the same order as a fresh read), without cases no longer stored.
      const next = new Map<string, { key: string; row: PanelRow }>();
      for (const tracked of cases) {
        const known = memo.get(tracked.id);
        if (known) next.set(tracked.id, known);
      }
      changes += memo.size - next.size;
      memo = next;
    },
    rowsFor(cases, settings, today) {
      memoised.begin(settings, today);
      const rows = cases.map((tracked) => memoised.row(tracked));
      memoised.end(cases);
      return rows;
    },
    prime(primedContext, entries) {
      context = primedContext;
      memo = new Map();
      for (const entry of entries) memo.set(entry.id, { key: entry.key, row: entry.row });
    },
    entries() {
      return [...memo].map(([id, { key, row }]) => ({ id, key, row }));
    },
    get changes() {
      return changes;
    },
  };
  return memoised;
}
