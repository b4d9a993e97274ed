/**
 * @module extension/sidepanel/PerformanceView
 *
 * How the team is doing against the Code's timescales for a period: CH01 (per 1,000 homes, with
 * the homes from the settings), CH02 per stage, extensions used, and responses on time and late by
 * week as a small chart with the same figures in a table.
 */
import type { CodePerformanceReport, WeeklyResponses } from '@complaint-code/sdk';
import { IsoDate } from '@complaint-code/sdk';
import type { Settings, TrackedCase } from '@complaint-code/shared';
import { useMemo, useState } from 'preact/hooks';
import { formatDay } from '../ui/words.js';
import { financialYearOf, performanceFor } from './model/performance.js';

const CHART_WEEKS = 12;

function percent(share: number | undefined): string {
  return share === undefined ? 'No responses yet' : `${(share * 100).toFixed(1)}%`;
}

function WeeklyChart({ weeks }: { weeks: WeeklyResponses[] }) {
  const most = Math.max(1, ...weeks.map((week) => week.onTime + week.late));
  const barWidth = 20;
  const gap = 6;
  const height = 100;
  const onTime = weeks.reduce((sum, week) => sum + week.onTime, 0);
  const late = weeks.reduce((sum, week) => sum + week.late, 0);
  return (
    <figure class="pn-chart">
      <figcaption>
        Responses by week, last {weeks.length} weeks: {onTime} on time, {late} late
      </figcaption>
      <svg viewBox={`0 0 ${weeks.length * (barWidth + gap)} ${height}`} width="100%" height="100" role="img" aria-label={`${onTime} responses on time and ${late} late over ${weeks.length} weeks`}>
        {weeks.map((week, index) => {
          const x = index * (barWidth + gap);
          const onTimeHeight = (week.onTime / most) * (height - 4);
          const lateHeight = (week.late / most) * (height - 4);
          return (
            <g key={week.weekStarting}>
              <rect x={x} y={height - onTimeHeight} width={barWidth} height={onTimeHeight} fill="#00703c" />
              <rect x={x} y={height - onTimeHeight - lateHeight} width={barWidth} height={lateHeight} fill="#d4351c" />
            </g>
          );
        })}
      </svg>
      <p class="pn-key">
        <span class="pn-swatch" data-kind="on-time" /> On time <span class="pn-swatch" data-kind="late" /> Late
      </p>
      <details>
        <summary>Show the weekly figures</summary>
        <table class="pn-table">
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">On time</th>
              <th scope="col">Late</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStarting}>
                <td>{formatDay(week.weekStarting)}</td>
                <td>{week.onTime}</td>
                <td>{week.late}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Figures({ report }: { report: CodePerformanceReport }) {
  const stage = (n: 1 | 2) => {
    const figures = n === 1 ? report.stage1 : report.stage2;
    const ch01 = n === 1 ? report.ch01.stage1 : report.ch01.stage2;
    const ch02 = n === 1 ? report.ch02.stage1 : report.ch02.stage2;
    return (
      <tr>
        <th scope="row">Stage {n}</th>
        <td>{figures.received}</td>
        <td>{ch01 === undefined ? '–' : ch01.toFixed(1)}</td>
        <td>{percent(ch02)}</td>
        <td>
          {figures.respondedInTime} of {figures.responded}
        </td>
      </tr>
    );
  };
  return (
    <table class="pn-table">
      <caption class="pn-sr">CH01 and CH02 by stage</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Received</th>
          <th scope="col">CH01 per 1,000 homes</th>
          <th scope="col">CH02 on time</th>
          <th scope="col">Responses on time</th>
        </tr>
      </thead>
      <tbody>
        {stage(1)}
        {stage(2)}
      </tbody>
    </table>
  );
}

export function PerformanceView({ cases, settings, today }: { cases: TrackedCase[]; settings: Settings; today: string }) {
  const [period, setPeriod] = useState(() => financialYearOf(today));
  const [error, setError] = useState<string | null>(null);
  const report = useMemo(() => {
    try {
      return performanceFor(cases, settings, period, today);
    } catch (reason) {
      return reason instanceof Error ? reason.message : String(reason);
    }
  }, [cases, settings, period, today]);

  const setDate = (key: 'from' | 'to') => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    if (!IsoDate.safeParse(value).success) return setError(`${value || 'That'} is not a date like 2026-04-01`);
    const next = { ...period, [key]: value };
    if (next.from > next.to) return setError('The period must start on or before its end');
    setError(null);
    setPeriod(next);
  };
  const toDate = today < period.to ? today : period.to;
  const weeks = typeof report === 'string' ? [] : report.weekly.filter((week) => week.weekStarting <= toDate).slice(-CHART_WEEKS);

  return (
    <section class="pn-view" aria-labelledby="pn-performance-h">
      <h2 id="pn-performance-h" class="pn-h">
        Code performance
      </h2>
      <div class="pn-row-fields">
        <div class="pn-field">
          <label for="pn-from">From</label>
          <input id="pn-from" type="date" value={period.from} onChange={setDate('from')} />
        </div>
        <div class="pn-field">
          <label for="pn-to">To</label>
          <input id="pn-to" type="date" value={period.to} onChange={setDate('to')} />
        </div>
      </div>
      {error && (
        <p class="pn-error" role="alert">
          {error}
        </p>
      )}
      {typeof report === 'string' ? (
        <p class="pn-error">Could not work out the figures: {report}</p>
      ) : (
        <>
          <p class="pn-meta">
            {formatDay(report.period.from)} to {formatDay(report.period.to)}: {report.records} complaints counted.
            {settings.homes ? ` CH01 uses ${settings.homes.toLocaleString('en-GB')} homes.` : ' Add the number of homes in Options to see CH01.'}
          </p>
          <Figures report={report} />
          <p>
            Extensions used: <strong>{report.extensionsUsed}</strong>
          </p>
          {weeks.length > 0 && <WeeklyChart weeks={weeks} />}
        </>
      )}
    </section>
  );
}
