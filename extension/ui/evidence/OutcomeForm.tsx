/**
 * @module extension/ui/evidence/OutcomeForm
 *
 * The outcome of a stage and of each point of the complaint definition (HO 2024 6.7/6.18), and the
 * landlord's category for the complaint. Saved on the button's click only, for the case shown.
 */
import type { CaseView } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import type { CountdownModel } from '../countdown-model.js';
import type { UserEvent } from '../user-action.js';
import { outcomeChoices, readPoints, writePoints } from './evidence-fields.js';

export function OutcomeForm({ model, view }: { model: CountdownModel; view: CaseView }) {
  const evidence = view.case.corrections.evidence ?? {};
  const stage = useSignal<1 | 2>(view.timeline?.stage ?? 1);
  const current = (s: 1 | 2) => (s === 1 ? evidence.stage1 : evidence.stage2);
  const outcome = useSignal(current(stage.value)?.outcome ?? '');
  const points = useSignal(writePoints(current(stage.value)?.points));
  const category = useSignal(evidence.category ?? '');
  const message = useSignal<{ error: boolean; text: string } | null>(null);
  const categories = view.categories ?? [];

  const onSave = async (event: UserEvent) => {
    const listed = readPoints(points.value);
    const record = { ...(outcome.value ? { outcome: outcome.value } : {}), ...(listed.length > 0 ? { points: listed } : {}) };
    const error = await model.recordEvidence(event, {
      [stage.value === 1 ? 'stage1' : 'stage2']: record,
      ...(category.value ? { category: category.value } : {}),
    });
    message.value = error ? { error: true, text: error } : { error: false, text: `Saved: stage ${stage.value} outcome${outcome.value ? ` ${outcome.value}` : ''}, ${listed.length} ${listed.length === 1 ? 'point' : 'points'}.` };
  };

  return (
    <form class="cc-form" aria-labelledby="cc-outcome-h" onSubmit={(event) => event.preventDefault()}>
      <h3 class="cc-h" id="cc-outcome-h">Outcome and category</h3>
      <div class="cc-row">
        <label class="cc-field">
          <span>Stage</span>
          <select
            value={String(stage.value)}
            onChange={(event) => {
              stage.value = event.currentTarget.value === '2' ? 2 : 1;
              outcome.value = current(stage.value)?.outcome ?? '';
              points.value = writePoints(current(stage.value)?.points);
            }}
          >
            <option value="1">Stage 1</option>
            <option value="2">Stage 2</option>
          </select>
        </label>
        <label class="cc-field">
          <span>Outcome</span>
          <select value={outcome.value} onChange={(event) => (outcome.value = event.currentTarget.value)}>
            <option value="">Not decided yet</option>
            {[...new Set([...outcomeChoices, ...(outcome.value ? [outcome.value] : [])])].map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </label>
        <label class="cc-field">
          <span>Category</span>
          <select value={category.value} onChange={(event) => (category.value = event.currentTarget.value)}>
            <option value="">Not chosen</option>
            {[...new Set([...categories, ...(category.value ? [category.value] : [])])].map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="cc-field">
        <span>Points of the complaint, one a line, each with its outcome after a colon (for example “Mould in the bedroom: Upheld”)</span>
        <textarea rows={3} maxLength={20000} value={points.value} onInput={(event) => (points.value = event.currentTarget.value)} />
      </label>
      <button type="submit" class="cc-button" disabled={model.saving.value} onClick={(event) => void onSave(event)}>
        Save outcome
      </button>
      {message.value ? (
        <p class={message.value.error ? 'cc-error' : 'cc-meta'} role={message.value.error ? 'alert' : 'status'}>
          {message.value.text}
        </p>
      ) : null}
    </form>
  );
}
