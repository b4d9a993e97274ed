// @ts-check
// StrykerJS over the SDK's calendar, timeline and letter checks and the extension's store and message
// handling. Run with `pnpm mutation [scope…]` (scripts/mutation.mjs sets MUTATION_SCOPE); not part of `pnpm test`.
import { scopes } from './mutation/scopes.mjs';

const name = process.env.MUTATION_SCOPE ?? '';
const scope = scopes[name];
if (!scope) throw new Error(`MUTATION_SCOPE must be one of ${Object.keys(scopes).join(', ')}; got "${name}"`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'mutation/vitest.config.ts', related: false },
  mutate: scope.mutate,
  // Two cores shared by several people: one test runner at a time.
  concurrency: 1,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `mutation/${name}.incremental.json`,
  // Only what the tests need in the sandbox (not e2e, builds or reports).
  ignorePatterns: ['e2e', '.output', '.wxt', 'demo-output', 'test-results', 'reports', 'sdk/dist'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
