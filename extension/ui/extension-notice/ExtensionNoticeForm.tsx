/**
 * @module extension/ui/extension-notice/ExtensionNoticeForm
 *
 * The one-click extension notice. Filled from the case: the stage, the current due date and the
 * longest extension the Code allows (10 working days at stage 1, 20 at stage 2 under the HO Code
 * 2024). A later date asks for the good reason. Writing the notice puts it in the reply (or on the
 * clipboard) and records the extension on the case, so the deadline badge moves to the new date.
 */
import type { ExtensionProposalView } from '@complaint-code/shared';
import { useEffect, useState } from 'preact/hooks';
import type { ChecklistModel } from '../checklist/checklist-model.js';
import { keepEditorFocus } from '../checklist/keep-focus.js';
import type { UserEvent } from '../user-action.js';
import { formatDay } from '../words.js';
import { deliverLetter, useSubmit, type Destination } from './deliver-letter.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example
 * <ExtensionNoticeForm model={model} />
 */
export function ExtensionNoticeForm({ model }: { model: ChecklistModel }) {
  const draftCase = model.result.value?.case;
  const [proposal, setProposal] = useState<ExtensionProposalView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [newDueOn, setNewDueOn] = useState('');
  const [reason, setReason] = useState('');
  const [goodReason, setGoodReason] = useState('');
  const [landlord, setLandlord] = useState(draftCase?.landlord ?? '');
  const { busy, error, run } = useSubmit();

  useEffect(() => {
    model.actions
      .proposeExtension({})
      .then((first) => {
        setProposal(first);
        setNewDueOn(first.cappedDueOn);
      })
      .catch((caught: unknown) => setLoadError(caught instanceof Error ? caught.message : String(caught)));
  }, [model]);

  if (loadError) return <p class="cc-error" role="alert">{loadError}</p>;
  if (!proposal || !draftCase) return <p class="cc-meta">Working out the new date…</p>;

  const pastCap = ISO.test(newDueOn) && newDueOn > proposal.cappedDueOn;
  const submit = (destination: Destination, event: UserEvent) =>
    run(async () => {
      if (!ISO.test(newDueOn)) throw new Error('Enter the new due date as YYYY-MM-DD, for example 2026-12-14');
      if (pastCap && !proposal.goodReasonAllowed) {
        throw new Error(`This Code allows no more than ${proposal.maxWorkingDays} working days: use ${formatDay(proposal.cappedDueOn)} or earlier.`);
      }
      if (pastCap && goodReason.trim().length < 3) throw new Error(`Give the good reason for going past ${formatDay(proposal.cappedDueOn)}.`);
      const written = await deliverLetter(
        model,
        {
          kind: 'extension-notice',
          reason,
          landlord,
          ...(newDueOn !== proposal.cappedDueOn ? { newDueOn } : {}),
          ...(pastCap ? { goodReason } : {}),
        },
        destination,
        event,
      );
      if (!written.extension) throw new Error('The notice has no new date to record.');
      await model.actions.recordExtension(event, written.extension, reason.trim());
      model.openForm(null);
      model.tell(
        `${destination === 'copy' ? 'Notice copied' : 'Notice added to the reply'}. Extension recorded: the stage ${written.extension.stage} response is now due ${formatDay(written.extension.newDueOn)}.`,
      );
    });

  return (
    <form class="ck-form" aria-labelledby="ck-ext-title" onSubmit={(event) => event.preventDefault()}>
      <h4 id="ck-ext-title" class="ck-form-title">Extend the stage {proposal.stage} response deadline</h4>
      {proposal.lateWarning ? <p class="ck-warning" role="alert">Warning: {proposal.lateWarning}</p> : null}
      <p>
        Currently due <strong>{formatDay(proposal.currentDueOn)}</strong>. The Code allows up to {proposal.maxWorkingDays} working days more,
        to <strong>{formatDay(proposal.cappedDueOn)}</strong> ({proposal.provision}).
      </p>
      <div class="cc-field">
        <label for="ck-ext-date">New due date (YYYY-MM-DD)</label>
        <input id="ck-ext-date" type="text" inputMode="numeric" autoComplete="off" value={newDueOn} onInput={(e) => setNewDueOn(e.currentTarget.value.trim())} />
      </div>
      {pastCap ? (
        <div class="cc-field">
          <label for="ck-ext-good">Good reason for going past {formatDay(proposal.cappedDueOn)}</label>
          <textarea id="ck-ext-good" rows={2} value={goodReason} onInput={(e) => setGoodReason(e.currentTarget.value)} />
        </div>
      ) : null}
      <div class="cc-field">
        <label for="ck-ext-reason">Why you need more time (completes “because …”)</label>
        <textarea id="ck-ext-reason" rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <div class="cc-field">
        <label for="ck-ext-landlord">Your organisation</label>
        <input id="ck-ext-landlord" type="text" value={landlord} onInput={(e) => setLandlord(e.currentTarget.value)} />
      </div>
      <p class="cc-meta">
        The notice gives the {draftCase.ombudsman === 'lgsco' ? 'Local Government and Social Care Ombudsman' : 'Housing Ombudsman'}’s contact details (from your settings).
      </p>
      {error ? <p class="cc-error" role="alert">{error}</p> : null}
      <div class="cc-row">
        <button type="button" class="cc-button" disabled={busy} onMouseDown={keepEditorFocus} onClick={(event) => void submit('insert', event)}>
          Add notice to reply
        </button>
        <button type="button" class="ck-secondary" disabled={busy} onClick={(event) => void submit('copy', event)}>
          Copy notice
        </button>
        <button type="button" class="cc-link" onClick={() => model.openForm(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
