/**
 * @module extension/ui/evidence/RemedyForm
 *
 * A remedy or outstanding action (HO 2024 6.6/6.17, 7.1–7.3): what, due by, done on. Added to the
 * case's list; a remedy already listed can be marked done.
 */
import type { CaseView } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import type { CountdownModel } from '../countdown-model.js';
import type { UserEvent } from '../user-action.js';
import { formatDay } from '../words.js';
import { readDate } from './evidence-fields.js';

export function RemedyForm({ model, view }: { model: CountdownModel; view: CaseView }) {
  const remedies = view.case.corrections.evidence?.remedies ?? [];
  const action = useSignal('');
  const dueOn = useSignal('');
  const doneOn = useSignal('');
  const message = useSignal<{ error: boolean; text: string } | null>(null);

  const onSave = async (event: UserEvent) => {
    const due = readDate('Due by', dueOn.value, false);
    const done = readDate('Done on', doneOn.value, true);
    if (action.value.trim() === '') return void (message.value = { error: true, text: 'Say what the remedy or action is' });
    if (!due.ok) return void (message.value = { error: true, text: due.message });
    if (!done.ok) return void (message.value = { error: true, text: done.message });
    const remedy = { action: action.value.trim(), ...(due.date ? { dueOn: due.date } : {}), ...(done.date ? { doneOn: done.date } : {}) };
    const error = await model.recordEvidence(event, { remedies: [...remedies, remedy] });
    if (error) return void (message.value = { error: true, text: error });
    message.value = { error: false, text: `Saved: ${remedy.action}, due by ${due.date ?? ''}.` };
    action.value = dueOn.value = doneOn.value = '';
  };
  const markDone = async (event: UserEvent, index: number) => {
    const today = view.today;
    const error = await model.recordEvidence(event, { remedies: remedies.map((r, i) => (i === index ? { ...r, doneOn: today } : r)) });
    message.value = error ? { error: true, text: error } : { error: false, text: `Saved: marked done on ${today}.` };
  };

  return (
    <form class="cc-form" aria-labelledby="cc-remedy-h" onSubmit={(event) => event.preventDefault()}>
      <h3 class="cc-h" id="cc-remedy-h">Remedies and outstanding actions</h3>
      {remedies.length > 0 ? (
        <ul aria-labelledby="cc-remedy-h">
          {remedies.map((remedy, index) => (
            <li key={`${remedy.action}-${index}`}>
              {remedy.action}
              {remedy.dueOn ? `, due by ${formatDay(remedy.dueOn)}` : ''}
              {remedy.doneOn ? `, done ${formatDay(remedy.doneOn)}` : ', not done yet '}
              {remedy.doneOn ? null : (
                <button type="button" class="cc-link" disabled={model.saving.value} onClick={(event) => void markDone(event, index)}>
                  Mark done today: {remedy.action}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <label class="cc-field">
        <span>What will be done</span>
        <input type="text" autocomplete="off" maxLength={2000} value={action.value} onInput={(event) => (action.value = event.currentTarget.value)} />
      </label>
      <div class="cc-row">
        <label class="cc-field">
          <span>Due by</span>
          <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={dueOn.value} onInput={(event) => (dueOn.value = event.currentTarget.value)} />
        </label>
        <label class="cc-field">
          <span>Done on (if done)</span>
          <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={doneOn.value} onInput={(event) => (doneOn.value = event.currentTarget.value)} />
        </label>
        <button type="submit" class="cc-button" disabled={model.saving.value} onClick={(event) => void onSave(event)}>
          Add remedy
        </button>
      </div>
      {message.value ? (
        <p class={message.value.error ? 'cc-error' : 'cc-meta'} role={message.value.error ? 'alert' : 'status'}>
          {message.value.text}
        </p>
      ) : null}
    </form>
  );
}
