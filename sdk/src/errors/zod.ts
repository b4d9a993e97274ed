/**
 * The zod the SDK's schemas are built with: `zod/mini`, zod 4's tree-shakable functional API
 * (`z.optional(z.string().check(z.trim(), z.maxLength(200)))`), so a browser bundle carries only the
 * schemas and checks it uses — not zod classic's full method set and every locale (issue 14).
 *
 * zod mini loads no locale, so its issues would all read "Invalid input". Like zod classic, this
 * registers zod's English messages when no locale is set ("Invalid input: expected string, received
 * number"); a locale the app chose itself (`z.config(...)`) is left alone. Schema modules import
 * `* as z` from here (not a re-exported `z` object, which bundlers cannot tree-shake), so the
 * English messages come with any schema.
 *
 * @internal
 * @module
 */
import { config, maxLength, minLength, string, trim, type ZodMiniString } from 'zod/mini';
import { en } from 'zod/locales';

if (!config().localeError) config(en());

export * from 'zod/mini';

/**
 * A string, trimmed, then `min` to `max` characters long; `tooShort` is the message when it is shorter.
 * (The SDK's text fields are nearly all this; one helper keeps the bundle a little smaller.)
 *
 * @example
 * ```ts
 * trimmed(1, 200, 'Give the complaint reference').safeParse('  ').error?.issues[0]?.message; //=> 'Give the complaint reference'
 * ```
 */
export function trimmed(min: number, max: number, tooShort?: string): ZodMiniString<string> {
  return string().check(trim(), minLength(min, tooShort), maxLength(max));
}
