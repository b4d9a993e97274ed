import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The extension's unit tests: WXT's plugin swaps `wxt/browser` for an in-memory fake browser
// (`fakeBrowser.reset()` in beforeEach) and defines `import.meta.env` as in a build.
// DOM tests opt in per file with `/** @vitest-environment happy-dom */`.
const conditions = ['source'];

export default defineProject({
  plugins: [WxtVitest()],
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    name: 'extension',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.{ts,tsx}'],
  },
});
