/**
 * @module extension/content/case-owner
 *
 * Which frame of the tab shows the case (see background/case-frames.ts). The countdown claims the
 * case once this frame has read its facts; the draft checklist and the picker act only in the
 * frame that owns it (or, before anyone has claimed, in the top frame). The background asks the
 * owner "do you still show it?" through `frame/owns-case`, answered here.
 */
import type { ContentResponses, Reply } from '@complaint-code/shared';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../lib/messaging.js';

/** `unknown` until this frame has claimed a case, then whether it got it. */
type Ownership = { state: 'unknown' } | { state: 'owner'; caseId: string } | { state: 'other'; caseId: string };

let ownership: Ownership = { state: 'unknown' };

/** Fires `change` when this frame gains or loses the case. */
export const ownershipChanges = new EventTarget();

function set(next: Ownership): void {
  const changed = next.state !== ownership.state;
  ownership = next;
  if (changed) ownershipChanges.dispatchEvent(new Event('change'));
}

/** Is this the top frame of the tab? */
export const isTopFrame = (): boolean => window === window.top;

/**
 * May this frame show the case's overlay pieces (checklist, picker)? The owner may; before any
 * claim, only the top frame (a page with no case facts at all still gets its reply checklist).
 */
export function mayShowCase(): boolean {
  return ownership.state === 'owner' || (ownership.state === 'unknown' && isTopFrame());
}

/**
 * Claim `caseId` for this frame; `false` when another frame of the tab shows it already.
 *
 * @example
 * if (!(await claimCase('https://crm.example|CMP-1'))) removeBadge();
 */
export async function claimCase(caseId: string): Promise<boolean> {
  if (ownership.state !== 'unknown' && ownership.caseId === caseId && ownership.state === 'owner') return true;
  const { owner } = await sendToBackground({ type: 'frame/claim-case', caseId });
  set(owner ? { state: 'owner', caseId } : { state: 'other', caseId });
  return owner;
}

/** This frame stopped showing a case (navigation, teardown). */
export function releaseCase(): void {
  set({ state: 'unknown' });
}

function parseOwnsCase(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, caseId, ...rest } = message as Record<string, unknown>;
  return type === 'frame/owns-case' && typeof caseId === 'string' && Object.keys(rest).length === 0 ? caseId : undefined;
}

/**
 * Answer the background's "do you still show this case?".
 *
 * @example
 * listenForOwnerQueries(ctx);
 */
export function listenForOwnerQueries(ctx: ContentScriptContext): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: Reply<ContentResponses['frame/owns-case']>) => void) => {
    const caseId = parseOwnsCase(message);
    // Only the background (our extension, no tab) asks.
    if (caseId === undefined || sender.id !== browser.runtime.id || sender.tab) return false;
    sendResponse({ ok: true, data: !ctx.isInvalid && ownership.state === 'owner' && ownership.caseId === caseId });
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    releaseCase();
  });
}
