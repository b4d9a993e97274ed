/**
 * @module extension/ui/onboarding/TestStep
 *
 * Step 4: choose an adapter and run the options page's "Test on this page" on a CRM case page the
 * officer has open in another tab.
 */
import type { CrmAdapter } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { TestOnPage } from '../options/TestOnPage.js';

export function TestStep({ adapters }: { adapters: CrmAdapter[] }) {
  const chosen = useSignal(adapters[0]?.id ?? '');
  const adapter = adapters.find((candidate) => candidate.id === chosen.value);
  return (
    <div class="stack">
      <ol class="instructions">
        <li>In another tab, open a complaint’s case page in your CRM (reload it if it was already open).</li>
        <li>Come back to this tab, choose the adapter and select “Test on this page”.</li>
        <li>Check each field shows what the case page says. If one is wrong, change the adapter in the options page.</li>
      </ol>
      {adapters.length === 0 ? (
        <p class="warning">There is no adapter to test yet. Go back to step 2 and choose one.</p>
      ) : (
        <>
          <label class="field">
            <span>Adapter to test</span>
            <select value={chosen.value} onChange={(event) => (chosen.value = event.currentTarget.value)}>
              {adapters.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
          <TestOnPage current={() => (adapter ? { ok: true, adapter } : { ok: false, problems: ['Choose an adapter.'] })} />
        </>
      )}
    </div>
  );
}
