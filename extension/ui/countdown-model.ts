/**
 * @module extension/ui/countdown-model
 *
 * The countdown's state as signals. The content-script feature feeds it (page readings, replies
 * from the background); the component reads it and calls its actions. It never ticks: it changes
 * only when the page's facts, a correction or the date change.
 */
import type { CaseView, CorrectableFact, FieldProblem, RecordedExtension } from '@complaint-code/shared';
import { computed, createModel, signal } from '@preact/signals';
import { stateWords, timelineSummary } from './words.js';

/** What the model needs from the outside: saving a correction through the background. */
export interface CountdownActions {
  correct(caseId: string, fact: CorrectableFact, value: string | null): Promise<CaseView>;
  /** Record an extension agreed earlier (e.g. by phone); absent where the overlay can't record one. */
  extend?(caseId: string, extension: RecordedExtension): Promise<CaseView>;
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
    return s in stateWords ? stateWords[s as keyof typeof stateWords] : s === 'reading' ? 'Reading' : 'Check';
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
    // Action: show the background's answer (or why there is none).
    setView(next: CaseView | null, error: string | null = null) {
      view.value = next;
      failure.value = error;
      if (next) reading.value = false;
    },
    toggle(open = !expanded.value) {
      expanded.value = open;
    },
    // Action: store a correction (or remove it with `null`) and show the recomputed timeline.
    async correct(fact: CorrectableFact, value: string | null): Promise<boolean> {
      const current = view.value;
      if (!current) return false;
      saving.value = true;
      saveError.value = null;
      try {
        view.value = await actions.correct(current.case.id, fact, value);
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
    // Action: record an extension agreed earlier, with the date the resident was told.
    async recordExtension(extension: RecordedExtension): Promise<boolean> {
      const current = view.value;
      if (!current || !actions.extend) return false;
      saving.value = true;
      saveError.value = null;
      try {
        view.value = await actions.extend(current.case.id, extension);
        return true;
      } catch (error) {
        saveError.value = error instanceof Error ? error.message : String(error);
        return false;
      } finally {
        saving.value = false;
      }
    },
  };
});
export type CountdownModel = InstanceType<typeof CountdownModel>;
