/**
 * @module extension/ui/evidence/EvidenceForms
 *
 * "Record evidence" in the countdown: outcome and category, remedies, a refusal, keeping the
 * resident informed. Shut until asked for; each form is keyed by the case so nothing typed for
 * one case can be saved on another.
 */
import type { CaseView } from '@complaint-code/shared';
import type { CountdownModel } from '../countdown-model.js';
import { KeepInformedForm } from './KeepInformedForm.js';
import { OutcomeForm } from './OutcomeForm.js';
import { RefusalRecordForm } from './RefusalRecordForm.js';
import { RemedyForm } from './RemedyForm.js';

/** @example <EvidenceForms model={model} view={view} /> */
export function EvidenceForms({ model, view }: { model: CountdownModel; view: CaseView }) {
  const id = view.case.id;
  return (
    <details class="cc-evidence">
      <summary>Record evidence: outcome, remedies, refusal, updates</summary>
      <p class="cc-meta">Kept with this case in your browser only, for the annual report and the case evidence pack.</p>
      <OutcomeForm key={`outcome-${id}`} model={model} view={view} />
      <RemedyForm key={`remedy-${id}`} model={model} view={view} />
      <RefusalRecordForm key={`refusal-${id}`} model={model} view={view} />
      <KeepInformedForm key={`informed-${id}`} model={model} view={view} />
    </details>
  );
}
