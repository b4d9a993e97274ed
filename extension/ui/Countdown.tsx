/**
 * @module extension/ui/Countdown
 *
 * The badge beside the case header and, when opened, the whole timeline. Keyboard-usable (a real
 * button; Esc closes and returns focus), announces changes politely (`role="status"`), and states
 * every state in words as well as colour.
 */
import type { Deadline } from '@complaint-code/sdk';
import { deadlineStateWords, workingDaysWords } from '@complaint-code/sdk/words';
import { caseFactLabels, dateFactNames } from '@complaint-code/shared';
import { useRef, useState } from 'preact/hooks';
import type { CountdownModel } from './countdown-model.js';
import { loadOnDemand, OnDemand, OnDemandFailure } from './on-demand.js';
import { isUserAction } from './user-action.js';
import { formatDay } from './words.js';

const PANEL_ID = 'cc-timeline';

function DeadlineItem({ deadline, ruleSetTitle }: { deadline: Deadline; ruleSetTitle: string | null }) {
  const extended = deadline.dueOn !== deadline.codeDueOn;
  return (
    <li class="cc-deadline" data-state={deadline.state}>
      <p class="cc-deadline-head">
        <strong>{deadline.title}</strong> <span class="cc-tag" data-state={deadline.state}>{deadlineStateWords(deadline.state)}</span>
      </p>
      <p>
        Due {formatDay(deadline.dueOn)}
        {extended ? ` (extended; the Code date was ${formatDay(deadline.codeDueOn)})` : ''}
        {deadline.doneOn ? `. Done ${formatDay(deadline.doneOn)}` : ''}
        {!deadline.doneOn && deadline.workingDaysLeft !== undefined ? `. ${workingDaysWords(deadline.workingDaysLeft)}` : ''}
        {deadline.targetDueOn ? `. Your target: ${formatDay(deadline.targetDueOn)}` : ''}
      </p>
      <p class="cc-why">{deadline.explanation}</p>
      <p class="cc-provision">
        {ruleSetTitle ?? deadline.provision.ruleSet}, provision {deadline.provision.ref}: “{deadline.provision.text}”
      </p>
    </li>
  );
}

/**
 * @example
 * render(<Countdown model={new CountdownModel(actions)} />, container);
 */
export function Countdown({
  model,
  onExtend,
  onPack,
}: {
  model: CountdownModel;
  /** Opens the extension notice (draft checklist). */
  onExtend?: () => void;
  /** Saves the case evidence pack (every fact with its source, deadlines, findings) for this case. */
  onPack?: (caseId: string) => Promise<void>;
}) {
  const [packError, setPackError] = useState<string | null>(null);
  const badge = useRef<HTMLButtonElement>(null);
  // The panel's body is drawn the first time it opens, not on every case page load: most loads
  // never open it, and drawing every deadline with its provision was most of the overlay's page
  // cost. Once drawn it stays (closed by `hidden`), so a half-typed form survives closing.
  const opened = useRef(false);
  if (model.expanded.value) opened.current = true;
  const view = model.view.value;
  const timeline = view?.timeline ?? null;
  const problems = model.problems.value;
  const reference = view?.case.reference;
  const corrections = view?.case.corrections ?? {};
  const corrected = dateFactNames.filter((fact) => corrections[fact]);
  const sentence = `Complaint deadline: ${model.summaryParts.value.join(', ')}`;

  const close = () => {
    model.toggle(false);
    badge.current?.focus();
  };

  return (
    <div class="cc-root" onKeyDown={(event) => event.key === 'Escape' && model.expanded.value && close()}>
      <button
        ref={badge}
        type="button"
        class="cc-badge"
        data-state={model.state.value}
        aria-expanded={model.expanded.value}
        aria-controls={PANEL_ID}
        // One plain sentence for assistive technology; the visible words are the same, in order.
        aria-label={sentence}
        onClick={(event) => {
          model.toggle();
          // The forms below arrive on demand, only from the officer's own click (ui/on-demand.tsx).
          if (model.expanded.value) void loadOnDemand(event);
        }}
      >
        {/* The visible words are the accessible name without its prefix (WCAG 2.5.3, label in name). */}
        {model.summaryParts.value.length > 1 ? <span class="cc-summary">{`${model.summaryParts.value.slice(0, -1).join(', ')},`}</span> : null}
        <span class="cc-pill" data-state={model.state.value}>
          {model.summaryParts.value.at(-1)}
        </span>
      </button>
      <p role="status" class="cc-sr">
        {model.reading.value && !timeline ? '' : sentence}
      </p>
      <section
        id={PANEL_ID}
        class="cc-panel"
        role="region"
        aria-label={`Complaint timeline for ${reference ?? 'this case'}`}
        hidden={!model.expanded.value}
      >
        {!opened.current ? null : problems.length > 0 ? (
          <div class="cc-problems">
            <h2 class="cc-h" id="cc-problems-h">
              Problems reading this page
            </h2>
            <ul aria-labelledby="cc-problems-h">
              {problems.map((problem) => (
                <li key={problem.field + problem.message}>
                  <strong>{problem.message}</strong>
                  <br />
                  {problem.howToFix}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {opened.current && timeline ? (
          <>
            <h2 class="cc-h">
              {timeline.reference}: stage {timeline.stage}
              {timeline.closed ? ', closed' : ''}
            </h2>
            <p class="cc-meta">
              Under the {view?.ruleSetTitle ?? timeline.ruleSet}. Worked out for {formatDay(view?.today ?? '')}, in working days (weekends and bank
              holidays do not count).
            </p>
            <ol class="cc-deadlines" aria-label="Deadlines">
              {timeline.deadlines.map((deadline) => (
                <DeadlineItem key={deadline.id} deadline={deadline} ruleSetTitle={view?.ruleSetTitle ?? null} />
              ))}
            </ol>
            {onExtend && !timeline.closed && timeline.next?.step === 'respond' && !timeline.next.doneOn ? (
              <button
                type="button"
                class="cc-link"
                onClick={(event) => {
                  void loadOnDemand(event); // the extension notice form is on demand
                  onExtend();
                }}
              >
                Extend deadline
              </button>
            ) : null}
            {timeline.findings.length > 0 ? (
              <>
                <h2 class="cc-h" id="cc-findings-h">
                  What the Code says about this case
                </h2>
                <ul aria-labelledby="cc-findings-h" class="cc-findings">
                  {timeline.findings.map((finding) => (
                    <li key={finding.code + finding.message} data-severity={finding.severity}>
                      {/* The SDK's message already cites its provision ("… (HO Code 2024 6.3)"). */}
                      {finding.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
        {opened.current && view ? (
          <>
            {corrected.length > 0 ? (
              <>
                <h2 class="cc-h" id="cc-corrections-h">
                  Your corrections
                </h2>
                <ul aria-labelledby="cc-corrections-h">
                  {corrected.map((fact) => (
                    <li key={fact}>
                      {caseFactLabels[fact]}: {formatDay(corrections[fact] ?? '')}
                      {view.case.facts[fact] ? ` (the CRM shows ${formatDay(view.case.facts[fact] ?? '')})` : ' (not shown in the CRM)'}{' '}
                      <button type="button" class="cc-link" disabled={model.saving.value} onClick={(event) => void model.correct(event, fact, null)}>
                        Remove correction: {caseFactLabels[fact]}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {/* Keyed by case: nothing typed for one case can be saved on another. */}
            <OnDemandFailure />
            <OnDemand part="CorrectionForm" key={view.case.id} model={model} />
            {model.canRecordExtension() && timeline && !timeline.closed ? <OnDemand part="RecordExtensionForm" key={`ext-${view.case.id}`} model={model} stage={timeline.stage} /> : null}
            {model.canRecordEvidence() ? <OnDemand part="EvidenceForms" key={`evidence-${view.case.id}`} model={model} view={view} /> : null}
            {onPack && view ? (
              <button
                type="button"
                class="cc-link"
                onClick={(event) => {
                  // Only the officer's own click: the pack holds the case's personal data.
                  if (!isUserAction(event)) return;
                  setPackError(null);
                  onPack(view.case.id).catch((error: unknown) => setPackError(`Could not make the case evidence pack: ${error instanceof Error ? error.message : String(error)}`));
                }}
              >
                Download case evidence pack
              </button>
            ) : null}
            {packError ? (
              <p class="cc-meta" role="alert">
                {packError}
              </p>
            ) : null}
          </>
        ) : null}
        <button type="button" class="cc-link" onClick={close}>
          Close timeline
        </button>
      </section>
    </div>
  );
}
