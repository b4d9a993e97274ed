// The Vitest config Stryker runs: one project (the SDK's or the extension's), only the scope's tests.
// MUTATION_SCOPE is set by scripts/mutation.mjs and inherited by Stryker's test-runner processes.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { scopes } from './scopes.mjs';

const name = process.env.MUTATION_SCOPE ?? '';
const scope = scopes[name];
if (!scope) throw new Error(`MUTATION_SCOPE must be one of ${Object.keys(scopes).join(', ')}; got "${name}"`);
const conditions = ['source'];
const root = new URL(`../${scope.project}/`, import.meta.url).pathname;

export default defineConfig(
  scope.project === 'extension'
    ? {
        plugins: [WxtVitest()],
        resolve: { conditions },
        ssr: { resolve: { conditions, externalConditions: conditions } },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: { root, environment: 'node', include: scope.tests },
      }
    : {
        resolve: { conditions },
        ssr: { resolve: { conditions, externalConditions: conditions } },
        test: { root, environment: 'node', include: scope.tests },
      },
);
