/**
 * @module extension/content/features/editor-notice
 *
 * When the adapter names a reply editor but nothing on the page matches it (or it sits in a frame
 * from another site), say so beside the countdown instead of failing silently, and offer "Point at
 * the editor": the officer clicks the reply box (in the page or its same-origin frames) and the
 * adapter's editor is set from it. A reply box that is merely hidden until "Reply" is pressed, or
 * toggled to an internal note, is not a problem and shows nothing.
 */
import type { EditorLocator } from '@complaint-code/shared';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../lib/messaging.js';
import countdownCss from '../../ui/countdown.css?inline';
import { loadOnDemand, onDemandFailure } from '../../ui/on-demand.js';
import { isUserAction, type UserEvent } from '../../ui/user-action.js';
import { mayShowCase } from '../case-owner.js';
import type { ReplyEditorSearch } from '../editors/find-reply-editor.js';
import { shadowRootMode } from '../shadow-mode.js';

/** The shadow host's tag: a stable hook for e2e tests. */
export const NOTICE_HOST = 'complaint-code-editor-notice';
/** Editors start late (TinyMCE, CKEditor, frames written by script): wait this long before saying so. */
const GRACE_MS = 4000;
const CHECK_EVERY_MS = 1000;

type Problem = Exclude<ReplyEditorSearch, { status: 'found' | 'inactive' }>;

export interface EditorNoticeOptions {
  adapterId: string;
  /** What the draft checklist's last search found. */
  lastSearch(): ReplyEditorSearch | undefined;
  /** The officer pointed at the editor and it was saved: look again with this locator. */
  onPicked(locator: EditorLocator): void;
}

function sentence(problem: Problem): string {
  switch (problem.status) {
    case 'unreachable':
      return `The reply editor cannot be reached: ${problem.detail}. The draft checklist cannot be shown on this page.`;
    case 'bad-selector':
      return `The reply editor setting does not work: ${problem.detail}. Point at the editor to set it again.`;
    default:
      return 'Complaint Code cannot find the reply editor on this page, so the draft checklist is not shown. If you can see the box where you type the reply, point at it.';
  }
}

function build(container: HTMLElement, problem: Problem, onPoint: (event: UserEvent) => void): { status: HTMLElement } {
  const root = document.createElement('div');
  root.className = 'cc-root cc-editor-notice';
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', 'Complaint Code: reply editor');
  const text = document.createElement('p');
  text.textContent = sentence(problem);
  root.append(text);
  if (problem.status !== 'unreachable') {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cc-button';
    button.textContent = 'Point at the editor';
    // Only the officer's own click starts pick mode (a page script's synthetic click is ignored).
    button.addEventListener('click', (event) => {
      if (isUserAction(event)) onPoint(event);
    });
    root.append(button);
  }
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  root.append(status);
  container.append(root);
  return { status };
}

const css = `${countdownCss}
.cc-editor-notice { padding: 8px 12px; border: 2px solid #0b0c0c; border-left: 6px solid #1d70b8; background: #ffffff; }
.cc-editor-notice p { margin: 0 0 8px; }
.cc-editor-notice p:empty { display: none; }`;

/**
 * @example
 * showEditorNotice(ctx, signal, { adapterId, lastSearch: () => search, onPicked: (locator) => use(locator) });
 */
export function showEditorNotice(ctx: ContentScriptContext, signal: AbortSignal, options: EditorNoticeOptions): void {
  const started = performance.now();
  let ui: ShadowRootContentScriptUi<{ status: HTMLElement }> | undefined;
  let shown: string | undefined;
  let picking: AbortController | undefined;

  const point = async (event: UserEvent) => {
    picking?.abort();
    const picked = (picking = new AbortController());
    const status = ui?.mounted?.status;
    // The picker arrives on demand (ui/on-demand.tsx), started by this click only.
    const parts = await loadOnDemand(event);
    if (!parts) {
      if (status) status.textContent = onDemandFailure() ?? '';
      return;
    }
    if (picked.signal.aborted || signal.aborted) return;
    const locator = await parts.pickEditor(AbortSignal.any([signal, picked.signal]));
    if (!locator || signal.aborted) return;
    try {
      const saved = await sendToBackground({ type: 'adapter/set-editor', url: location.href, adapterId: options.adapterId, editor: locator });
      if (status) status.textContent = saved.copied ? `Saved as your own copy of the adapter "${saved.adapterId}".` : `Saved in the adapter "${saved.adapterId}".`;
      options.onPicked(locator);
    } catch (error) {
      if (status) status.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  const update = async () => {
    if (signal.aborted || performance.now() - started < GRACE_MS) return;
    const search = options.lastSearch();
    const problem = search && search.status !== 'found' && search.status !== 'inactive' && mayShowCase() ? search : undefined;
    const key = problem ? `${problem.status}:${problem.detail}` : undefined;
    if (key === shown && (!ui || ui.shadowHost.isConnected)) return;
    shown = key;
    ui?.remove();
    ui = undefined;
    if (!problem) return;
    const countdown = document.querySelector('complaint-code-countdown');
    ui = await createShadowRootUi(ctx, {
      name: NOTICE_HOST,
      mode: shadowRootMode(),
      position: 'inline',
      anchor: countdown ?? document.body,
      append: countdown ? 'after' : 'first',
      css,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => build(container, problem, (event) => void point(event)),
    });
    ui.mount();
    if (signal.aborted) ui.remove();
  };

  const interval = ctx.setInterval(() => void update(), CHECK_EVERY_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(interval);
      picking?.abort();
      ui?.remove();
    },
    { once: true },
  );
}
