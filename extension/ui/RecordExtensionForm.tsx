/**
 * @module extension/ui/RecordExtensionForm
 *
 * Record an extension that was agreed before the officer opened this case here (by phone, by a
 * letter sent from the CRM): the new due date and the date the resident was told. Without it a case
 * extended in the CRM would be shown Overdue. Dates are read like corrections: never guessed.
 */
import { useSignal } from '@preact/signals';
import { parseUkDate } from '@complaint-code/sdk/words';
import type { CountdownModel } from './countdown-model.js';
import type { UserEvent } from './user-action.js';

export function RecordExtensionForm({ model, stage }: { model: CountdownModel; stage: 1 | 2 }) {
  const newDue = useSignal('');
  const notified = useSignal('');
  const reason = useSignal('');
  const error = useSignal<string | null>(null);
  const saved = useSignal<string | null>(null);

  // On the button's click, not the form's submit: a page script's requestSubmit() fires a trusted submit.
  const onSave = async (event: UserEvent) => {
    saved.value = null;
    const due = parseUkDate(newDue.value);
    const told = parseUkDate(notified.value);
    if (!due.ok) return void (error.value = `New due date: ${due.message}`);
    if (!told.ok) return void (error.value = `Date the resident was told: ${told.message}`);
    if (reason.value.trim() === '') return void (error.value = 'Say why the deadline was extended');
    if (due.date < told.date) return void (error.value = 'The new due date is before the date the resident was told');
    error.value = null;
    if (await model.recordExtension(event, { stage, notifiedOn: told.date, newDueOn: due.date, reason: reason.value.trim() })) {
      saved.value = `Saved: stage ${stage} extended to ${due.date}, told on ${told.date}.`;
      newDue.value = notified.value = reason.value = '';
    }
  };

  const problem = error.value ?? model.saveError.value;
  return (
    <form class="cc-form" aria-label="Record an extension agreed earlier" onSubmit={(event) => event.preventDefault()}>
      <h2 class="cc-h">Record an extension agreed earlier</h2>
      <p class="cc-meta">If the deadline was extended before (for example in the CRM or by phone), record it so the countdown uses the new date.</p>
      <div class="cc-row">
        <label class="cc-field">
          <span>New due date</span>
          <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={newDue.value} onInput={(event) => (newDue.value = event.currentTarget.value)} />
        </label>
        <label class="cc-field">
          <span>Date the resident was told</span>
          <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={notified.value} onInput={(event) => (notified.value = event.currentTarget.value)} />
        </label>
      </div>
      <div class="cc-row">
        <label class="cc-field">
          <span>Reason</span>
          <input
            type="text"
            autocomplete="off"
            maxLength={1000}
            value={reason.value}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'cc-extension-error' : undefined}
            onInput={(event) => (reason.value = event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="cc-button" disabled={model.saving.value} onClick={(event) => void onSave(event)}>
          Record extension
        </button>
      </div>
      {problem ? (
        <p id="cc-extension-error" class="cc-error">
          {problem}
        </p>
      ) : null}
      {saved.value ? <p class="cc-meta">{saved.value}</p> : null}
    </form>
  );
}
