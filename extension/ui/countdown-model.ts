/**
 * @module extension/ui/countdown-model
 *
 * The countdown's state as signals. The content-script feature feeds it (page readings, replies
 * from the background); the component reads it and calls its actions. It never ticks: it changes
 * only when the page's facts, a correction or the date change.
 */
import type { DeadlineState } from '@complaint-code/sdk';
import { deadlineStateWords } from '@complaint-code/sdk/words';
import type { CaseEvidence, CaseView, CorrectableFact, FieldProblem, RecordedExtension } from '@complaint-code/shared';
import { computed, createModel, signal } from '@preact/signals';
import { userWrite, type UserEvent } from './user-action.js';
import { timelineSummary } from './words.js';

/** What the model needs from the outside: saving a correction, and what the page shows now. */
export interface CountdownActions {
  correct(caseId: string, fact: CorrectableFact, value: string | null): Promise<CaseView>;
  /** The case reference the CRM page shows at this moment (read afresh), if any. */
  referenceOnPage(): string | undefined;
  /** Record an extension agreed earlier (e.g. by phone); absent where the overlay can't record one. */
  extend?(caseId: string, extension: RecordedExtension): Promise<CaseView>;
  /** Record evidence (each key given replaces the stored one); absent where the overlay can't record it. */
  recordEvidence?(caseId: string, evidence: CaseEvidence): Promise<CaseView>;
}

/** The refusal every write from the overlay gives when the page has moved on to another case. */
function otherCase(onPage: string | undefined, reference: string): Error {
  return new Error(`Nothing was saved: this page now shows ${onPage ? `case ${onPage}` : 'no case reference'}, not ${reference}. Check the case and try again.`);
}

export const CountdownModel = createModel((actions: CountdownActions) => {
  const view = signal<CaseView | null>(null, { name: 'case-view' });
  const readingProblems = signal<FieldProblem[]>([], { name: 'reading-problems' });
  /** True until the first full reading (or the grace period for late fields) is over. */
  const reading = signal(true, { name: 'reading' });
  const failure = signal<string | null>(null, { name: 'failure' });
  const expanded = signal(false, { name: 'expanded' });
  const saving = signal(false, { name: 'saving' });
  const saveError = signal<string | null>(null, { name: 'save-error' });
  /** The reference the page showed at the last reading: a view of any other case is never shown. */
  let shownReference: string | undefined;

  /** A write is only for the case the page shows now (read afresh): another reference is another case. */
  const requireShownCase = (current: CaseView) => {
    const onPage = actions.referenceOnPage();
    if (onPage !== current.case.reference) throw otherCase(onPage, current.case.reference);
  };
  // Every write passes the gate: a person's own click or key press, on the case the page shows now.
  const saveCorrection = userWrite(async (current: CaseView, fact: CorrectableFact, value: string | null) => {
    requireShownCase(current);
    return actions.correct(current.case.id, fact, value);
  });
  const saveExtension = userWrite(async (current: CaseView, extension: RecordedExtension) => {
    requireShownCase(current);
    if (!actions.extend) throw new Error('This page cannot record an extension.');
    return actions.extend(current.case.id, extension);
  });
  const saveEvidence = userWrite(async (current: CaseView, evidence: CaseEvidence) => {
    requireShownCase(current);
    if (!actions.recordEvidence) throw new Error('This page cannot record evidence.');
    return actions.recordEvidence(current.case.id, evidence);
  });

  // Computed value: every problem, page first, then what stopped the timeline.
  const problems = computed(() => [...readingProblems.value, ...(view.value?.problems ?? [])], { name: 'problems' });

  // Computed value: the badge sentence in parts, and the host's state.
  const summaryParts = computed(
    () => {
      const timeline = view.value?.timeline;
      if (failure.value) return ['not available', failure.value];
      if (timeline) {
        const parts = timelineSummary(timeline);
        const count = problems.value.length;
        return count > 0 ? [...parts, `${count} ${count === 1 ? 'field' : 'fields'} to check`] : parts;
      }
      if (reading.value) return ['reading this case…'];
      return ['cannot read this case'];
    },
    { name: 'summary-parts' },
  );
  const state = computed<string>(() => {
    const timeline = view.value?.timeline;
    if (timeline && !failure.value) return timeline.next?.state ?? timeline.state;
    return reading.value && !failure.value ? 'reading' : 'problem';
  }, { name: 'state' });
  const stateLabel = computed(() => {
    const s = state.value;
    return s === 'reading' ? 'Reading' : s === 'problem' ? 'Check' : deadlineStateWords(s as DeadlineState);
  });

  return {
    view,
    readingProblems,
    reading,
    failure,
    expanded,
    saving,
    saveError,
    problems,
    summaryParts,
    state,
    stateLabel,
    // Action: show what the page gave us.
    setReading(problemsOnPage: FieldProblem[], settled: boolean) {
      readingProblems.value = problemsOnPage;
      if (settled) reading.value = false;
    },
    /**
     * Action: the page shows this case reference. Another reference is another case, never an edit
     * of the one shown: its view, corrections, open timeline and half-typed form are dropped at once.
     */
    showCase(reference: string) {
      if (reference === shownReference) return;
      shownReference = reference;
      if (view.value && view.value.case.reference !== reference) {
        view.value = null;
        expanded.value = false;
        saveError.value = null;
        failure.value = null;
        reading.value = true;
      }
    },
    // Action: show the background's answer (or why there is none); an answer about a case the page no longer shows is dropped.
    setView(next: CaseView | null, error: string | null = null) {
      if (next && shownReference !== undefined && next.case.reference !== shownReference) return;
      view.value = next;
      failure.value = error;
      if (next) reading.value = false;
    },
    toggle(open = !expanded.value) {
      expanded.value = open;
    },
    /**
     * Action: store a correction (or remove it with `null`) and show the recomputed timeline.
     * `event` is the click or key press that asked for it: anything else is refused.
     */
    async correct(event: UserEvent, fact: CorrectableFact, value: string | null): Promise<boolean> {
      const current = view.value;
      if (!current) return false;
      saving.value = true;
      saveError.value = null;
      try {
        const next = await saveCorrection(event, current, fact, value);
        // The page may have moved on to another case while this was saved.
        if (view.value?.case.id === current.case.id) view.value = next;
        return true;
      } catch (error) {
        saveError.value = error instanceof Error ? error.message : String(error);
        return false;
      } finally {
        saving.value = false;
      }
    },
    /** Can this overlay record an extension agreed earlier? */
    canRecordExtension: () => Boolean(actions.extend),
    /**
     * Action: record an extension agreed earlier, with the date the resident was told. `event` is
     * the click or key press that asked for it: anything else is refused.
     */
    async recordExtension(event: UserEvent, extension: RecordedExtension): Promise<boolean> {
      const current = view.value;
      if (!current || !actions.extend) return false;
      saving.value = true;
      saveError.value = null;
      try {
        const next = await saveExtension(event, current, extension);
        if (view.value?.case.id === current.case.id) view.value = next;
        return true;
      } catch (error) {
        saveError.value = error instanceof Error ? error.message : String(error);
        return false;
      } finally {
        saving.value = false;
      }
    },
    /** Can this overlay record evidence (outcomes, remedies, refusals, keeping informed)? */
    canRecordEvidence: () => Boolean(actions.recordEvidence),
    /**
     * Action: record evidence for the case shown; each key of `evidence` replaces the stored one.
     * `event` is the click or key press that asked for it: anything else is refused. Returns the
     * error in words, or `null` when saved.
     */
    async recordEvidence(event: UserEvent, evidence: CaseEvidence): Promise<string | null> {
      const current = view.value;
      if (!current || !actions.recordEvidence) return 'This page cannot record evidence.';
      saving.value = true;
      try {
        const next = await saveEvidence(event, current, evidence);
        if (view.value?.case.id === current.case.id) view.value = next;
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      } finally {
        saving.value = false;
      }
    },
  };
});
export type CountdownModel = InstanceType<typeof CountdownModel>;
