/**
 * @module extension/ui/extension-notice/SimpleLetterForms
 *
 * The acknowledgement, refusal and refusal-to-escalate letters: a few words from the officer, the rest from the case and
 * the SDK's notice writers (the Ombudsman's details from the settings).
 */
import { useState } from 'preact/hooks';
import type { ChecklistModel } from '../checklist/checklist-model.js';
import { keepEditorFocus } from '../checklist/keep-focus.js';
import type { UserEvent } from '../user-action.js';
import { deliverLetter, useSubmit, type Destination } from './deliver-letter.js';

function Actions({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (destination: Destination, event: UserEvent) => void; onCancel: () => void }) {
  return (
    <div class="cc-row">
      <button type="button" class="cc-button" disabled={busy} onMouseDown={keepEditorFocus} onClick={(event) => onSubmit('insert', event)}>
        Add letter to reply
      </button>
      <button type="button" class="ck-secondary" disabled={busy} onClick={(event) => onSubmit('copy', event)}>
        Copy letter
      </button>
      <button type="button" class="cc-link" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** @example <AcknowledgementForm model={model} /> */
export function AcknowledgementForm({ model }: { model: ChecklistModel }) {
  const draftCase = model.result.value?.case;
  const [summary, setSummary] = useState('');
  const [outcomes, setOutcomes] = useState('');
  const [landlord, setLandlord] = useState(draftCase?.landlord ?? '');
  const { busy, error, run } = useSubmit();
  const submit = (destination: Destination, event: UserEvent) =>
    run(async () => {
      const outcomesSought = outcomes.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
      await deliverLetter(model, { kind: 'acknowledgement', complaintSummary: summary, outcomesSought, landlord }, destination, event);
      model.openForm(null);
      model.tell(destination === 'copy' ? 'Acknowledgement copied.' : 'Acknowledgement added to the reply.');
    });
  return (
    <form class="ck-form" aria-labelledby="ck-ack-title" onSubmit={(event) => event.preventDefault()}>
      <h4 id="ck-ack-title" class="ck-form-title">Acknowledge the stage {draftCase?.stage ?? 1} complaint</h4>
      <div class="cc-field">
        <label for="ck-ack-summary">What the complaint is about (completes “You told us that …”)</label>
        <textarea id="ck-ack-summary" rows={2} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
      </div>
      <div class="cc-field">
        <label for="ck-ack-outcomes">Outcomes the resident wants (one a line)</label>
        <textarea id="ck-ack-outcomes" rows={2} value={outcomes} onInput={(e) => setOutcomes(e.currentTarget.value)} />
      </div>
      <div class="cc-field">
        <label for="ck-ack-landlord">Your organisation</label>
        <input id="ck-ack-landlord" type="text" value={landlord} onInput={(e) => setLandlord(e.currentTarget.value)} />
      </div>
      {error ? <p class="cc-error" role="alert">{error}</p> : null}
      <Actions busy={busy} onSubmit={(d, event) => void submit(d, event)} onCancel={() => model.openForm(null)} />
    </form>
  );
}

/** @example <RefusalForm model={model} /> */
export function RefusalForm({ model }: { model: ChecklistModel }) {
  const draftCase = model.result.value?.case;
  const [matter, setMatter] = useState('');
  const [reasons, setReasons] = useState('');
  const [landlord, setLandlord] = useState(draftCase?.landlord ?? '');
  const { busy, error, run } = useSubmit();
  const submit = (destination: Destination, event: UserEvent) =>
    run(async () => {
      await deliverLetter(model, { kind: 'refusal', matter, reasons, landlord }, destination, event);
      model.openForm(null);
      model.tell(destination === 'copy' ? 'Refusal letter copied.' : 'Refusal letter added to the reply.');
    });
  return (
    <form class="ck-form" aria-labelledby="ck-ref-title" onSubmit={(event) => event.preventDefault()}>
      <h4 id="ck-ref-title" class="ck-form-title">Decline to accept a complaint</h4>
      <div class="cc-field">
        <label for="ck-ref-matter">What the resident raised (completes “We cannot accept …”)</label>
        <textarea id="ck-ref-matter" rows={2} value={matter} onInput={(e) => setMatter(e.currentTarget.value)} />
      </div>
      <div class="cc-field">
        <label for="ck-ref-reasons">Why it cannot be a complaint (completes “because …”)</label>
        <textarea id="ck-ref-reasons" rows={2} value={reasons} onInput={(e) => setReasons(e.currentTarget.value)} />
      </div>
      <div class="cc-field">
        <label for="ck-ref-landlord">Your organisation</label>
        <input id="ck-ref-landlord" type="text" value={landlord} onInput={(e) => setLandlord(e.currentTarget.value)} />
      </div>
      {error ? <p class="cc-error" role="alert">{error}</p> : null}
      <Actions busy={busy} onSubmit={(d, event) => void submit(d, event)} onCancel={() => model.openForm(null)} />
    </form>
  );
}

/** The letter refusing to escalate a complaint to stage 2 (HO 2024 5.11). @example <EscalationRefusalForm model={model} /> */
export function EscalationRefusalForm({ model }: { model: ChecklistModel }) {
  const draftCase = model.result.value?.case;
  const [reasons, setReasons] = useState('');
  const [landlord, setLandlord] = useState(draftCase?.landlord ?? '');
  const { busy, error, run } = useSubmit();
  const submit = (destination: Destination, event: UserEvent) =>
    run(async () => {
      await deliverLetter(model, { kind: 'escalation-refusal', reasons, landlord }, destination, event);
      model.openForm(null);
      model.tell(destination === 'copy' ? 'Refusal to escalate copied.' : 'Refusal to escalate added to the reply.');
    });
  return (
    <form class="ck-form" aria-labelledby="ck-esc-title" onSubmit={(event) => event.preventDefault()}>
      <h4 id="ck-esc-title" class="ck-form-title">Decline to escalate to stage 2</h4>
      <div class="cc-field">
        <label for="ck-esc-reasons">Why the complaint cannot go to stage 2 (completes “because …”)</label>
        <textarea id="ck-esc-reasons" rows={2} value={reasons} onInput={(e) => setReasons(e.currentTarget.value)} />
      </div>
      <div class="cc-field">
        <label for="ck-esc-landlord">Your organisation</label>
        <input id="ck-esc-landlord" type="text" value={landlord} onInput={(e) => setLandlord(e.currentTarget.value)} />
      </div>
      {error ? <p class="cc-error" role="alert">{error}</p> : null}
      <Actions busy={busy} onSubmit={(d, event) => void submit(d, event)} onCancel={() => model.openForm(null)} />
    </form>
  );
}
