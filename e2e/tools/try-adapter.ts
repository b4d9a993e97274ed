// An admin's trial of hand-written adapters (docs/adapter-trials/*.json): import each through the
// options page's paste control, open its case page on http://127.0.0.1:4310 (not covered by the
// built-in adapters), screenshot the countdown and, where there is a reply editor, the checklist.
// Run (demo CRM already on 4310, --today 2026-11-24):
//   cd e2e && node --import tsx tools/try-adapter.ts [trial ...]
import { chromium, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const root = resolve(import.meta.dirname, '../..');
const ext = resolve(root, '.output/chrome-mv3-e2e');
const dir = resolve(root, 'docs/adapter-trials');
const shots = resolve(dir, 'shots');
mkdirSync(shots, { recursive: true });
const B = 'http://127.0.0.1:4310';

type Trial = { url: string; editor?: (p: Page) => Promise<Record<string, unknown>>; tabs?: string[] };
const frameOf = (p: Page, [first, ...rest]: [string, ...string[]]) => rest.reduce((f, s) => f.frameLocator(s), p.frameLocator(first));
const checklists = async (f: Page | Frame) =>
  f.evaluate(() =>
    [...document.querySelectorAll('complaint-code-checklist')].map((h) => ({
      editor: h.getAttribute('data-editor'),
      inFrame: h.hasAttribute('data-in-frame'),
      after: (h.previousElementSibling as HTMLElement | null)?.outerHTML.slice(0, 90),
      status: h.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null,
    })),
  );
const DRAFT = 'Dear Mrs Okafor, thank you for your complaint. We have partially upheld it. ';

const trials: Record<string, Trial> = {
  d365: { url: '/d365/main.aspx?appid=5f1c0d2e-7a31-4b8e-9d0c-3e2f1a6b8c4d&pagetype=entityrecord&etn=incident&id=d971efa2-80ce-66ab-c7e3-c1888b3bad09' },
  desk: { url: '/desk/agent/workspace', tabs: ['HC-2026-0480: Noise', 'HC-2026-0548: Repairs'] },
  hub: { url: '/hub/complaints/10000463' },
  govuk: { url: '/govuk/cases/HC-2026-0463' },
  lightning: {
    url: '/lightning/r/Case/500d971efa280ce66a/view',
    editor: async (p) => {
      const body = frameOf(p, ['iframe[title="CK Editor Container"]', 'iframe[title="Email Body"]']).locator('body.cke_editable');
      await body.click();
      await p.keyboard.type(DRAFT);
      await p.waitForTimeout(2500);
      return { afterTypingReply: await checklists(p) };
    },
  },
  servicenow: {
    url: '/sn/nav_to.do?uri=x_hh_complaint.do%3Fsys_id%3Dd971efa280ce66abc7e3c1888b3bad09',
    editor: async (p) => {
      const f = p.frame({ name: 'gsft_main' });
      if (!f) throw new Error('no gsft_main frame');
      await f.locator('#activity-stream-work_notes-textarea').fill('');
      await f.locator('#activity-stream-work_notes-textarea').pressSequentially('Internal: ' + DRAFT);
      await p.waitForTimeout(2000);
      const afterNote = await checklists(f);
      await f.locator('#activity-stream-comments-textarea').pressSequentially(DRAFT);
      await p.waitForTimeout(2500);
      return { afterTypingNote: afterNote, afterTypingReply: await checklists(f) };
    },
  },
  helpdesk: {
    url: '/helpdesk/conversation/HC-2026-0412',
    editor: async (p) => {
      await p.locator('.conv-note-block .note-editable').click();
      await p.keyboard.type('Internal: ' + DRAFT);
      await p.waitForTimeout(2000);
      const afterNote = await checklists(p);
      await p.getByRole('button', { name: 'Reply' }).click();
      await p.locator('.conv-reply-block .note-editable').click();
      await p.keyboard.type(DRAFT);
      await p.waitForTimeout(2500);
      return { afterTypingNote: afterNote, afterTypingReply: await checklists(p) };
    },
  },
};

async function badge(p: Page) {
  await p.waitForTimeout(1500);
  for (let i = 0; i < 40; i++) {
    for (const f of p.frames()) {
      const r = await f
        .evaluate(() => {
          const h = document.querySelector('complaint-code-countdown');
          if (!h) return null;
          const b = h.shadowRoot?.querySelector('button[aria-label^="Complaint deadline:"]');
          const probs = [...(h.shadowRoot?.querySelectorAll('li') ?? [])].map((l) => l.textContent?.trim()).filter(Boolean);
          return { state: h.getAttribute('data-state'), label: b?.getAttribute('aria-label') ?? null, frame: location.pathname, after: (h.previousElementSibling as HTMLElement | null)?.outerHTML.slice(0, 90), panelItems: probs.slice(0, 12) };
        })
        .catch(() => null);
      if (r && r.state !== 'reading') return r;
    }
    await p.waitForTimeout(250);
  }
  return 'no countdown after 10 s';
}

async function main() {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(trials);
  const ctx: BrowserContext = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  await sw.evaluate(() => chrome.storage.local.set({ 'e2e:today': '2026-11-24' }));
  const results: Record<string, unknown> = {};
  for (const name of names) {
    const t = trials[name];
    if (!t) throw new Error(`no trial ${name}`);
    const json = readFileSync(resolve(dir, `${name}.json`), 'utf8');
    const adapterName = JSON.parse(json).name as string;
    const opt = await ctx.newPage();
    await opt.goto(`chrome-extension://${id}/options.html`);
    await opt.getByRole('textbox', { name: 'Or paste adapter JSON' }).fill(json);
    await opt.getByRole('button', { name: 'Import pasted JSON' }).click();
    await opt.waitForTimeout(800);
    const messages = await opt.locator('[role="status"], [role="alert"]').allInnerTexts();
    const imported = (await opt.getByRole('button', { name: `Export ${adapterName}` }).count()) > 0;
    await opt.screenshot({ path: resolve(shots, `${name}-options.png`), fullPage: true });
    await opt.close();
    const p = await ctx.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(B + t.url);
    const r: Record<string, unknown> = { imported, messages: messages.map((m) => m.trim()).filter(Boolean), countdown: await badge(p) };
    await p.screenshot({ path: resolve(shots, `${name}-countdown.png`), fullPage: true });
    if (t.tabs) {
      const other: unknown[] = [];
      for (const tab of t.tabs) {
        await p.getByRole('tab', { name: tab }).click();
        await p.waitForTimeout(1500);
        other.push({ tab, countdown: await badge(p) });
        await p.screenshot({ path: resolve(shots, `${name}-${tab.slice(0, 12)}.png`), fullPage: true });
      }
      r.tabs = other;
    }
    if (t.editor) {
      r.editor = await t.editor(p);
      await p.screenshot({ path: resolve(shots, `${name}-checklist.png`), fullPage: true });
    }
    r.pageErrors = errors;
    results[name] = r;
    console.log(name, JSON.stringify(r, null, 1));
    await p.close();
  }
  writeFileSync(resolve(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  await ctx.close();
}
await main();
