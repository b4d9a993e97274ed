/**
 * @module extension/content/features/draft-checklist
 *
 * On a CRM case page whose adapter names the reply editor: read the draft after each pause in
 * typing, have the background check it against the Code, and show the checklist right after the
 * editor. The keystroke path only restarts a timer; the draft is read and checked after the pause.
 * Nothing is written into the editor except on the officer's click ("Add", or a letter).
 */
import type { CrmAdapter, EditorLocator, ExtensionRequest, PageContext, RecordedExtension } from '@complaint-code/shared';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { locateField } from '../../lib/locate-field.js';
import { sendToBackground } from '../../lib/messaging.js';
import { Checklist } from '../../ui/checklist/Checklist.js';
import { createChecklistModel, type ChecklistModel } from '../../ui/checklist/checklist-model.js';
import checklistCss from '../../ui/checklist/checklist.css?inline';
import countdownCss from '../../ui/countdown.css?inline';
import { mayShowCase, ownershipChanges } from '../case-owner.js';
import { announceCaseUpdate, caseUpdates, letterRequests } from '../case-updates.js';
import { findReplyEditor, isStillReply, type ReplyEditor, type ReplyEditorSearch } from '../editors/find-reply-editor.js';
import type { DraftEditor } from '../editors/index.js';
import type { Feature, FeatureResult } from '../run-features.js';
import { shadowRootMode } from '../shadow-mode.js';
import { watchPage } from '../watch-page.js';
import { loadCollapsed, saveCollapsed } from './draft-checklist-collapsed.js';
import { showEditorNotice } from './editor-notice.js';
import { watchedAttributes } from '../editors/watched-attributes.js';

/** The shadow host's tag: a stable hook for e2e tests. */
export const CHECKLIST_HOST = 'complaint-code-checklist';
/** The pause in typing after which the draft is checked (perf-reliability-anchors: 350–500 ms). */
export const CHECK_AFTER_PAUSE_MS = 400;
/** Performance marks around one check, for the benchmark (`e2e/bench/draft-perf.ts`). */
export const MARK_PAUSE = 'complaint-code:draft-pause';
export const MEASURE_CHECK = 'complaint-code:draft-check';

/** How often an editor in frames is looked at again (see `init`). */
const FRAME_REVIEW_MS = 1000;

type DraftCheckInput = Omit<Extract<ExtensionRequest, { type: 'draft/check' }>, 'type'>;

/** The case this page is about, as the background keys it (see `caseKey` in shared/case.ts). */
function currentCaseId(adapter: CrmAdapter): string | undefined {
  const located = locateField(document, adapter.fields.reference);
  const reference = located.ok ? located.value.trim() : '';
  return reference ? `${location.origin}|${reference}` : undefined;
}

/** The longest the checklist waits for an idle moment before looking for the editor anyway (ms). */
const IDLE_TIMEOUT_MS = 1000;

/** Run `work` once the page is idle (or after IDLE_TIMEOUT_MS), unless `signal` aborts first. */
function whenIdle(signal: AbortSignal, work: () => void): void {
  const run = () => {
    if (!signal.aborted) work();
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
  } else setTimeout(run, 0);
}

async function mount(ctx: ContentScriptContext, model: ChecklistModel, editor: DraftEditor, anchor: Element) {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: CHECKLIST_HOST,
    position: 'inline',
    // Beside the editor's outermost frame, in the document that owns the case.
    anchor,
    append: 'after',
    css: `${countdownCss}\n${checklistCss}`,
    // Closed: the page must not read what we show nor reach our controls (e2e build excepted).
    mode: shadowRootMode(),
    // Keys typed in our forms must not trigger the CRM's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const root = document.createElement('div');
      container.append(root);
      render(<Checklist model={model} />, root);
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
  ui.shadowHost.setAttribute('data-editor', editor.kind);
  if (anchor !== editor.frame) ui.shadowHost.setAttribute('data-in-frame', '');
  return ui;
}

async function init(signal: AbortSignal, ctx: ContentScriptContext, { adapter }: PageContext): Promise<FeatureResult> {
  if (!adapter?.editor || signal.aborted) return false;
  // `let`: "Point at the editor" replaces it while the page stays open.
  let editorLocator: EditorLocator = adapter.editor;

  let reply: ReplyEditor | null = null;
  let editor: DraftEditor | null = null;
  let editorScope: AbortController | undefined;
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;

  const model = createChecklistModel(
    {
      insert: (text) => editor?.insert(text) ?? false,
      recheck: () => schedule(0),
      saveCollapsed: (collapsed) => void saveCollapsed(location.origin, collapsed),
      proposeExtension: (request) => sendToBackground({ type: 'letter/propose-extension', caseId: requireCaseId(), ...request }),
      writeLetter: (letter) => sendToBackground({ type: 'letter/write', caseId: requireCaseId(), letter }),
      async recordExtension(extension, reason) {
        const recorded: RecordedExtension = {
          stage: extension.stage,
          notifiedOn: extension.notifiedOn,
          newDueOn: extension.newDueOn,
          reason,
          ...(extension.goodReason ? { goodReason: true } : {}),
        };
        await sendToBackground({ type: 'case/extend', caseId: requireCaseId(), extension: recorded });
        announceCaseUpdate();
        schedule(0);
      },
      copy: (text) => navigator.clipboard.writeText(text),
    },
    { collapsed: await loadCollapsed(location.origin) },
  );

  // The case the page shows now; the model refuses it if the forms were filled for another.
  const requireCaseId = (): string => model.caseForWrite(currentCaseId(adapter as CrmAdapter));

  // The keystroke path: restart the timer, nothing else (no reads of the draft).
  function schedule(delay = CHECK_AFTER_PAUSE_MS) {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void check(), delay);
  }

  async function check() {
    timer = undefined;
    if (signal.aborted) return;
    if (!editor?.isLive()) {
      review();
      return;
    }
    performance.mark(MARK_PAUSE);
    const caseId = currentCaseId(adapter as CrmAdapter);
    const chosen = model.chosenKind.value;
    const request: DraftCheckInput = { draft: editor.read(), ...(caseId ? { caseId } : {}), ...(chosen ? { kind: chosen } : {}) };
    const mine = ++sequence;
    try {
      const result = await sendToBackground({ type: 'draft/check', ...request });
      if (mine !== sequence || signal.aborted) return; // a newer check is on its way
      // Another case on the page: a letter form filled from the last one is closed, not carried over.
      const before = model.result.value?.case?.caseId;
      if (before && before !== result.case?.caseId) model.openForm(null);
      model.setResult(result);
    } catch (error) {
      if (ctx.isInvalid || signal.aborted || mine !== sequence) return;
      model.setFailure(error instanceof Error ? error.message : String(error));
    }
    // Preact renders on a microtask: measure once the checklist shows the new result.
    setTimeout(() => {
      if (mine === sequence) performance.measure(MEASURE_CHECK, MARK_PAUSE);
    }, 0);
  }

  function detach() {
    editorScope?.abort();
    editorScope = undefined;
    ui?.remove();
    ui = undefined;
    reply = null;
    editor = null;
    if (timer !== undefined) clearTimeout(timer);
  }

  /** What the last search said, for the "no editor" notice (see editor-notice.ts). */
  let lastSearch: ReplyEditorSearch | undefined;

  async function attach(search: ReplyEditorSearch) {
    lastSearch = search;
    if (search.status !== 'found' || signal.aborted) return;
    const found = search.reply;
    if (editor && found.editor.editable === editor.editable && ui?.shadowHost.isConnected) return;
    detach();
    editorScope = new AbortController();
    reply = found;
    editor = found.editor;
    found.editor.subscribe(() => schedule(), AbortSignal.any([signal, editorScope.signal]));
    const mounted = await mount(ctx, model, found.editor, found.anchor);
    // Torn down while mounting (a newer copy of the script took over the tab): leave nothing behind.
    if (signal.aborted) {
      mounted.remove();
      return;
    }
    ui = mounted;
    schedule(0);
  }

  /**
   * On page changes (nodes, or the classes and attributes that reveal, hide or re-role a composer):
   * drop the checklist from a box that stopped being the reply, and look for the reply again.
   */
  function review() {
    if (signal.aborted) return;
    // Only the frame that shows the case (see case-owner.ts) puts a checklist in its page.
    if (!mayShowCase()) {
      if (reply) detach();
      return;
    }
    if (reply && isStillReply(reply, editorLocator) && ui?.shadowHost.isConnected) return;
    if (reply) detach();
    void attach(findReplyEditor(document, editorLocator));
  }

  signal.addEventListener(
    'abort',
    () => {
      if (timer !== undefined) clearTimeout(timer);
      editorScope?.abort();
      ui?.remove();
    },
    { once: true },
  );
  // "Extend deadline" on the countdown: open the notice form here, beside the editor it writes into.
  letterRequests.addEventListener(
    'open-extension-notice',
    () => {
      if (!ui) return;
      model.expand();
      model.openForm('extension-notice');
      ui.shadowHost.scrollIntoView({ block: 'nearest' });
      // The form renders once the background has proposed the new date: move focus to it then, so
      // keyboard users land there (a fixed delay raced that round trip).
      const shadow = ui.shadow;
      const giveUpAt = performance.now() + 3_000;
      const focusDateField = () => {
        const field = shadow.querySelector<HTMLElement>('#ck-ext-date');
        if (field) field.focus();
        else if (!signal.aborted && performance.now() < giveUpAt) requestAnimationFrame(focusDateField);
      };
      requestAnimationFrame(focusDateField);
    },
    { signal },
  );
  // Not urgent, unlike the countdown: the reply editor is looked for (which reads layout) and the
  // checklist drawn once the page has loaded and gone idle, not in the middle of its load, where the
  // layout read forces an extra layout of a half-built page. Then editors start late (TinyMCE,
  // CKEditor), CRMs swap them, reveal them by a class change and toggle them between reply and note:
  // look again when the page changes, attributes included.
  whenIdle(signal, () => {
    review();
    watchPage(review, { signal, minIntervalMs: 500, attributes: watchedAttributes(editorLocator) });
  });
  // A mutation observer here cannot see inside the editor's frames (a frame written late, a
  // composer re-roled inside a frame): look again once a second while the editor is in frames.
  const frameReview = ctx.setInterval(() => {
    if (editorLocator.frames) review();
  }, FRAME_REVIEW_MS);
  signal.addEventListener('abort', () => clearInterval(frameReview), { once: true });
  ownershipChanges.addEventListener('change', review, { signal });
  // A check that ran before the countdown stored the case had no case (so no letters): check again.
  caseUpdates.addEventListener(
    'case-seen',
    () => {
      if (editor && !model.result.value?.case) schedule(0);
    },
    { signal },
  );
  showEditorNotice(ctx, signal, {
    adapterId: adapter.id,
    lastSearch: () => lastSearch,
    onPicked(locator) {
      editorLocator = locator;
      review();
    },
  });
  return undefined;
}

export const draftChecklist: Feature = { id: 'draft-checklist', needs: ['adapter'], init };

/*
Test pages (demo CRM, `pnpm demo`; see e2e/):
1. http://localhost:4310/cases/HC-2026-0412 (textarea): type a reply; the checklist under it updates after a pause.
2. /app/cases/<stage 1 ref> (contenteditable), /app/cases/<stage 2 ref> (TinyMCE), the Dynamics form (CKEditor 5),
   /cases/HC-2026-0412?editor=quill (Quill): "Add" puts the sentence at the caret; Ctrl+Z removes it.
3. "Extend deadline": the notice lands in the reply and the deadline badge moves to the new date.
*/
