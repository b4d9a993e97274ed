/**
 * @module extension/content/case-updates
 *
 * Features in the same content script tell each other that a case changed in the background (for
 * example the draft checklist recorded an extension), so the countdown asks for the case again.
 * A module-level EventTarget, not a DOM event: the page cannot see or fake it.
 */

/** Fires `case-updated` after a feature changed the stored case. */
export const caseUpdates = new EventTarget();

/**
 * @example
 * announceCaseUpdate(); // the countdown re-reads the case and moves to the new date
 */
export function announceCaseUpdate(): void {
  caseUpdates.dispatchEvent(new Event('case-updated'));
}

/**
 * The countdown stored this page's case (`case-seen` on {@link caseUpdates}): a draft checked
 * before then, without the case, can now be checked with it (letters need the case).
 *
 * @example
 * announceCaseSeen();
 */
export function announceCaseSeen(): void {
  caseUpdates.dispatchEvent(new Event('case-seen'));
}

/** Fires `open-extension-notice` when the officer asks, from the countdown, to extend the deadline. */
export const letterRequests = new EventTarget();

/**
 * @example
 * requestExtensionNotice(); // the draft checklist opens its "Extend deadline" form
 */
export function requestExtensionNotice(): void {
  letterRequests.dispatchEvent(new Event('open-extension-notice'));
}
