/**
 * What the UK date readers ({@link parseUkDate}, a compiled {@link DateFormat}) give back: the ISO
 * date, or a message a person can act on. Never a throw: a date typed or shown wrongly is the
 * officer's to see and fix.
 *
 * @example
 * ```ts
 * const read: ParsedUkDate = parseUkDate('31/02/2026');
 * //=> { ok: false, message: '"31/02/2026" is not a real date' }
 * ```
 */
export type ParsedUkDate = { ok: true; date: string } | { ok: false; message: string };

