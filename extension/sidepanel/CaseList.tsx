/**
 * @module extension/sidepanel/CaseList
 *
 * The grouped list of complaints, windowed: only the rows in view (plus a margin) are in the DOM,
 * so 10,000 complaints cost the same few dozen elements as 30. Rows have fixed heights, so the
 * offset of every item is known without measuring.
 */
import { browser } from 'wxt/browser';
import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupWords, type PanelGroup, type PanelRow } from '../data/index.js';
import type { RowGroup } from './model/filter-rows.js';
import { rowDaysWords, rowStateWords, rowStepWords } from './row-words.js';

const HEADER_HEIGHT = 40;
const ROW_HEIGHT = 76;
/** Extra pixels rendered above and below the view, so fast scrolling shows no gaps. */
const OVERSCAN = 400;

type Item = { kind: 'header'; group: PanelGroup; count: number; top: number } | { kind: 'row'; row: PanelRow; top: number };

function layout(groups: readonly RowGroup[]): { items: Item[]; height: number } {
  const items: Item[] = [];
  let top = 0;
  for (const { group, rows } of groups) {
    items.push({ kind: 'header', group, count: rows.length, top });
    top += HEADER_HEIGHT;
    for (const row of rows) {
      items.push({ kind: 'row', row, top });
      top += ROW_HEIGHT;
    }
  }
  return { items, height: top };
}

/** The first item whose bottom is below `y` (binary search over the sorted tops). */
function firstVisible(items: readonly Item[], y: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    const bottom = item ? item.top + (item.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT) : 0;
    if (bottom <= y) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface CaseListProps {
  groups: RowGroup[];
  onOpen: (row: PanelRow) => void;
  /** Saves the case evidence pack for a row (a small button beside the row). */
  onPack?: (row: PanelRow) => void;
  /** Called after each render that changed the list (for performance marks). */
  onRendered?: () => void;
}

/**
 * @example
 * <CaseList groups={groupRows(filterRows(rows, filter))} onOpen={(row) => openCase(row.url)} />
 */
export function CaseList({ groups, onOpen, onPack, onRendered }: CaseListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const { items, height } = useMemo(() => layout(groups), [groups]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setScrollTop(element.scrollTop);
      });
    };
    const resize = new ResizeObserver(() => setViewHeight(element.clientHeight || 600));
    resize.observe(element);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);

  useLayoutEffect(() => onRendered?.(), [groups, onRendered]);

  const start = firstVisible(items, Math.max(0, scrollTop - OVERSCAN));
  const visible: Item[] = [];
  for (let index = start; index < items.length; index += 1) {
    const item = items[index];
    if (!item || item.top > scrollTop + viewHeight + OVERSCAN) break;
    visible.push(item);
  }

  // The scroller is always rendered: its scroll and resize listeners are attached once, on mount.
  return (
    <div class="pn-scroller" ref={scroller} tabIndex={0} role="region" aria-label="Complaints by next deadline">
      {items.length === 0 && (
        <p class="pn-empty">
          No complaints match. Clear the filters, or open your CRM’s complaints list to add them. No CRM added yet?{' '}
          {/* The first-run page, not the options page: it walks through the CRM address, adapter and Code in order and ends on a test. */}
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') })}>
            Set up your CRM
          </button>
        </p>
      )}
      <div class="pn-canvas" style={{ height: `${height}px` }}>
        {visible.map((item) =>
          item.kind === 'header' ? (
            <h3 key={`h-${item.group}`} class="pn-group" data-group={item.group} style={{ top: `${item.top}px` }}>
              {groupWords[item.group]} <span class="pn-count">({item.count})</span>
            </h3>
          ) : (
            <Fragment key={item.row.id}>
            <button
              type="button"
              class="pn-row"
              data-state={item.row.state}
              data-reference={item.row.reference}
              style={{ top: `${item.top}px` }}
              onClick={() => onOpen(item.row)}
              disabled={item.row.url === ''}
              title={item.row.url === '' ? 'No link to this case: open it from your CRM' : `Open ${item.row.reference} in the CRM`}
            >
              <span class="pn-line">
                <span class="pn-ref">{item.row.reference}</span>
                <span class="pn-resident">{item.row.resident}</span>
                <span class="pn-pill" data-state={item.row.state}>
                  {rowStateWords(item.row)}
                </span>
              </span>
              <span class="pn-line pn-meta">
                <span>{rowStepWords(item.row)}</span>
              </span>
              <span class="pn-line pn-meta">
                <span>{[rowDaysWords(item.row), item.row.officer ? `Officer: ${item.row.officer}` : 'No officer recorded'].filter(Boolean).join('. ')}</span>
              </span>
            </button>
            {onPack ? (
              <button type="button" class="pn-pack" style={{ top: `${item.top + 44}px` }} aria-label={`Evidence pack for ${item.row.reference}`} onClick={() => onPack(item.row)}>
                Evidence pack
              </button>
            ) : null}
            </Fragment>
          ),
        )}
      </div>
    </div>
  );
}
