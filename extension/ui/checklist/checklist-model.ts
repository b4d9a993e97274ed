/**
 * @module extension/ui/checklist/checklist-model
 *
 * The draft checklist's state as signals. The content-script feature feeds it (check results from
 * the background) and supplies the actions (insert into the editor, talk to the background); the
 * components only read it and call those actions.
 */
import type { DraftCheck, DraftKind, ExtensionProposalView, LetterRequest, WrittenLetter } from '@complaint-code/shared';
import { computed, signal } from '@preact/signals';
import { NotAUserActionError, userWrite, type UserEvent } from '../user-action.js';

/** What the checklist needs from the outside (the content-script feature supplies these). */
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

/**
 * The actions as the components see them: every write (into the reply, the clipboard or the
 * store) takes the click or key press that asked for it and refuses a page script's synthetic one.
 */
export interface GuardedChecklistActions {
  insert(event: UserEvent, text: string): boolean;
  copy(event: UserEvent, text: string): Promise<void>;
  recordExtension(event: UserEvent, extension: NonNullable<WrittenLetter['extension']>, reason: string): Promise<void>;
  recheck(): void;
  proposeExtension: ChecklistActions['proposeExtension'];
  writeLetter: ChecklistActions['writeLetter'];
}

/** Which letter form is open. */
export type LetterFormKind = 'extension-notice' | 'acknowledgement' | 'refusal' | 'escalation-refusal';

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

  // The one gate: the components get only guarded writes.
  const guarded: GuardedChecklistActions = {
    insert: userWrite((text: string) => actions.insert(text)),
    copy: userWrite((text: string) => actions.copy(text)),
    recordExtension: userWrite((extension: NonNullable<WrittenLetter['extension']>, reason: string) => actions.recordExtension(extension, reason)),
    recheck: () => actions.recheck(),
    proposeExtension: (request) => actions.proposeExtension(request),
    writeLetter: (letter) => actions.writeLetter(letter),
  };
  const persistCollapsed = userWrite((next: boolean) => {
    collapsed.value = next;
    actions.saveCollapsed(next);
  });

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
    actions: guarded,
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
    /** The officer shows or hides the checklist (remembered for this site); a page script's click does nothing. */
    toggle(event: UserEvent) {
      try {
        persistCollapsed(event, !collapsed.value);
      } catch (error) {
        if (!(error instanceof NotAUserActionError)) throw error;
      }
    },
    /** Show the checklist because the extension asked (the countdown's "Extend deadline"), not remembered. */
    expand() {
      collapsed.value = false;
    },
    openForm(kind: LetterFormKind | null) {
      form.value = kind;
      notice.value = null;
    },
    /**
     * The case a letter or an extension is for: `onPage` (the case the page shows now), and only if
     * the case details the forms were filled from are that case's. A new reference on the page is
     * another case, never an edit of the one shown: refused, and checked again.
     */
    caseForWrite(onPage: string | undefined): string {
      if (!onPage) throw new Error('The case reference cannot be read on this page.');
      const checked = result.value?.case?.caseId;
      if (checked && checked !== onPage) {
        actions.recheck();
        throw new Error('Nothing was saved: the case on this page changed. Check the letter again for this case.');
      }
      return onPage;
    },
    /** Say what just happened (shown under the letter buttons, announced politely). */
    tell(message: string | null) {
      notice.value = message;
    },
  };
}
export type ChecklistModel = ReturnType<typeof createChecklistModel>;
