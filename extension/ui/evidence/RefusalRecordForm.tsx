/**
 * @module extension/ui/evidence/RefusalRecordForm
 *
 * Record a refusal to accept the complaint (HO 2024 2.1–2.5) or to escalate it to stage 2 (5.11):
 * grounds, reason, dates. Over 12 months, the Code (2.3) asks whether discretion was considered.
 */
import type { RefusalGrounds } from '@complaint-code/sdk';

/**
 * The SDK's refusal grounds, in its order (a test keeps the two lists the same): the overlay runs
 * in CRM pages, where the SDK and zod never load.
 */
export const refusalGroundsShown = ['over-12-months', 'legal-proceedings', 'previously-considered', 'not-a-complaint', 'other'] as const satisfies readonly RefusalGrounds[];
import type { CaseView } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import type { CountdownModel } from '../countdown-model.js';
import type { UserEvent } from '../user-action.js';
import { groundsWords, readDate } from './evidence-fields.js';

export function RefusalRecordForm({ model, view }: { model: CountdownModel; view: CaseView }) {
  const evidence = view.case.corrections.evidence ?? {};
  const which = useSignal<'accept' | 'escalate'>('accept');
  const grounds = useSignal<RefusalGrounds>('other');
  const reason = useSignal('');
  const requestedOn = useSignal('');
  const decidedOn = useSignal('');
  const explainedOn = useSignal('');
  const ombudsmanRight = useSignal(false);
  const discretion = useSignal(false);
  const message = useSignal<{ error: boolean; text: string } | null>(null);
  const overTwelveMonths = which.value === 'accept' && grounds.value === 'over-12-months';

  const onSave = async (event: UserEvent) => {
    const decided = readDate('Date decided', decidedOn.value, false);
    const explained = readDate('Date the resident was told', explainedOn.value, true);
    const requested = readDate('Date stage 2 was asked for', requestedOn.value, which.value === 'accept');
    if (!decided.ok) return void (message.value = { error: true, text: decided.message });
    if (!explained.ok) return void (message.value = { error: true, text: explained.message });
    if (!requested.ok) return void (message.value = { error: true, text: requested.message });
    if (reason.value.trim() === '') return void (message.value = { error: true, text: 'Give the reason for the refusal' });
    const common = {
      decidedOn: decided.date as string,
      grounds: grounds.value,
      reason: reason.value.trim(),
      ...(explained.date ? { explainedOn: explained.date } : {}),
      ombudsmanRightGiven: ombudsmanRight.value,
    };
    const error = await model.recordEvidence(
      event,
      which.value === 'accept'
        ? { refusedToAccept: { ...common, ...(overTwelveMonths ? { discretionConsidered: discretion.value } : {}) } }
        : { refusedToEscalate: { ...common, requestedOn: requested.date as string } },
    );
    message.value = error ? { error: true, text: error } : { error: false, text: `Saved: refusal to ${which.value === 'accept' ? 'accept the complaint' : 'escalate to stage 2'}, decided ${decided.date}.` };
  };

  return (
    <form class="cc-form" aria-labelledby="cc-refusal-h" onSubmit={(event) => event.preventDefault()}>
      <h3 class="cc-h" id="cc-refusal-h">Refusal</h3>
      {evidence.refusedToAccept ? <p class="cc-meta">Recorded: refused to accept the complaint on {evidence.refusedToAccept.decidedOn}.</p> : null}
      {evidence.refusedToEscalate ? <p class="cc-meta">Recorded: refused to escalate to stage 2 on {evidence.refusedToEscalate.decidedOn}.</p> : null}
      <fieldset class="cc-fieldset">
        <legend>What was refused</legend>
        <label>
          <input type="radio" name={`cc-refused-${view.case.id}`} checked={which.value === 'accept'} onChange={() => (which.value = 'accept')} /> Accepting the complaint (2.1 to 2.5)
        </label>
        <label>
          <input type="radio" name={`cc-refused-${view.case.id}`} checked={which.value === 'escalate'} onChange={() => (which.value = 'escalate')} /> Escalating it to stage 2 (5.11)
        </label>
      </fieldset>
      <label class="cc-field">
        <span>Grounds</span>
        <select value={grounds.value} onChange={(event) => (grounds.value = event.currentTarget.value as RefusalGrounds)}>
          {refusalGroundsShown.map((g) => (
            <option key={g} value={g}>
              {groundsWords[g]}
            </option>
          ))}
        </select>
      </label>
      {overTwelveMonths ? (
        <div class="cc-prompt">
          <p class="cc-meta">
            The Code (2.3) says you should consider accepting a complaint made more than 12 months after the issue where there is good reason, for example a resident
            who could not complain sooner.
          </p>
          <label>
            <input type="checkbox" checked={discretion.value} onChange={(event) => (discretion.value = event.currentTarget.checked)} /> We considered using our discretion to
            accept it
          </label>
        </div>
      ) : null}
      <label class="cc-field">
        <span>Reason</span>
        <textarea rows={2} maxLength={2000} value={reason.value} onInput={(event) => (reason.value = event.currentTarget.value)} />
      </label>
      <div class="cc-row">
        {which.value === 'escalate' ? (
          <label class="cc-field">
            <span>Date stage 2 was asked for</span>
            <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={requestedOn.value} onInput={(event) => (requestedOn.value = event.currentTarget.value)} />
          </label>
        ) : null}
        <label class="cc-field">
          <span>Date decided</span>
          <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={decidedOn.value} onInput={(event) => (decidedOn.value = event.currentTarget.value)} />
        </label>
        <label class="cc-field">
          <span>Date the resident was told (if told)</span>
          <input type="text" autocomplete="off" placeholder="YYYY-MM-DD" value={explainedOn.value} onInput={(event) => (explainedOn.value = event.currentTarget.value)} />
        </label>
      </div>
      <label>
        <input type="checkbox" checked={ombudsmanRight.value} onChange={(event) => (ombudsmanRight.value = event.currentTarget.checked)} /> We told the resident they can take
        this decision to the Ombudsman
      </label>
      <button type="submit" class="cc-button" disabled={model.saving.value} onClick={(event) => void onSave(event)}>
        Save refusal
      </button>
      {message.value ? (
        <p class={message.value.error ? 'cc-error' : 'cc-meta'} role={message.value.error ? 'alert' : 'status'}>
          {message.value.text}
        </p>
      ) : null}
    </form>
  );
}
