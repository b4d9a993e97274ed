/**
 * @module extension/ui/user-action
 *
 * The one gate every write from our in-page UI goes through: a write needs the DOM event that
 * caused it, and only a click or key press the browser itself delivered (`isTrusted`) counts.
 * A CRM page script can dispatch events and call `form.requestSubmit()`, but the browser marks
 * what it dispatches as untrusted. `submit` (and `focus`, `change`…) never count: the browser fires
 * a trusted `submit` even when a script calls `requestSubmit()` or `button.click()`.
 */

/** The part of a DOM event the gate reads. */
export type UserEvent = Pick<Event, 'isTrusted' | 'type'>;

/** Events only a person can cause (when trusted). */
const PERSON_EVENT_TYPES: ReadonlySet<string> = new Set(['click', 'keydown', 'keyup']);

/** A write was asked for by something other than the officer's own click or key press. */
export class NotAUserActionError extends Error {
  constructor(type: string) {
    super(`Nothing was saved: the request did not come from your own click or key press (a "${type}" event from the page).`);
    this.name = 'NotAUserActionError';
  }
}

/**
 * Did a person cause this event?
 *
 * @example
 * isUserAction(clickEvent); //=> true for a real click, false for `button.click()` from a script
 */
export function isUserAction(event: UserEvent | null | undefined): boolean {
  return Boolean(event?.isTrusted) && PERSON_EVENT_TYPES.has(event?.type ?? '');
}

/**
 * Wrap a write so it takes the causing event first and refuses anything but a person's action
 * (throws `NotAUserActionError` before the write runs).
 *
 * @example
 * const correct = userWrite((fact, value) => send({ type: 'case/correct', fact, value }));
 * button.onclick = (event) => correct(event, 'stage1AcknowledgedOn', '2026-11-04');
 */
export function userWrite<Args extends unknown[], R>(write: (...args: Args) => R): (event: UserEvent, ...args: Args) => R {
  return (event, ...args) => {
    if (!isUserAction(event)) throw new NotAUserActionError(event.type);
    return write(...args);
  };
}
