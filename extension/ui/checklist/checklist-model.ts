/**
 * @module extension/ui/checklist/checklist-model
 *
 * The draft checklist's state as signals. The content-script feature feeds it (check results from
 * the background) and supplies the actions (insert into the editor, talk to the background); the
 * components only read it and call those actions.
 */
import type { DraftCheck, DraftKind, ExtensionProposalView, LetterRequest, WrittenLetter } from '@complaint-code/shared';
import { computed, signal } from '@preact/signals';

/** What the checklist needs from the outside. */
export interface ChecklistActions {
  /** Insert text at the caret of the reply editor; `false` if the editor refused. */
  insert(text: string): boolean;
  /** Check again now (the officer changed the letter kind). */
  recheck(): void;
  /** Remember the collapsed state for this site. */
  saveCollapsed(collapsed: boolean): void;
  proposeExtension(request: { requestedNewDueOn?: string; goodReason?: string }): Promise<ExtensionProposalView>;
  writeLetter(letter: LetterRequest): Promise<WrittenLetter>;
  /** Record a notified extension on the case; resolves when stored. */
  recordExtension(extension: NonNullable<WrittenLetter['extension']>, reason: string): Promise<void>;
  copy(text: string): Promise<void>;
}

/** Which letter form is open. */
export type LetterFormKind = 'extension-notice' | 'acknowledgement' | 'refusal';

/** The letter kinds in the officer's words. */
export const kindWords: Record<DraftKind, string> = {
  acknowledgement: 'Acknowledgement',
  'stage1-response': 'Stage 1 response',
  'stage2-response': 'Stage 2 response',
  'extension-notice': 'Extension notice',
  refusal: 'Refusal to accept a complaint',
};

/**
 * @example
 * const model = createChecklistModel(actions, { collapsed: false });
 * model.setResult(check);
 * model.summary.value; //=> '3 of 7 required parts present. 1 caution.'
 */
export function createChecklistModel(actions: ChecklistActions, initial: { collapsed: boolean }) {
  const result = signal<DraftCheck | null>(null);
  const failure = signal<string | null>(null);
  const chosenKind = signal<DraftKind | undefined>(undefined);
  const collapsed = signal(initial.collapsed);
  const form = signal<LetterFormKind | null>(null);
  const notice = signal<string | null>(null);

  const required = computed(() => result.value?.elements.filter((element) => element.level === 'required') ?? []);
  // The SDK could not tell the kind of letter and the officer has not chosen one: ask, never assume.
  const asking = computed(() => Boolean(result.value?.needsKind) && chosenKind.value === undefined);
  const summary = computed(() => {
    if (failure.value) return `Cannot check this draft: ${failure.value}`;
    const check = result.value;
    if (!check) return 'Checking the draft…';
    if (asking.value) return 'Which letter is this? Choose the kind of letter to see what it must include.';
    const present = required.value.filter((element) => element.present).length;
    const cautions = check.cautions.length;
    const parts = `${present} of ${required.value.length} required parts present`;
    return cautions === 0 ? `${parts}.` : `${parts}. ${cautions} ${cautions === 1 ? 'caution' : 'cautions'}.`;
  });

  return {
    actions,
    result,
    failure,
    chosenKind,
    collapsed,
    form,
    notice,
    required,
    asking,
    summary,
    setResult(next: DraftCheck) {
      result.value = next;
      failure.value = null;
    },
    setFailure(message: string) {
      failure.value = message;
    },
    chooseKind(kind: DraftKind | undefined) {
      chosenKind.value = kind;
      actions.recheck();
    },
    toggle() {
      collapsed.value = !collapsed.value;
      actions.saveCollapsed(collapsed.value);
    },
    openForm(kind: LetterFormKind | null) {
      form.value = kind;
      notice.value = null;
    },
    /** Say what just happened (shown under the letter buttons, announced politely). */
    tell(message: string | null) {
      notice.value = message;
    },
  };
}
export type ChecklistModel = ReturnType<typeof createChecklistModel>;
