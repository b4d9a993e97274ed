/**
 * @module extension/content/features/countdown
 *
 * On a CRM case page: read the case's facts with the matching adapter, tell the background (which
 * stores them and works out the timeline), and show the badge beside the case header. Keeps
 * working when fields render late, when the CRM re-renders, and tears down on abort.
 */
import type { CrmAdapter, PageContext } from '@complaint-code/shared';
import { effect } from '@preact/signals';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../lib/messaging.js';
import { readCaseFacts } from '../../lib/read-case-facts.js';
import { Countdown } from '../../ui/Countdown.js';
import { CountdownModel } from '../../ui/countdown-model.js';
import css from '../../ui/countdown.css?inline';
import type { Feature, FeatureResult } from '../run-features.js';
import { shadowRootMode } from '../shadow-mode.js';
import { watchPage } from '../watch-page.js';
import { announceCaseSeen, caseUpdates, requestExtensionNotice } from '../case-updates.js';
import { claimCase, releaseCase } from '../case-owner.js';
import { downloadEvidencePack } from '../evidence-pack.js';
import { watchVisibleCase } from '../watch-visible-case.js';

/** After another frame of the tab was found showing the case, how long before asking again. */
const RECLAIM_AFTER_MS = 5000;

/** The shadow host's tag: a stable hook for e2e tests (extension/README.md). */
export const HOST_NAME = 'complaint-code-countdown';
/** How long fields may take to render before a missing one is reported. */
const LATE_FIELDS_GRACE_MS = 4000;

async function mountOverlay(ctx: ContentScriptContext, model: CountdownModel, anchor: Element, append: 'after' | 'first', withExtend: boolean) {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: HOST_NAME,
    position: 'inline',
    anchor,
    append,
    css,
    // Closed: the page must not read what we show nor reach our controls (e2e build excepted).
    mode: shadowRootMode(),
    // Keys typed in our form must not trigger the CRM's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const root = document.createElement('div');
      container.append(root);
      render(<Countdown model={model} onPack={downloadEvidencePack} {...(withExtend ? { onExtend: requestExtensionNotice } : {})} />, root);
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
  return ui;
}

/**
 * Where the badge goes after `anchor`: after the anchor itself, or after its parent when that is a
 * flex or grid row (a header bar), so the opened timeline gets the full width and moves nothing sideways.
 */
function besideRow(anchor: Element): Element {
  const parent = anchor.parentElement;
  if (!parent || parent === document.body) return anchor;
  const style = getComputedStyle(parent);
  const isRow = (style.display.includes('flex') && !style.flexDirection.startsWith('column')) || style.display.includes('grid');
  return isRow ? parent : anchor;
}

async function init(signal: AbortSignal, ctx: ContentScriptContext, { adapter }: PageContext): Promise<FeatureResult> {
  if (!adapter || signal.aborted) return false;
  await showCountdown(signal, ctx, adapter);
  return undefined;
}

async function showCountdown(signal: AbortSignal, ctx: ContentScriptContext, adapter: CrmAdapter): Promise<void> {
  const model = new CountdownModel({
    correct: (caseId, fact, value) => sendToBackground({ type: 'case/correct', caseId, fact, value }),
    referenceOnPage: () => readCaseFacts(document, adapter).facts?.reference,
    extend: (caseId, extension) => sendToBackground({ type: 'case/extend', caseId, extension }),
    recordEvidence: (caseId, evidence) => sendToBackground({ type: 'case/evidence', caseId, evidence }),
  });
  const started = performance.now();
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let uiAnchor: Element | undefined;
  let sentFacts = '';
  let shownReference: string | null = null;
  let busy = false;
  let again = false;
  let disposeHostState: (() => void) | undefined;
  let refusedAt = -Infinity;

  const unplace = () => {
    ui?.remove();
    disposeHostState?.();
    ui = undefined;
    uiAnchor = undefined;
  };
  /** One frame a tab shows the case: `false` when another frame already does (see case-owner). */
  const mayShow = async (reference: string): Promise<boolean> => {
    if (performance.now() - refusedAt < RECLAIM_AFTER_MS) return false;
    if (await claimCase(`${location.origin}|${reference}`)) return true;
    refusedAt = performance.now();
    return false;
  };

  const place = async (anchor: Element, append: 'after' | 'first') => {
    if (ui && uiAnchor === anchor && ui.shadowHost.isConnected) return;
    ui?.remove();
    disposeHostState?.();
    // "Extend deadline" opens the draft checklist's notice form, so only where there is a reply editor.
    const mounted = await mountOverlay(ctx, model, anchor, append, Boolean(adapter.editor));
    // Torn down while mounting (a newer copy of the script took over the tab): leave nothing behind.
    if (signal.aborted) {
      mounted.remove();
      return;
    }
    ui = mounted;
    uiAnchor = anchor;
    // The state on the host is a test hook: in a real page it would tell the page what our stored
    // corrections make of the case, so only the e2e build (open roots) shows it.
    if (shadowRootMode() === 'open') {
      const host = ui.shadowHost;
      disposeHostState = effect(() => host.setAttribute('data-state', model.state.value));
    }
  };

  const refresh = async () => {
    // One refresh at a time; changes during one are picked up by a second pass.
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        const reading = readCaseFacts(document, adapter);
        // Another case is shown (a workspace tab): never leave the last case's deadlines on screen.
        if ((reading.facts?.reference ?? null) !== shownReference) {
          if (shownReference !== null) model.setView(null);
          shownReference = reading.facts?.reference ?? null;
          sentFacts = '';
        }
        const settled = reading.problems.length === 0 || performance.now() - started > LATE_FIELDS_GRACE_MS;
        // With facts to send, "reading" lasts until the background answers (no flash of "cannot read").
        model.setReading(settled ? reading.problems : [], settled && !reading.facts);
        if (signal.aborted) return;
        if (reading.facts && !(await mayShow(reading.facts.reference))) {
          unplace();
          continue;
        }
        if (signal.aborted) return;
        // Asked before the badge is placed: it is drawn once, with the answer, rather than drawn
        // "reading" and then again (a second render and layout of the page mid-load).
        if (reading.facts) {
          // A new reference on the same page is another case: the model drops the one it showed.
          model.showCase(reading.facts.reference);
          const json = JSON.stringify(reading.facts);
          if (json !== sentFacts) {
            sentFacts = json;
            try {
              model.setView(await sendToBackground({ type: 'case/seen', url: location.href, adapterId: adapter.id, facts: reading.facts }));
              announceCaseSeen();
            } catch (error) {
              if (ctx.isInvalid || signal.aborted) return;
              sentFacts = '';
              model.setView(null, error instanceof Error ? error.message : String(error));
            }
          }
        }
        if (signal.aborted) return;
        if (reading.anchor) await place(besideRow(reading.anchor), 'after');
        else if (settled && document.body) await place(document.body, 'first'); // say what is wrong, at the top
      } while (again && !signal.aborted);
    } finally {
      busy = false;
    }
  };

  signal.addEventListener(
    'abort',
    () => {
      disposeHostState?.();
      ui?.remove();
      model[Symbol.dispose]();
      releaseCase();
    },
    { once: true },
  );
  await refresh();
  watchPage(() => void refresh(), { signal });
  // Workspace tabs switch by attributes (hidden, class), which watchPage does not observe.
  if (adapter.casePage.visibleCase) watchVisibleCase(adapter.casePage.visibleCase, () => void refresh(), signal);
  // Fields still missing after the grace period are reported even if the page has gone quiet.
  ctx.setTimeout(() => void refresh(), LATE_FIELDS_GRACE_MS + 50);
  // Deadline states change with the date, not by the second: re-ask when the officer comes back.
  // Another feature changed the stored case (the draft checklist recorded an extension): ask again.
  const onCaseUpdate = () => {
    sentFacts = '';
    void refresh();
  };
  caseUpdates.addEventListener('case-updated', onCaseUpdate, { signal });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      sentFacts = '';
      void refresh();
    }
  });
}

export const countdown: Feature = { id: 'countdown', needs: ['adapter'], init };

/*
Test pages (demo CRM, `pnpm demo`; see e2e/):
1. Open a case page: the badge sits under the case header and reads "Complaint deadline: …".
2. Open it (Enter): the timeline lists each deadline with its provision; correct "Stage 1 acknowledged".
3. Navigate to another case without a reload: the badge follows.
*/
