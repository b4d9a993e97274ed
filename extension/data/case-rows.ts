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
  const memoised: RowMemo = {
    begin(settings, today) {
      const next = JSON.stringify([settings.ruleSet, settings.ombudsman, settings.division, settings.dueSoonWorkingDays, today]);
      if (next !== context) memo = new Map();
      context = next;
      current = { settings, today };
    },
    row(tracked) {
      if (!current) throw new Error('RowMemo.row() called before begin()');
      const key = JSON.stringify([tracked.facts, tracked.corrections, tracked.url]);
      const known = memo.get(tracked.id);
      if (known && known.key === key) return known.row;
      const row = toPanelRow(tracked, current.settings, current.today);
      memo.set(tracked.id, { key, row });
      return row;
    },
    end(cases) {
      if (memo.size === cases.length) return;
      const ids = new Set(cases.map((tracked) => tracked.id));
      for (const id of memo.keys()) if (!ids.has(id)) memo.delete(id);
    },
    rowsFor(cases, settings, today) {
      memoised.begin(settings, today);
      const rows = cases.map((tracked) => memoised.row(tracked));
      memoised.end(cases);
      return rows;
    },
  };
  return memoised;
}
