/**
 * @module extension/ui/CorrectionForm
 *
 * Lets the officer give a date the CRM lacks (e.g. when the complaint was acknowledged). Dates are
 * typed in any form the CRM reader accepts and are never guessed: an unreadable date is refused.
 */
import { caseFactLabels, dateFactNames, type CorrectableFact } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { parseUkDate } from '@complaint-code/sdk/words';
import type { CountdownModel } from './countdown-model.js';
import type { UserEvent } from './user-action.js';

export function CorrectionForm({ model }: { model: CountdownModel }) {
  const fact = useSignal<CorrectableFact>('stage1AcknowledgedOn');
  const date = useSignal('');
  const error = useSignal<string | null>(null);
  const saved = useSignal<string | null>(null);

  // Saved on the button's click, not on `submit`: Enter in the field clicks the button (a trusted
  // click), while a page script's requestSubmit() fires a trusted `submit` with no click at all.
  const onSave = async (event: UserEvent) => {
    saved.value = null;
    const parsed = parseUkDate(date.value);
    if (!parsed.ok) {
      error.value = parsed.message;
      return;
    }
    error.value = null;
    if (await model.correct(event, fact.value, parsed.date)) {
      saved.value = `Saved: ${caseFactLabels[fact.value]} is ${parsed.date}.`;
      date.value = '';
    }
  };

  const problem = error.value ?? model.saveError.value;
  return (
    <form class="cc-form" aria-label="Correct a fact" onSubmit={(event) => event.preventDefault()}>
      <h2 class="cc-h">Correct a fact</h2>
      <p class="cc-meta">For a date the CRM lacks or shows wrongly. It is kept with this case in your browser only.</p>
      <div class="cc-row">
        <label class="cc-field">
          <span>Fact</span>
          <select value={fact.value} onChange={(event) => (fact.value = event.currentTarget.value as CorrectableFact)}>
            {dateFactNames.map((name) => (
              <option key={name} value={name}>
                {caseFactLabels[name]}
              </option>
            ))}
          </select>
        </label>
        <label class="cc-field">
          <span>Date</span>
          <input
            type="text"
            inputMode="numeric"
            autocomplete="off"
            placeholder="YYYY-MM-DD"
            value={date.value}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'cc-correction-error' : undefined}
            onInput={(event) => (date.value = event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="cc-button" disabled={model.saving.value} onClick={(event) => void onSave(event)}>
          Save correction
        </button>
      </div>
      {problem ? (
        <p id="cc-correction-error" class="cc-error">
          {problem}
        </p>
      ) : null}
      {saved.value ? <p class="cc-meta">{saved.value}</p> : null}
    </form>
  );
}
