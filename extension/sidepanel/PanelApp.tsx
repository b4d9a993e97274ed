/**
 * @module extension/sidepanel/PanelApp
 *
 * The team lead's side panel: complaints by deadline, Code performance, import/export, alerts.
 */
import { useState } from 'preact/hooks';
import { formatDay } from '../ui/words.js';
import { AlertsView } from './AlertsView.js';
import { AnnualReportView } from './AnnualReportView.js';
import { ComplaintsView } from './ComplaintsView.js';
import { downloadEvidencePack } from './download.js';
import { ImportView } from './ImportView.js';
import { PerformanceView } from './PerformanceView.js';
import { panelDb, usePanelData } from './use-panel-data.js';

const views = [
  ['complaints', 'Complaints'],
  ['performance', 'Performance'],
  ['annual', 'Annual report'],
  ['import', 'Import and export'],
  ['alerts', 'Alerts and data'],
] as const;
type View = (typeof views)[number][0];

export function PanelApp() {
  const { cases, rows, pending, checking, settings, today, error } = usePanelData();
  const [view, setView] = useState<View>('complaints');

  return (
    <div class="pn-root">
      <header class="pn-header">
        <h1 class="pn-title">Complaint Code</h1>
        {today && <p class="pn-meta">States worked out for {formatDay(today, { long: true })}</p>}
        <nav aria-label="Side panel sections">
          <ul class="pn-nav">
            {views.map(([id, label]) => (
              <li key={id}>
                <button type="button" class="pn-tab" aria-current={view === id ? 'page' : undefined} onClick={() => setView(id)}>
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="pn-main">
        {error ? (
          <p class="pn-error" role="alert">
            {error}
          </p>
        ) : view === 'complaints' && settings && today && (cases || rows.length > 0) ? (
          // The list can show the stored snapshot's rows before the cases are read.
          <ComplaintsView rows={rows} pending={pending} checking={checking} onPack={(row) => downloadEvidencePack(panelDb(), settings, today, row.id)} />
        ) : !cases || !settings || !today ? (
          <p role="status">Loading complaints…</p>
        ) : view === 'complaints' ? (
          <ComplaintsView rows={rows} pending={pending} checking={checking} onPack={(row) => downloadEvidencePack(panelDb(), settings, today, row.id)} />
        ) : view === 'performance' ? (
          <PerformanceView cases={cases} settings={settings} today={today} />
        ) : view === 'annual' ? (
          <AnnualReportView cases={cases} settings={settings} today={today} />
        ) : view === 'import' ? (
          <ImportView cases={cases} rows={rows} settings={settings} today={today} />
        ) : (
          <AlertsView cases={cases} rows={rows} settings={settings} today={today} />
        )}
      </main>
    </div>
  );
}
