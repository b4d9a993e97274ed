/**
 * @module extension/lib/shipped-adapters
 *
 * The built-in adapters this build carries. The demo CRM's adapters are for the demo and e2e
 * builds (and unit tests); the production build carries none, and because the check is on
 * `import.meta.env.MODE` (a constant Vite writes in), the bundler drops them from it entirely.
 * `scripts/check-no-demo.mjs` proves that on the built files.
 */
import { builtinAdapters, type CrmAdapter } from '@complaint-code/shared';

/** Whether a build mode carries the demo CRM's adapters (every mode but `production` and `org`). */
export function carriesDemoAdapters(mode: string): boolean {
  return mode !== 'production' && mode !== 'org';
}

/**
 * The built-in adapters of this build, tried after the user's and the organisation's own.
 *
 * @example
 * shippedAdapters; //=> [] in `pnpm build`, the demo CRM's three in `pnpm build:e2e`
 */
export const shippedAdapters: readonly CrmAdapter[] =
  import.meta.env.MODE !== 'production' && import.meta.env.MODE !== 'org' ? builtinAdapters : [];
