/**
 * @module extension/sidepanel/AnnualReportView
 *
 * The annual complaints performance and service improvement report (HO Code 2024 8.1) for a period:
 * every figure with the provision it answers to, the self-assessment evidence, and the sections only
 * the landlord can write (8.1 (c)–(f)), kept in the browser from year to year. Downloads as a printable
 * HTML report, CSV or JSON — the same figures `complaint-code annual-report` gives.
 */
import { IsoDate, renderAnnualReportCsv, renderAnnualReportHtml, type AnnualReport, type AnnualReportLine } from '@complaint-code/sdk';
import { sectionsForPeriod, type AnnualReportSections, type Settings, type StoredAnnualReportSections, type TrackedCase } from '@complaint-code/shared';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadAnnualSections, saveAnnualSections } from '../lib/annual-sections-item.js';
import { annualReportFor, selfAssessmentFor } from './model/annual-report.js';
import { financialYearOf } from './model/performance.js';

const PARTS = [
  ['c', '8.1 (c) Findings of non-compliance with the Code by the Ombudsman'],
  ['d', '8.1 (d) Service improvements made as a result of the learning from complaints'],
  ['e', "8.1 (e) The Ombudsman's annual report about your performance"],
  ['f', '8.1 (f) Other relevant reports or publications by the Ombudsman about your work'],
] as const;

function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function percent(share: number | undefined): string {
  return share === undefined ? '–' : `${Math.round(share * 1000) / 10}%`;
}

function SectionTable({ name, lines }: { name: string; lines: AnnualReportLine[] }) {
  return (
    <table class="pn-table">
      <caption>{name}</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Figure</th>
          <th scope="col">Provision</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.label}>
            <th scope="row">{line.label}</th>
            <td>{line.value}</td>
            <td class="pn-meta">{line.cite}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Figures({ report }: { report: AnnualReport }) {
  const groups = new Map<string, AnnualReportLine[]>();
  for (const line of report.lines) groups.set(line.section, [...(groups.get(line.section) ?? []), line]);
  return (
    <>
      {[...groups].map(([name, lines], index) => (
        <details class="pn-disclosure" key={name} open={index < 2}>
          <summary>{name}</summary>
          <SectionTable name={name} lines={lines} />
        </details>
      ))}
      {report.goodReasons.length > 0 && (
        <details class="pn-disclosure">
          <summary>Extensions past the cap with a self-declared good reason ({report.goodReasons.length})</summary>
          <ul>
            {report.goodReasons.map((reason) => (
              <li key={`${reason.reference}-${reason.stage}-${reason.notifiedOn}`}>
                {reason.reference}, stage {reason.stage}, to {reason.newDueOn}: {reason.reason ?? 'no reason recorded'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function AnnualReportView({ cases, settings, today }: { cases: TrackedCase[]; settings: Settings; today: string }) {
  const [period, setPeriod] = useState(() => financialYearOf(today));
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState<StoredAnnualReportSections | null>(null);
  const [draft, setDraft] = useState<AnnualReportSections>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadAnnualSections().then((loaded) => {
      setStored(loaded);
      setDraft(sectionsForPeriod(loaded, period.from));
    });
  }, [period.from]);

  const report = useMemo(() => {
    try {
      return annualReportFor(cases, settings, period, today, stored ? sectionsForPeriod(stored, period.from) : {});
    } catch (reason) {
      return reason instanceof Error ? reason.message : String(reason);
    }
  }, [cases, settings, period, today, stored]);
  const evidence = useMemo(() => {
    try {
      return selfAssessmentFor(cases, settings, period, today);
    } catch {
      return null;
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
  const saveSections = async (event: Event) => {
    event.preventDefault();
    try {
      setStored(await saveAnnualSections(period.from, draft));
      setStatus('Saved. These sections will be the starting point for next year’s report.');
    } catch (reason) {
      setStatus(`Could not save: ${reason instanceof Error ? reason.message : String(reason)}`);
    }
  };
  const base = `annual-complaints-report-${period.from}-to-${period.to}`;

  return (
    <section class="pn-view" aria-labelledby="pn-annual-h">
      <h2 id="pn-annual-h" class="pn-h">
        Annual report
      </h2>
      <p class="pn-meta">The annual complaints performance and service improvement report (HO Code 2024 8.1). Each figure names the provision it answers to.</p>
      <div class="pn-row-fields">
        <div class="pn-field">
          <label for="pn-annual-from">From</label>
          <input id="pn-annual-from" type="date" value={period.from} onChange={setDate('from')} />
        </div>
        <div class="pn-field">
          <label for="pn-annual-to">To</label>
          <input id="pn-annual-to" type="date" value={period.to} onChange={setDate('to')} />
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
            {report.records} complaints counted. CH02 stage 1 {percent(report.ch02.stage1)} (strict reading {percent(report.ch02.strict.stage1)}); stage 2 {percent(report.ch02.stage2)}.
          </p>
          <div class="pn-actions">
            <button type="button" class="pn-button" onClick={() => save(`${base}.html`, 'text/html;charset=utf-8', renderAnnualReportHtml(report, { landlord: settings.landlord }))}>
              Download printable report
            </button>
            <button type="button" class="pn-button pn-secondary" onClick={() => save(`${base}.csv`, 'text/csv;charset=utf-8', renderAnnualReportCsv(report))}>
              Download CSV
            </button>
            <button type="button" class="pn-button pn-secondary" onClick={() => save(`${base}.json`, 'application/json', `${JSON.stringify(report, null, 2)}\n`)}>
              Download JSON
            </button>
          </div>
          <Figures report={report} />
        </>
      )}
      {evidence && (
        <details class="pn-disclosure">
          <summary>Self-assessment evidence</summary>
          <table class="pn-table">
            <caption>Measured from case data</caption>
            <thead>
              <tr>
                <th scope="col">Provision</th>
                <th scope="col">Complied</th>
                <th scope="col">Cases not complying</th>
              </tr>
            </thead>
            <tbody>
              {evidence.measured.map((row) => (
                <tr key={row.refs.join('/')}>
                  <th scope="row" title={row.measure}>
                    {row.refs.join(', ')}
                  </th>
                  <td>{row.applicable === 0 ? 'No cases' : `${row.compliant} of ${row.applicable}`}</td>
                  <td>{row.nonCompliantCases.join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="pn-meta">Not measurable from case data (for you to complete): {evidence.notMeasurable.join(', ')}.</p>
        </details>
      )}
      <form onSubmit={(event) => void saveSections(event)}>
        <h3 class="pn-h">Sections you complete</h3>
        {PARTS.map(([part, label]) => (
          <div class="pn-field" key={part}>
            <label for={`pn-annual-${part}`}>{label}</label>
            <textarea id={`pn-annual-${part}`} rows={3} maxLength={20_000} value={draft[part] ?? ''} onInput={(event) => setDraft({ ...draft, [part]: (event.currentTarget as HTMLTextAreaElement).value })} />
          </div>
        ))}
        <button type="submit" class="pn-button">
          Save sections
        </button>
        <p role="status" class="pn-meta">
          {status}
        </p>
      </form>
    </section>
  );
}
