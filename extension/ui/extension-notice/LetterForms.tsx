/**
 * @module extension/ui/extension-notice/LetterForms
 *
 * The letter writers under the checklist: "Extend deadline" (the extension notice), "Write
 * acknowledgement" and "Write refusal" and "Write refusal to escalate". Each opens a small form, filled from the case; the letter
 * goes into the reply editor at the caret (or to the clipboard).
 */
import type { LetterRequest, WrittenLetter } from '@complaint-code/shared';
import { useState } from 'preact/hooks';
import type { ChecklistModel, LetterFormKind } from '../checklist/checklist-model.js';
import type { UserEvent } from '../user-action.js';
import { ExtensionNoticeForm } from './ExtensionNoticeForm.js';
import { AcknowledgementForm, EscalationRefusalForm, RefusalForm } from './SimpleLetterForms.js';

const formTitles: Record<LetterFormKind, string> = {
  'extension-notice': 'Extend deadline',
  acknowledgement: 'Write acknowledgement',
  refusal: 'Write refusal',
  'escalation-refusal': 'Write refusal to escalate',
};

/** Where a written letter goes: into the editor, or to the clipboard. */
export type Destination = 'insert' | 'copy';

/**
 * Write `letter`, put it where the officer asked; returns the letter (or throws with words).
 * `event` is the officer's click that asked for it (the model refuses anything else).
 */
export async function deliverLetter(model: ChecklistModel, letter: LetterRequest, destination: Destination, event: UserEvent): Promise<WrittenLetter> {
  const written = await model.actions.writeLetter(letter);
  if (destination === 'copy') {
    await model.actions.copy(event, written.text);
  } else if (!model.actions.insert(event, written.text)) {
    throw new Error('The editor did not accept the letter. Use “Copy letter” and paste it instead.');
  }
  return written;
}

/** Shared state of a letter form: busy, and the error to show. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/**
 * @example
 * <LetterForms model={model} />
 */
export function LetterForms({ model }: { model: ChecklistModel }) {
  const open = model.form.value;
  const hasCase = Boolean(model.result.value?.case);
  return (
    <div class="ck-letters">
      <h3 class="cc-h">Letters</h3>
      {hasCase ? (
        <div class="cc-row">
          {(Object.keys(formTitles) as LetterFormKind[]).map((kind) => (
            <button
              key={kind}
              type="button"
              class="ck-secondary"
              aria-expanded={open === kind}
              onClick={() => model.openForm(open === kind ? null : kind)}
            >
              {formTitles[kind]}
            </button>
          ))}
        </div>
      ) : (
        <p class="cc-meta">Letters can be written once the deadline badge has read this case.</p>
      )}
      {model.notice.value ? <p class="ck-notice" role="status">{model.notice.value}</p> : null}
      {open === 'extension-notice' ? <ExtensionNoticeForm model={model} /> : null}
      {open === 'acknowledgement' ? <AcknowledgementForm model={model} /> : null}
      {open === 'refusal' ? <RefusalForm model={model} /> : null}
      {open === 'escalation-refusal' ? <EscalationRefusalForm model={model} /> : null}
    </div>
  );
}
