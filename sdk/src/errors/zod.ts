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
import { config } from 'zod/mini';
import { en } from 'zod/locales';

if (!config().localeError) config(en());

export * from 'zod/mini';
