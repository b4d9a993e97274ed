/**
 * @module extension/content/shadow-mode
 *
 * Every UI we mount in a CRM page lives in a closed shadow root, so a page script cannot read what
 * it shows (a case's corrections, the officer's letters) or reach its controls. The one exception is
 * the Playwright build (`--mode e2e`), where the existing journeys and axe need to look inside: it
 * is a test hook like `e2e:today`, compiled out of every other build. The hostile-page journey loads
 * `--mode e2e-hostile`, which is closed like production.
 */

/**
 * The shadow-root mode for a build mode.
 *
 * @example
 * shadowRootMode('production'); //=> 'closed'
 * shadowRootMode('e2e'); //=> 'open'
 */
export function shadowRootMode(mode: string = import.meta.env.MODE): ShadowRootMode {
  return mode === 'e2e' ? 'open' : 'closed';
}
