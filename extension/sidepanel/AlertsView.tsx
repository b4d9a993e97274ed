/**
 * @module extension/sidepanel/AlertsView
 *
 * Alerts (daily summary time, overdue notes) and personal data: how long closed complaints are
 * kept, and "Delete all data" after offering an export.
 */
import { Settings, type TrackedCase } from '@complaint-code/shared';
import { useState } from 'preact/hooks';
import { deleteAllData, type PanelRow, showBadge } from '../data/index.js';
import { loadSettings, settingsItem } from '../lib/settings-item.js';
import { downloadCsv } from './download.js';
import { panelDb } from './use-panel-data.js';

export function AlertsView({ cases, rows, settings, today }: { cases: TrackedCase[]; rows: PanelRow[]; settings: Settings; today: string }) {
  const [draft, setDraft] = useState({ ...settings.alerts, retentionMonths: String(settings.retentionMonths) });
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    const { retentionMonths, ...alerts } = draft;
    // Read afresh: the options page may have saved other settings since this panel loaded them.
    const { settings: current } = await loadSettings();
    const parsed = Settings.safeParse({ ...current, alerts, retentionMonths: Number(retentionMonths) });
    if (!parsed.success) return setMessage({ kind: 'error', text: parsed.error.issues.map((issue) => issue.message).join('. ') });
    await settingsItem.setValue(parsed.data);
    setMessage({ kind: 'done', text: 'Saved.' });
  };

  const deleteEverything = async () => {
    await deleteAllData(panelDb());
    await showBadge([]);
    setConfirming(false);
    setMessage({ kind: 'done', text: 'All complaint data was deleted from this browser.' });
  };

  return (
    <section class="pn-view" aria-labelledby="pn-alerts-h">
      <h2 id="pn-alerts-h" class="pn-h">
        Alerts
      </h2>
      {message && (
        <p class={message.kind === 'error' ? 'pn-error' : 'pn-done'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <form onSubmit={(event) => void save(event)} class="pn-form">
        <div class="pn-check">
          <input id="pn-daily" type="checkbox" checked={draft.daily} onChange={(event) => setDraft({ ...draft, daily: event.currentTarget.checked })} />
          <label for="pn-daily">Send a daily summary of what is overdue and due</label>
        </div>
        <div class="pn-field">
          <label for="pn-daily-at">Time of the daily summary (UK time)</label>
          <input id="pn-daily-at" type="time" value={draft.dailyAt} disabled={!draft.daily} onChange={(event) => setDraft({ ...draft, dailyAt: event.currentTarget.value })} />
        </div>
        <div class="pn-check">
          <input id="pn-overdue" type="checkbox" checked={draft.overdue} onChange={(event) => setDraft({ ...draft, overdue: event.currentTarget.checked })} />
          <label for="pn-overdue">Tell me when a complaint turns overdue</label>
        </div>
        <h2 class="pn-h">Personal data</h2>
        <div class="pn-field">
          <label for="pn-retention">Delete closed complaints after this many months</label>
          <input id="pn-retention" type="number" min={1} max={120} inputMode="numeric" value={draft.retentionMonths} onInput={(event) => setDraft({ ...draft, retentionMonths: event.currentTarget.value })} />
        </div>
        <button type="submit" class="pn-button">
          Save
        </button>
      </form>
      <h3 class="pn-h3">Delete all data</h3>
      <p>Complaint data stays in this browser. Deleting it removes every tracked complaint and its history; settings and adapters stay.</p>
      {confirming ? (
        <div class="pn-warning" role="alertdialog" aria-labelledby="pn-confirm-h" aria-describedby="pn-confirm-p">
          <h4 id="pn-confirm-h" class="pn-h3">
            Delete {cases.length} complaints?
          </h4>
          <p id="pn-confirm-p">This cannot be undone. Download a copy first if you may need it.</p>
          <div class="pn-actions">
            <button type="button" class="pn-button pn-secondary" onClick={() => downloadCsv(cases, rows, today)}>
              Download CSV first
            </button>
            <button type="button" class="pn-button pn-danger" onClick={() => void deleteEverything()}>
              Yes, delete all data
            </button>
            <button type="button" class="pn-button pn-secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="pn-button pn-danger" onClick={() => setConfirming(true)}>
          Delete all data
        </button>
      )}
    </section>
  );
}
