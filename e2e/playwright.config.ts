// The e2e suite: real Chromium (Debian's), the e2e build of the extension, the demo CRM with a fixed
// "today". Build first: `pnpm build:e2e`, then `pnpm exec playwright test -c e2e/playwright.config.ts`.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath, demoCrmPort, demoToday } from './fixtures.js';

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests',
  outputDir: '../test-results/e2e',
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // One machine, one browser at a time: the extension's storage is per profile, and CPUs are few.
  workers: 1,
  reporter: 'list',
  // Generous: a shared 2-core CI runner can be slow to start Chromium and run axe.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${demoCrmPort}`,
    // CI only: locally several people may run suites at once, and each run empties outputDir.
    trace: ci ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // For specs that use the plain `page` (no extension); the extension fixtures launch their own.
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    // The data are placed relative to this fixed today, so the expected dates below never move.
    command: `node --conditions=source --import tsx demo-crm/main.ts --today ${demoToday} --port ${demoCrmPort}`,
    cwd: import.meta.dirname,
    url: `http://127.0.0.1:${demoCrmPort}/healthz`,
    // A server left running could have another today: reuse only when asked (debugging).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    // Generous: a shared 2-core CI runner can be slow to start Chromium and run axe.
  timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
