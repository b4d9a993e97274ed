/**
 * @module extension/ui/extension-notice/LetterForms
 *
 * The letter writers under the checklist: "Extend deadline" (the extension notice), "Write
 * acknowledgement" and "Write refusal" and "Write refusal to escalate". Each opens a small form, filled from the case; the letter
 * goes into the reply editor at the caret (or to the clipboard).
 */
import type { ChecklistModel, LetterFormKind } from '../checklist/checklist-model.js';
import { loadOnDemand, OnDemand, OnDemandFailure } from '../on-demand.js';

const formTitles: Record<LetterFormKind, string> = {
  'extension-notice': 'Extend deadline',
  acknowledgement: 'Write acknowledgement',
  refusal: 'Write refusal',
  'escalation-refusal': 'Write refusal to escalate',
};

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
              onClick={(event) => {
                // The forms arrive on demand, only from the officer's own click (ui/on-demand.tsx).
                if (open !== kind) void loadOnDemand(event);
                model.openForm(open === kind ? null : kind);
              }}
            >
              {formTitles[kind]}
            </button>
          ))}
        </div>
      ) : (
        <p class="cc-meta">Letters can be written once the deadline badge has read this case.</p>
      )}
      {model.notice.value ? <p class="ck-notice" role="status">{model.notice.value}</p> : null}
      {open ? <OnDemandFailure /> : null}
      {open === 'extension-notice' ? <OnDemand part="ExtensionNoticeForm" model={model} /> : null}
      {open === 'acknowledgement' ? <OnDemand part="AcknowledgementForm" model={model} /> : null}
      {open === 'refusal' ? <OnDemand part="RefusalForm" model={model} /> : null}
      {open === 'escalation-refusal' ? <OnDemand part="EscalationRefusalForm" model={model} /> : null}
    </div>
  );
}
