/**
 * @module extension/ui/evidence/KeepInformedForm
 *
 * Keeping the resident informed when the response will be outside the Code's timescales (HO 2024
 * 5.9): the interval agreed with the resident, and each update sent.
 */
import type { CaseView } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import type { CountdownModel } from '../countdown-model.js';
import type { UserEvent } from '../user-action.js';
import { formatDay } from '../words.js';
import { readDate } from './evidence-fields.js';

export function KeepInformedForm({ model, view }: { model: CountdownModel; view: CaseView }) {
  const informed = view.case.corrections.evidence?.keepInformed;
  const agreedOn = useSignal(informed?.agreedOn ?? '');
  const interval = useSignal(informed?.intervalDays ? String(informed.intervalDays) : '');
  const sentOn = useSignal('');
  const message = useSignal<{ error: boolean; text: string } | null>(null);
  const updates = informed?.updatesSentOn ?? [];

  const onAgree = async (event: UserEvent) => {
    const agreed = readDate('Date agreed', agreedOn.value, false);
    if (!agreed.ok) return void (message.value = { error: true, text: agreed.message });
    const days = Number(interval.value.trim());
    if (!/^\d+$/.test(interval.value.trim()) || days < 1 || days > 366) return void (message.value = { error: true, text: 'Give the interval as a whole number of days, from 1 to 366' });
    const error = await model.recordEvidence(event, { keepInformed: { agreedOn: agreed.date as string, intervalDays: days, updatesSentOn: updates } });
    message.value = error ? { error: true, text: error } : { error: false, text: `Saved: an update every ${days} days, agreed on ${agreed.date}.` };
  };
  const onUpdate = async (event: UserEvent) => {
    const sent = readDate('Update sent on', sentOn.value, false);
    if (!sent.ok) return void (message.value = { error: true, text: sent.message });
    const next = [...new Set([...updates, sent.date as string])].sort();
    const error = await model.recordEvidence(event, { keepInformed: { ...(informed ?? {}), updatesSentOn: next } });
    if (error) return void (message.value = { error: true, text: error });
    message.value = { error: false, text: `Saved: update sent on ${sent.date}.` };
    sentOn.value = '';
  };

  return (
    <form class="cc-form" aria-labelledby="cc-informed-h" onSubmit={(event) => event.preventDefault()}>
      <h3 class="cc-h" id="cc-informed-h">Keeping the resident informed</h3>
      <p class="cc-meta">If the response will be late, agree with the resident how often you will update them (5.9).</p>
      {updates.length > 0 ? <p class="cc-meta">Updates sent: {updates.map((day) => formatDay(day)).join(', ')}.</p> : null}
      <div class="cc-row">
        <label class="cc-field">
          <span>Date agreed</span>
          <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={agreedOn.value} onInput={(event) => (agreedOn.value = event.currentTarget.value)} />
        </label>
        <label class="cc-field">
          <span>Update every (days)</span>
          <input type="text" inputMode="numeric" autocomplete="off" value={interval.value} onInput={(event) => (interval.value = event.currentTarget.value)} />
        </label>
        <button type="submit" class="cc-button" disabled={model.saving.value} onClick={(event) => void onAgree(event)}>
          Save agreed interval
        </button>
      </div>
      <div class="cc-row">
        <label class="cc-field">
          <span>Update sent on</span>
          <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={sentOn.value} onInput={(event) => (sentOn.value = event.currentTarget.value)} />
        </label>
        <button type="button" class="cc-button" disabled={model.saving.value} onClick={(event) => void onUpdate(event)}>
          Record update sent
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
