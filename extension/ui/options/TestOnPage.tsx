/**
 * @module extension/ui/options/TestOnPage
 *
 * "Test on this page": for every field of the adapter being edited, what the CRM tab shows, what it
 * was understood as, or the problem; and whether the reply editor was found. The CRM tab outlines
 * each field it read (in the extension's own layer), so the admin can see it picked the right one.
 */
import type { AdapterTestReport, CrmAdapter } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { testOnPage } from './pick-on-page.js';

type Checked = { ok: true; adapter: CrmAdapter } | { ok: false; problems: string[] };

export function TestOnPage({ current }: { current: () => Checked }) {
  const result = useSignal<{ title: string; report: AdapterTestReport } | null>(null);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);

  const run = async () => {
    const checked = current();
    result.value = null;
    if (!checked.ok) {
      error.value = `Fix these first: ${checked.problems.join(' ')}`;
      return;
    }
    busy.value = true;
    error.value = null;
    try {
      result.value = await testOnPage(checked.adapter);
    } catch (caught) {
      error.value = caught instanceof Error ? caught.message : String(caught);
    } finally {
      busy.value = false;
    }
  };

  const report = result.value?.report;
  return (
    <section class="test-on-page" aria-labelledby="test-h">
      <h3 id="test-h">Test on this page</h3>
      <p class="hint">Reads the CRM tab you used last with this adapter as it stands (not saved yet), and outlines each field it found there.</p>
      <button type="button" class="button secondary" disabled={busy.value} onClick={() => void run()}>
        Test on this page
      </button>
      {error.value ? (
        <p role="alert" class="error">
          {error.value}
        </p>
      ) : null}
      {report && result.value ? (
        <div role="status">
          <p>
            Tested on <strong>{result.value.title}</strong> <span class="mono hint">{report.url}</span>
          </p>
          {report.isCasePage ? null : <p class="warning">This address does not match the case page address pattern, so the overlay would not run here.</p>}
          <table class="slots" aria-label="What each field read">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Read from the page</th>
                <th scope="col">Understood as</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.fields.map((line) => (
                <tr key={line.field}>
                  <th scope="row">{line.name}</th>
                  <td class="mono">{line.read ?? '—'}</td>
                  <td>{line.parsed ?? '—'}</td>
                  <td class={line.problem ? 'error' : ''}>{line.problem ?? 'None'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class={report.editor.found ? 'done' : report.editor.configured ? 'error' : 'hint'}>Reply editor: {report.editor.detail}</p>
        </div>
      ) : null}
    </section>
  );
}
