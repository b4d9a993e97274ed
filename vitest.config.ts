import { defineConfig } from 'vitest/config';

// One config, one project per package. Workspace packages resolve to their TypeScript source.
const conditions = ['source'];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions },
        ssr: { resolve: { conditions, externalConditions: conditions } },
        test: { name: 'sdk', root: './sdk', environment: 'node', include: ['src/**/*.test.ts', 'examples/**/*.test.ts'] },
      },
      {
        resolve: { conditions },
        ssr: { resolve: { conditions, externalConditions: conditions } },
        test: { name: 'shared', root: './shared', environment: 'node', include: ['src/**/*.test.ts'] },
      },
      // The extension's project lives beside its code (WXT's Vitest plugin, happy-dom where needed).
      './extension/vitest.config.ts',
    ],
  },
});
