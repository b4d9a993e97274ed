/** Relative times ("4 days ago", "yesterday"). Bounded: runs in linear time on any text. */
const RELATIVE = /\b(?:ago|yesterday|today|tomorrow|just now|last (?:week|month)|in \d+ \w+)\b/i;

/**
 * Does the text read as a relative time ("4 days ago")? Such text never gives a date itself: a CRM
 * reader looks for the machine date in the element's attributes instead, and {@link parseUkDate}
 * refuses it with a message that says so.
 *
 * @param text - The text a page or a person shows
 * @returns Whether it is a relative time
 *
 * @example
 * ```ts
 * isRelativeTime('4 days ago');  //=> true
 * isRelativeTime('2 Nov 2026');  //=> false
 * ```
 */
export function isRelativeTime(text: string): boolean {
  return text.length < 60 && RELATIVE.test(text);
}
