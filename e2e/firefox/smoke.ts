/**
 * Firefox smoke journey: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, with
 * the Firefox e2e build (`wxt build -b firefox --mv3 --mode e2e`) installed as a temporary add-on.
 * Countdown on a demo case, the side panel page, the options page. Run under the port-4310 lock:
 * `flock /tmp/e2e-4310.lock pnpm --filter @complaint-code/e2e firefox`.
 *
 * Host access: the e2e build lists the demo CRM in `host_permissions`, port-ful and port-less
 * (Firefox ignores ports when matching, see extension/lib/crm-origin.ts). Firefox grants an MV3
 * add-on's `host_permissions` at install (the install prompt lists them); a temporary add-on has no
 * prompt, and the journey checks the grant through `permissions.contains` rather than assuming it.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDemoCrm } from '../demo-crm/server.js';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const extensionDir = path.resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');
const addonId = 'complaint-code@complaint-code.example';
const today = '2026-11-24'; // Tuesday, as in the Chromium suite (fixtures.ts)
const port = 4310;
/** Generous: a 2-core machine shared with other jobs. Every wait is for a condition, never a sleep. */
const timeout = 60_000;

/** The bit of the WebExtension API the journey calls in the extension's own pages. */
declare const browser: {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`Firefox smoke: ${message}`);
}

async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout });
  check(handle !== null, `${selector} not found`);
  return (await handle.evaluate((element) => element.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

/** A port nobody listens on right now (another port on the demo CRM's host). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * Opens an extension page. Firefox loads moz-extension:// pages in the extension's own process and
 * puppeteer's BiDi navigation never sees them finish (the page renders, `goto` times out), so wait
 * for the page's own state instead of the navigation.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout }).catch(() => undefined);
  await page.waitForFunction((expected: string) => location.href === expected && document.readyState === 'complete', { timeout }, url);
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

async function main(): Promise<void> {
  check(existsSync(firefoxPath), `no Firefox at ${firefoxPath} (node scripts/setup.mjs installs Debian's firefox-esr)`);
  check(existsSync(path.join(extensionDir, 'manifest.json')), `no build in ${extensionDir}: run \`pnpm build:firefox:e2e\` first`);
  const started = Date.now();
  const uuid = randomUUID();
  const base = `moz-extension://${uuid}`;
  const crm = await startDemoCrm({ port, today });
  let firefox: Browser | undefined;
  try {
    const launched = await step('Firefox started', () =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        protocolTimeout: timeout,
        timeout,
        // Lets BiDi open and script moz-extension:// pages (privileged pages otherwise refuse it).
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          // A fixed internal UUID, so the extension's pages have a known address.
          'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
          'intl.locale.requested': 'en-GB',
        },
      }),
    );
    firefox = launched;
    const installed = await step('add-on installed', () => launched.installExtension(extensionDir));
    check(installed === addonId, `installed ${installed}, expected ${addonId}`);

    const options = await launched.newPage();
    await step('options page renders, demo CRM granted', async () => {
      await openExtensionPage(options, `${base}/options.html`);
      check((await textOf(options, 'h1')) === 'Complaint Code', 'options page heading');
      const granted = await options.evaluate(() =>
        browser.permissions.contains({ origins: ['http://localhost/*', 'http://localhost:4310/*'] }),
      );
      check(granted, 'the demo CRM origin is not granted');
      // The list shows the added origin with its port, not Firefox's port-less helper pattern.
      await options.waitForFunction(() => document.querySelector('ul[aria-label="CRM addresses"]')?.textContent?.includes('http://localhost:4310'), { timeout });
      const list = await textOf(options, 'ul[aria-label="CRM addresses"]');
      check(!/http:\/\/localhost(?!:)/.test(list), `the port-less helper is listed: ${list}`);
      // The e2e build's test-only "today" (extension/background/today.ts).
      await options.evaluate(async (value) => {
        await browser.storage.local.set({ 'e2e:today': value });
      }, today);
    });

    const page = await launched.newPage();
    await step('countdown on demo case HC-2026-0412', async () => {
      await page.goto(`${crm.url}/cases/HC-2026-0412`, { timeout });
      const badge = await page.waitForSelector('complaint-code-countdown >>> button.cc-badge', { timeout });
      check(badge !== null, 'no countdown badge');
      await page.waitForFunction(
        () => document.querySelector('complaint-code-countdown')?.shadowRoot?.querySelector('button.cc-badge')?.getAttribute('aria-label')?.includes('Mon 30 Nov'),
        { timeout },
      );
      const name = (await badge.evaluate((button) => button.getAttribute('aria-label') ?? '')).replace(/\s+/g, ' ');
      // Received Mon 23 Nov → Tue 24 (1) … Mon 30 Nov (5): the same hand-worked date as countdown.spec.ts.
      check(
        /^Complaint deadline: Stage 1 acknowledg\w*\s*,\s*due Mon 30 Nov 2026\s*,\s*4 working days left\s*,\s*On track$/.test(name),
        `badge reads "${name}"`,
      );
    });

    await step('the timeline\'s forms load on demand after a click', async () => {
      // content/on-demand: the background runs crm-on-demand.js in this frame, and it hands itself to the
      // content script through their shared isolated world (Firefox's content-script sandbox).
      await page.click('complaint-code-countdown >>> button.cc-badge');
      // Wait for the form, or for the overlay's own words on why it could not load; on a timeout, say
      // what the overlay showed (a CI run once timed out here with no clue; it never has locally).
      const outcome = await page
        .waitForFunction(
          () => {
            const root = document.querySelector('complaint-code-countdown')?.shadowRoot;
            if (root?.querySelector('form[aria-label="Correct a fact"]')) return 'form';
            const text = root?.textContent ?? '';
            return text.includes('could not be loaded') ? text : false;
          },
          { timeout },
        )
        .then(async (handle): Promise<string | false> => (await handle.jsonValue()) as string | false)
        .catch(() =>
          page.evaluate(() => {
            const root = document.querySelector('complaint-code-countdown')?.shadowRoot;
            return `timed out; badge aria-expanded=${root?.querySelector('button.cc-badge')?.getAttribute('aria-expanded')}; overlay reads "${(root?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 400)}"`;
          }),
        );
      check(outcome === 'form', `no "Correct a fact" form after opening the timeline: ${String(outcome)}`);
    });

    await step('no overlay on another port of the same host', async () => {
      const other = await startDemoCrm({ port: await freePort(), today });
      try {
        await page.goto(`${other.url}/cases/HC-2026-0412`, { timeout });
        await page.waitForSelector('#case-title, .case-head', { timeout });
        // The absence must hold long enough to mean something: load the granted port's page after
        // this one and wait for its badge, so this page had at least as long. (The built-in demo
        // adapters also name their port, so this guards the outcome; the content script's own port
        // gate, lib/crm-origin.ts isAddedOrigin, and the background's refusal are unit-tested.)
        const yardstick = await launched.newPage();
        await yardstick.goto(`${crm.url}/cases/HC-2026-0412`, { timeout });
        await yardstick.waitForSelector('complaint-code-countdown >>> button.cc-badge', { timeout });
        await yardstick.close();
        check((await page.$('complaint-code-countdown')) === null, `the overlay ran on ${other.url}`);
      } finally {
        await other.close();
      }
    });

    await step('side panel page renders', async () => {
      const panel = await launched.newPage();
      await openExtensionPage(panel, `${base}/sidepanel.html`);
      check((await textOf(panel, 'h1')) === 'Complaint Code', 'side panel heading');
      await panel.waitForFunction(() => document.body.textContent?.includes('24 November 2026'), { timeout });
      await panel.waitForFunction(() => document.body.textContent?.includes('HC-2026-0412'), { timeout });
    });
    console.log(`Firefox smoke journey passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await firefox?.close();
    await crm.close();
  }
}

await main();
// The pending `goto`s of openExtensionPage keep their timers: end now that the journey is done.
process.exit(0);
