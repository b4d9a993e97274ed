/**
 * Playwright fixtures: a persistent Chromium context with the e2e build of the extension loaded,
 * its service worker and id, and the extension's test-only "today" set before any page loads.
 */
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtinAdapters } from '@complaint-code/shared';

/** The fixed "today" of the suite: Tuesday 24 November 2026. Expected dates are worked out by hand from it. */
export const demoToday = '2026-11-24';
export const demoCrmPort = 4310;
export const demoCrmUrl = `http://localhost:${demoCrmPort}`;

/** `pnpm build:e2e` writes here (see extension/README.md). */
export const extensionPath = path.resolve(import.meta.dirname, '../.output/chrome-mv3-e2e');
/**
 * `pnpm build` (the shipped build) writes here. The hostile-page journey loads it, because only it
 * has what a page meets in real life: closed shadow roots and no test hooks.
 */
export const productionExtensionPath = path.resolve(import.meta.dirname, '../.output/chrome-mv3');

/** Which build a journey loads: the e2e build (test hooks, open shadow roots) or the shipped one. */
export type ExtensionBuild = 'e2e' | 'production';
const buildPaths: Record<ExtensionBuild, string> = { e2e: extensionPath, production: productionExtensionPath };
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium in containers and CI: no sandbox, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Chromium with the extension (used by the fixtures, the demo and the benchmark). */
export async function launchWithExtension(options: { headless?: boolean; extension?: string | false } = {}): Promise<BrowserContext> {
  const extension = options.extension ?? extensionPath;
  if (extension && !existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`No built extension in ${extension}: run \`pnpm build:e2e\` first.`);
  }
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    args: [...chromiumArgs, ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [])],
  });
}

/** The extension's service worker, waiting for it if it has not started yet. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return running ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** The bit of the extension API the fixtures call inside the service worker. */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/**
 * Sets the e2e build's "today" (`chrome.storage.local['e2e:today']`); pages loaded afterwards use it.
 * An MV3 service worker may be stopped between two calls: then wake the new one and try again.
 */
export async function setExtensionToday(worker: Worker, today: string, context?: BrowserContext): Promise<void> {
  const set = (target: Worker) =>
    target.evaluate(async (value) => {
      await chrome.storage.local.set({ 'e2e:today': value });
    }, today);
  try {
    await set(worker);
  } catch (error) {
    if (!context || !/closed/i.test(String(error))) throw error;
    await set(await extensionWorker(context));
  }
}

/**
 * A throwaway copy of the e2e build. When a journey needs host access the build lacks, the copy's
 * manifest also lists those `origins` (test-only, like the build's own pre-granted demo origin),
 * so the options page's `permissions.request` resolves without a prompt Playwright cannot click.
 */
async function extensionWith(origins: string[], build: ExtensionBuild = 'e2e'): Promise<{ dir: string; cleanUp: () => Promise<void> }> {
  const built = buildPaths[build];
  if (!existsSync(path.join(built, 'manifest.json'))) {
    throw new Error(`No built extension in ${built}: run \`pnpm ${build === 'e2e' ? 'build:e2e' : 'build'}\` first.`);
  }
  const manifest = JSON.parse(await readFile(path.join(built, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  const missing = origins.filter((origin) => !manifest.host_permissions?.includes(origin));
  // Always a copy: a rebuild of .output during the run (`pnpm build:e2e` in another terminal)
  // must not swap files under a running browser.
  const dir = await mkdtemp(path.join(tmpdir(), 'complaint-code-e2e-'));
  await cp(built, dir, { recursive: true });
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...missing];
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, cleanUp: () => rm(dir, { recursive: true, force: true }) };
}

export const test = base.extend<{ context: BrowserContext; serviceWorker: Worker; extensionId: string; grantedOrigins: string[]; build: ExtensionBuild }>({
  /** Extra host permissions a journey needs granted up front (see extensionWith). */
  grantedOrigins: [[], { option: true }],
  /** The build to load; the shipped one gets the demo CRM's origins granted the same way. */
  build: ['e2e', { option: true }],
  context: async ({ grantedOrigins, build }, use) => {
    const extension = await extensionWith(build === 'production' ? [...grantedOrigins, `${demoCrmUrl}/*`] : grantedOrigins, build);
    const context = await launchWithExtension({ headless: !process.env.HEADED, extension: extension.dir });
    const worker = await extensionWorker(context);
    await setExtensionToday(worker, demoToday, context);
    // The shipped build carries no demo adapters (demo and e2e builds only): journeys on it start
    // with them saved as the officer's own, as an admin's import would leave them.
    if (build === 'production') await worker.evaluate(async (adapters) => chrome.storage.local.set({ settings: { adapters } }), builtinAdapters);
    await use(context);
    await context.close();
    await extension.cleanUp();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    const id = new URL(serviceWorker.url()).host;
    await use(id);
  },
  page: async ({ context }, use) => {
    // Reuse the first tab rather than leave an empty one open beside the test's.
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export const expect = test.expect;
