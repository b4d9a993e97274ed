/**
 * @module extension/sidepanel/ImportView
 *
 * Import a CSV exported from the CRM in three steps: choose the file and the CRM it came from,
 * check which column holds which fact, then read the preview (every bad row and why). Nothing is
 * stored until the user presses "Import". Also: export everything to CSV.
 */
import { caseKey, type Settings, type TrackedCase } from '@complaint-code/shared';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { harvestInBatches, type PanelRow, recordEvidence } from '../data/index.js';
import { shippedAdapters } from '../lib/shipped-adapters.js';
import { importFieldLabels, importFields, requiredImportFields, suggestMapping, type ColumnMapping, type ImportField } from '../lib/csv-import/mapping.js';
import { previewImportInSlices, readCsvTable, type CsvTable, type ImportPreview } from '../lib/csv-import/read-rows.js';
import { downloadCsv } from './download.js';
import { panelDb, yieldToBrowser } from './use-panel-data.js';

/** Bad rows listed one by one; the rest are counted. */
const BAD_ROWS_SHOWN = 100;

function knownOrigins(settings: Settings, cases: readonly TrackedCase[]): string[] {
  const origins = new Set<string>();
  for (const adapter of [...settings.adapters, ...shippedAdapters]) for (const origin of adapter.origins ?? []) origins.add(origin);
  for (const tracked of cases) origins.add(tracked.origin);
  return [...origins].sort();
}

export function ImportView({ cases, rows, settings, today }: { cases: TrackedCase[]; rows: PanelRow[]; settings: Settings; today: string }) {
  const origins = useMemo(() => knownOrigins(settings, cases), [settings, cases]);
  const [file, setFile] = useState<{ name: string; table: CsvTable } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [origin, setOrigin] = useState(origins[0] ?? '');
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  // Every row checked in slices of a few milliseconds, so a 10,000-row file never freezes the panel. A
  // newer file, mapping or CRM drops the check under way; until the new one ends, the last preview of
  // the same file stays on screen (the select just changed keeps its focus) and Import waits.
  const [checked, setChecked] = useState<{ table: CsvTable; result: ImportPreview } | null>(null);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!file) return;
    const controller = new AbortController();
    setChecking(true);
    performance.mark('cc:preview-start');
    void previewImportInSlices(file.table, mapping, origin, { signal: controller.signal, yieldTo: yieldToBrowser }).then((result) => {
      if (!result) return;
      performance.measure('cc:import-preview', 'cc:preview-start');
      setChecked({ table: file.table, result });
      setChecking(false);
    });
    return () => controller.abort();
  }, [file, mapping, origin]);
  const preview = checked && file && checked.table === file.table ? checked.result : null;

  const choose = async (event: Event) => {
    const chosen = (event.currentTarget as HTMLInputElement).files?.[0];
    setMessage(null);
    if (!chosen) return setFile(null);
    performance.mark('cc:read-start');
    const table = readCsvTable(await chosen.text());
    performance.measure('cc:import-read', 'cc:read-start');
    if (table.headers.length === 0) {
      setFile(null);
      return setMessage({ kind: 'error', text: `${chosen.name} is empty: export the complaints from your CRM as CSV with a header row.` });
    }
    setFile({ name: chosen.name, table });
    setMapping(suggestMapping(table.headers));
  };

  const confirm = async () => {
    if (!preview || checking || preview.rows.length === 0) return;
    setBusy(true);
    performance.mark('cc:import-start');
    try {
      // Every row, in batches (one transaction each): a big export is never cut short.
      const outcome = await harvestInBatches(panelDb(), {
        origin,
        adapterId: 'csv-import',
        rows: preview.rows,
        now: new Date(),
        source: 'csv-import',
        file: file?.name ?? '',
        onProgress: (done, total) => setProgress({ done, total }),
      });
      // The evidence columns (outcomes, remedies, refusals, updates) go with each case, as the officer records them.
      const now = new Date();
      for (const row of preview.rows) {
        if (row.evidence) await recordEvidence(panelDb(), { caseId: caseKey(origin, row.facts.reference), evidence: row.evidence, now });
      }
      performance.measure('cc:import-store', 'cc:import-start');
      setMessage({ kind: 'done', text: `Imported ${preview.rows.length} complaints: ${outcome.added} new, ${outcome.updated} updated, ${outcome.unchanged} unchanged.` });
      setFile(null);
      // No badge pass here: the panel's rows pass, which the stored cases' change starts, sets the badge
      // from the rows it works out (only the new cases' timelines), instead of 20,000 more timelines.
    } catch (error) {
      // The error names how many rows were stored before it happened.
      setMessage({ kind: 'error', text: `The import stopped: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const missingRequired = requiredImportFields.filter((field) => mapping[field] === undefined);

  return (
    <section class="pn-view" aria-labelledby="pn-import-h">
      <h2 id="pn-import-h" class="pn-h">
        Import complaints from a CSV file
      </h2>
      {message && (
        <p class={message.kind === 'error' ? 'pn-error' : 'pn-done'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div class="pn-field">
        <label for="pn-csv">CSV file exported from your CRM</label>
        <input id="pn-csv" type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
      </div>
      <div class="pn-field">
        <label for="pn-origin">Which CRM the complaints are from</label>
        <select id="pn-origin" value={origin} onChange={(event) => setOrigin(event.currentTarget.value)}>
          {origins.map((known) => (
            <option key={known} value={known}>
              {known}
            </option>
          ))}
        </select>
      </div>
      {file && !preview && <p role="status">Checking {file.table.records.length} rows…</p>}
      {file && preview && (
        <>
          <h3 class="pn-h3">Check the columns</h3>
          <p class="pn-meta">
            {file.name}: {file.table.records.length} rows. Choose the column for each fact; leave out what the file does not have.
          </p>
          <div class="pn-mapping">
            {importFields.map((field: ImportField) => (
              <div class="pn-field" key={field}>
                <label for={`pn-map-${field}`}>
                  {importFieldLabels[field]}
                  {requiredImportFields.includes(field) ? ' (needed)' : ''}
                </label>
                <select
                  id={`pn-map-${field}`}
                  value={mapping[field] === undefined ? '' : String(mapping[field])}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    const { [field]: _old, ...rest } = mapping;
                    setMapping(value === '' ? rest : { ...rest, [field]: Number(value) });
                  }}
                >
                  <option value="">Not in this file</option>
                  {file.table.headers.map((header, index) => (
                    <option key={index} value={String(index)}>
                      {header || `Column ${index + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <h3 class="pn-h3">Preview</h3>
          <p role="status">
            {preview.rows.length} rows ready to import. {preview.bad.length} rows will not be imported.
          </p>
          {preview.bad.length > 0 && (
            <ul class="pn-bad" aria-label="Rows that will not be imported">
              {preview.bad.slice(0, BAD_ROWS_SHOWN).map((bad) => (
                <li key={bad.row}>
                  Row {bad.row}
                  {bad.reference ? ` (${bad.reference})` : ''}: {bad.reasons.join('; ')}
                </li>
              ))}
              {preview.bad.length > BAD_ROWS_SHOWN && <li>and {preview.bad.length - BAD_ROWS_SHOWN} more rows</li>}
            </ul>
          )}
          {missingRequired.length > 0 && (
            <p class="pn-error">Choose a column for: {missingRequired.map((field) => importFieldLabels[field]).join(', ')}.</p>
          )}
          {progress && (
            <p role="status">
              Importing: {progress.done} of {progress.total} rows stored.
            </p>
          )}
          <div class="pn-actions">
            <button type="button" class="pn-button" disabled={busy || checking || preview.rows.length === 0 || origin === ''} onClick={() => void confirm()}>
              Import {preview.rows.length} complaints
            </button>
            <button type="button" class="pn-button pn-secondary" onClick={() => setFile(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
      <h2 class="pn-h">Export</h2>
      <p>Every tracked complaint with its dates, next step and state, as a CSV file you can open in a spreadsheet.</p>
      <button type="button" class="pn-button pn-secondary" disabled={cases.length === 0} onClick={() => downloadCsv(cases, rows, today)}>
        Download CSV
      </button>
    </section>
  );
}
