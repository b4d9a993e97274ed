// Probes for the adapter trials: import each file (paste), report the options page's message, and
// (when a URL is given) what the countdown says there. Finally dump the facts the extension stored.
//   cd e2e && node --import tsx tools/try-probe.ts file.json[=url] ...
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const ext = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const ctx = await chromium.launchPersistentContext('', {
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const id = new URL(sw.url()).host;
await sw.evaluate(() => chrome.storage.local.set({ 'e2e:today': '2026-11-24' }));
for (const arg of process.argv.slice(2)) {
  const [file = '', ...rest] = arg.split('=');
  const url = rest.join('=');
  const opt = await ctx.newPage();
  await opt.goto(`chrome-extension://${id}/options.html`);
  await opt.getByRole('textbox', { name: 'Or paste adapter JSON' }).fill(readFileSync(file, 'utf8'));
  await opt.getByRole('button', { name: 'Import pasted JSON' }).click();
  await opt.waitForTimeout(800);
  console.log('##', file, '\n  import:', JSON.stringify((await opt.locator('[role="status"], [role="alert"]').allInnerTexts()).filter((s) => s.trim())));
  await opt.close();
  if (!url) continue;
  const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4310' + url + (url.includes('?') ? '&' : '?') + 'probe=' + Date.now());
  await p.waitForTimeout(5500);
  const r = await p.evaluate(() => {
    const h = document.querySelector('complaint-code-countdown');
    return h && { state: h.getAttribute('data-state'), label: h.shadowRoot?.querySelector('button')?.getAttribute('aria-label'),
      region: h.shadowRoot?.querySelector('[role="region"]')?.getAttribute('aria-label'),
      problems: [...(h.shadowRoot?.querySelectorAll('li') ?? [])].map((l) => l.textContent?.trim()).filter((t) => !t?.includes('provision')) };
  });
  console.log('  page:', JSON.stringify(r, null, 1));
  await p.screenshot({ path: resolve(import.meta.dirname, '../../docs/adapter-trials/shots', 'probe-' + (file.split('/').pop() ?? file).replace('.json', '.png')), fullPage: true });
  await p.close();
}
if (process.env.DUMP) {
  const opt = await ctx.newPage();
  await opt.goto(`chrome-extension://${id}/options.html`);
  const rows = await opt.evaluate(() => new Promise((ok) => {
    const req = indexedDB.open('complaint-code');
    req.onsuccess = () => { const all = req.result.transaction('cases').objectStore('cases').getAll(); all.onsuccess = () => ok(all.result); };
  }));
  console.log(JSON.stringify(rows, null, 1));
}
await ctx.close();
