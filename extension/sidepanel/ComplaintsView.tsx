/**
 * @module extension/sidepanel/ComplaintsView
 *
 * Every tracked complaint, grouped Overdue / Due today / Due soon / Later / Closed, with filters.
 * Performance marks (`cc:first-render`, `cc:filter`) let the benchmark read the real timings.
 */
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { groupWords, panelGroups, type PanelRow } from '../data/index.js';
import { countByGroup, filterRows, groupRows, noFilter, officersOf, type PanelFilter } from './model/filter-rows.js';
import { CaseList } from './CaseList.js';
import { Filters } from './Filters.js';
import { openCase } from './open-case.js';

export function ComplaintsView({
  rows,
  pending,
  checking = false,
  onPack,
}: {
  rows: PanelRow[];
  pending: number;
  /** The rows are the last ones worked out, still being checked against the stored cases. */
  checking?: boolean;
  onPack?: (row: PanelRow) => Promise<void>;
}) {
  const [filter, setFilter] = useState<PanelFilter>(noFilter);
  const [openError, setOpenError] = useState<string | null>(null);
  const firstRendered = useRef(false);
  const allRendered = useRef(false);
  const filterPending = useRef(false);

  const groups = useMemo(() => groupRows(filterRows(rows, filter)), [rows, filter]);
  const counts = useMemo(() => countByGroup(rows), [rows]);
  const officers = useMemo(() => officersOf(rows), [rows]);
  const shown = groups.reduce((sum, group) => sum + group.rows.length, 0);

  const changeFilter = useCallback((next: PanelFilter) => {
    performance.mark('cc:filter-start');
    filterPending.current = true;
    setFilter(next);
  }, []);
  // Measured after the next frame is painted (rAF, then a task), not just when the DOM is updated.
  const afterPaint = (measure: () => void) => requestAnimationFrame(() => setTimeout(measure, 0));
  const rendered = useCallback(() => {
    if (!firstRendered.current && rows.length > 0) {
      firstRendered.current = true;
      afterPaint(() => performance.measure('cc:first-render')); // from navigation start to the list on screen
    }
    if (!allRendered.current && rows.length > 0 && pending === 0 && !checking) {
      allRendered.current = true;
      afterPaint(() => performance.measure('cc:all-rendered')); // every complaint grouped and on screen
    }
    if (filterPending.current) {
      filterPending.current = false;
      afterPaint(() => performance.measure('cc:filter', 'cc:filter-start'));
    }
  }, [rows.length, pending, checking]);
  const open = useCallback((row: PanelRow) => {
    setOpenError(null);
    openCase(row.url).catch((error: unknown) => setOpenError(`Could not open ${row.reference}: ${error instanceof Error ? error.message : String(error)}`));
  }, []);
  const pack = useCallback(
    (row: PanelRow) => {
      setOpenError(null);
      onPack?.(row).catch((error: unknown) => setOpenError(`Could not make the evidence pack for ${row.reference}: ${error instanceof Error ? error.message : String(error)}`));
    },
    [onPack],
  );

  return (
    <section class="pn-view" aria-labelledby="pn-complaints-h">
      <h2 id="pn-complaints-h" class="pn-h">
        Complaints
      </h2>
      <ul class="pn-summary" aria-label="Complaints by state">
        {panelGroups
          .filter((group) => group !== 'problem' || counts.problem > 0)
          .map((group) => (
            <li key={group} data-group={group}>
              <span class="pn-summary-n">{counts[group]}</span> {groupWords[group].toLowerCase()}
            </li>
          ))}
      </ul>
      <Filters filter={filter} officers={officers} onChange={changeFilter} />
      <p class="pn-status" role="status">
        Showing {shown} of {rows.length} complaints
      </p>
      {pending > 0 && <p class="pn-status">Working out the deadlines of {pending} more complaints…</p>}
      {checking && pending === 0 && <p class="pn-status">Checking for changes since the list was last worked out…</p>}
      {openError && (
        <p class="pn-error" role="alert">
          {openError}
        </p>
      )}
      <CaseList groups={groups} onOpen={open} {...(onPack ? { onPack: pack } : {})} onRendered={rendered} />
    </section>
  );
}
