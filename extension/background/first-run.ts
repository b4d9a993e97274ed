/**
 * @module extension/background/first-run
 *
 * Whether to open the first-run page: on a fresh install only (not on update or a browser
 * update), and never in the e2e build, whose every journey starts a fresh install and expects
 * its first tab to be its own (e2e/tests/onboarding.spec.ts opens the page itself).
 */

/**
 * @example
 * shouldOpenOnboarding('install', 'production'); //=> true
 * shouldOpenOnboarding('update', 'production'); //=> false
 * shouldOpenOnboarding('install', 'e2e'); //=> false
 */
export function shouldOpenOnboarding(reason: string, mode: string): boolean {
  return reason === 'install' && mode !== 'e2e';
}
