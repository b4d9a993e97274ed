/**
 * Benchmark (not a test): what the overlay costs in real Chromium.
 *
 * 1. The production content script's size, gzipped (goal ≤ 40 KB, and no Dexie in it).
 * 2. The main-thread time the overlay adds to a case page load, per demo CRM page style (goal: no
 *    task over 50 ms, under 20 ms in total), measured three ways, with vs without the extension:
 *    - a DevTools trace: script events from `chrome-extension://` URLs (total), and the longest
 *      main-thread task that ran any of them;
 *    - `Performance.getMetrics` (ScriptDuration, TaskDuration…): the whole page, so the difference
 *      with/without includes layout and style work the overlay causes;
 *    - `PerformanceObserver('longtask')` in the page.
 *
 * Run: `pnpm build && pnpm build:e2e && pnpm --filter @complaint-code/e2e bench [-- --runs 7]`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { startDemoCrm } from '../demo-crm/server.js';
import { extensionWorker, launchWithExtension, setExtensionToday } from '../fixtures.js';
import { median, trace, type TraceEvent } from './trace.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'), // pnpm 10 passes a literal `--` through
  options: { runs: { type: 'string' }, quick: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs) || (values.quick ? 2 : 5));
const productionScripts = path.resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');
const today = '2026-11-24';
/** How long after `load` each run records: the SPA shows its fields up to 800 ms late. */
const settleMs = 2_000;

interface Run {
  extensionScriptMs: number;
  longestExtensionTaskMs: number;
  /** The same two on the thread's CPU clock (`tdur`): time the thread really ran, robust to a busy machine. */
  extensionScriptCpuMs: number;
  longestExtensionTaskCpuMs: number;
  longestTaskMs: number;
  /** Every top-level task on the case page's main thread, on that thread's CPU clock: the with/without difference is what the overlay adds, robust to a busy machine. */
  pageTaskCpuMs: number;
  scriptMs: number;
  taskMs: number;
  longTasks: number[];
}

async function contentScriptSize(): Promise<{ file: string; bytes: number; gzipped: number; hasDexie: boolean }[]> {
  const files = (await readdir(productionScripts)).filter((file) => file.endsWith('.js'));
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(productionScripts, file));
      return { file, bytes: source.length, gzipped: gzipSync(source, { level: 9 }).length, hasDexie: /dexie/i.test(source.toString('utf8')) };
    }),
  );
}

/** Sums top-level (not nested) complete events, per thread, on the wall clock or the thread's CPU clock. */
function topLevelTotal(events: TraceEvent[], clock: 'dur' | 'tdur' = 'dur'): number {
  let total = 0;
  const coveredUntil = new Map<string, number>();
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    const key = `${event.pid}:${event.tid}`;
    const end = event.ts + (event.dur ?? 0);
    if (event.ts < (coveredUntil.get(key) ?? 0)) continue;
    total += event[clock] ?? 0;
    coveredUntil.set(key, end);
  }
  return total / 1000;
}

function analyse(
  events: TraceEvent[],
  pageUrl: string,
): Pick<Run, 'extensionScriptMs' | 'longestExtensionTaskMs' | 'extensionScriptCpuMs' | 'longestExtensionTaskCpuMs' | 'longestTaskMs' | 'pageTaskCpuMs'> {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const fromExtension = onMain.filter((e) => e.name !== 'RunTask' && e.args?.data?.url?.startsWith('chrome-extension://'));
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  // The case page's renderer: the main thread that parsed its HTML (other tabs and extension pages excluded).
  const origin = new URL(pageUrl).origin;
  const pageThreads = new Set(
    onMain.filter((e) => e.name === 'ParseHTML' && String((e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url ?? '').startsWith(origin)).map((e) => `${e.pid}:${e.tid}`),
  );
  const extensionTasks = tasks.filter((task) =>
    fromExtension.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0)),
  );
  return {
    extensionScriptMs: topLevelTotal(fromExtension),
    longestExtensionTaskMs: Math.max(0, ...extensionTasks.map((t) => (t.dur ?? 0) / 1000)),
    extensionScriptCpuMs: topLevelTotal(fromExtension, 'tdur'),
    longestExtensionTaskCpuMs: Math.max(0, ...extensionTasks.map((t) => (t.tdur ?? 0) / 1000)),
    longestTaskMs: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
    pageTaskCpuMs: topLevelTotal(tasks.filter((task) => pageThreads.has(`${task.pid}:${task.tid}`)), 'tdur'),
  };
}

async function measure(context: BrowserContext, url: string, expectBadge: boolean): Promise<Run> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: number[] = [];
    Object.assign(window, { __longTasks: seen });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const events = await trace(session, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
  });
  if (expectBadge && (await page.locator('complaint-code-countdown').count()) === 0) {
    throw new Error(`No overlay on ${url}: is the e2e build current?`);
  }
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  return { ...analyse(events, url), scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), longTasks };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const sizes = await contentScriptSize().catch(() => []);
console.log('Content script (production build, .output/chrome-mv3/content-scripts):');
if (sizes.length === 0) console.log('  not built: run `pnpm build` first');
for (const size of sizes) {
  console.log(`  ${size.file}: ${(size.bytes / 1024).toFixed(1)} KB, ${(size.gzipped / 1024).toFixed(1)} KB gzipped (goal ≤ 40 KB); Dexie in it: ${size.hasDexie ? 'YES' : 'no'}`);
}

const crm = await startDemoCrm({ today });
const pages = {
  classic: `${crm.url}/cases/HC-2026-0463`,
  spa: `${crm.url}/app/cases/HC-2026-0429`,
  dynamics: `${crm.url}/dyn/main.aspx?appid=c0de2024-0000-4c0d-a000-00000000c0de&pagetype=entityrecord&etn=incident&id=${crm.complaints.find((c) => c.reference === 'HC-2026-0497')?.id}`,
};
const results: Record<string, { with: Run[]; without: Run[] }> = {};
try {
  // Both browsers at once, runs interleaved (without, with, without, …): a shared machine's load
  // changes by the minute, and the with/without difference must not be a difference in load.
  const off = await launchWithExtension({ extension: false });
  const on = await launchWithExtension();
  try {
    await setExtensionToday(await extensionWorker(on), today);
    for (const [style, url] of Object.entries(pages)) {
      await measure(off, url, false); // warm-up: caches, first compile
      await measure(on, url, true);
      const entry = (results[style] ??= { with: [], without: [] });
      for (let run = 0; run < runs; run += 1) {
        entry.without.push(await measure(off, url, false));
        entry.with.push(await measure(on, url, true));
      }
    }
  } finally {
    await on.close();
    await off.close();
  }
} finally {
  await crm.close();
}

console.log(`\nCase page load, median of ${runs} runs after a warm-up, with and without interleaved (Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}):`);
// Timings scale with how busy the machine is: say so beside them.
console.log(`  machine: ${availableParallelism()} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
for (const [style, { with: on, without: off }] of Object.entries(results)) {
  const pick = (list: Run[], key: keyof Omit<Run, 'longTasks'>) => median(list.map((run) => run[key]));
  console.log(`  ${style}:`);
  console.log(`    extension script on the main thread (trace): ${ms(pick(on, 'extensionScriptMs'))} total; longest task running it: ${ms(pick(on, 'longestExtensionTaskMs'))} (max over runs ${ms(Math.max(...on.map((r) => r.longestExtensionTaskMs)))})`);
  console.log(`    the same on the main thread's CPU clock: ${ms(pick(on, 'extensionScriptCpuMs'))} total; longest task running it: ${ms(pick(on, 'longestExtensionTaskCpuMs'))} (max ${ms(Math.max(...on.map((r) => r.longestExtensionTaskCpuMs)))})`);
  console.log(`    whole page script time: ${ms(pick(off, 'scriptMs'))} without → ${ms(pick(on, 'scriptMs'))} with (+${ms(pick(on, 'scriptMs') - pick(off, 'scriptMs'))})`);
  console.log(`    whole page task time:   ${ms(pick(off, 'taskMs'))} without → ${ms(pick(on, 'taskMs'))} with (+${ms(pick(on, 'taskMs') - pick(off, 'taskMs'))})`);
    console.log(`    the same on the page's main-thread CPU clock (trace): ${ms(pick(off, 'pageTaskCpuMs'))} without → ${ms(pick(on, 'pageTaskCpuMs'))} with (+${ms(pick(on, 'pageTaskCpuMs') - pick(off, 'pageTaskCpuMs'))}; goal < 20 ms added)`);
  console.log(`    longest main-thread task: ${ms(pick(off, 'longestTaskMs'))} without, ${ms(pick(on, 'longestTaskMs'))} with; long tasks (>50 ms) seen by the page: ${on.flatMap((r) => r.longTasks).length} with vs ${off.flatMap((r) => r.longTasks).length} without`);
}
