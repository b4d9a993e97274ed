/**
 * Profile (not a test, not a benchmark): where the overlay's added main-thread time goes on one demo
 * CRM case page. Loads the page with and without the extension, interleaved, and prints:
 * - the page main thread's time by trace event (top-level events inside each task, on the thread's
 *   CPU clock), with vs without, so the difference shows layout, style, compile and script apart;
 * - the V8 CPU profile's self time of the extension's functions (`--cpu`), by source position
 *   (`--map <crm.js.map>`: the positions are printed as the original file and line).
 *
 * Run (under the port-4310 lock): `pnpm build:e2e && pnpm --filter @complaint-code/e2e exec node
 * --conditions=source --import tsx bench/overlay-profile.ts [-- --page classic --runs 5 --cpu]`.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession } from '@playwright/test';
import { startDemoCrm } from '../demo-crm/server.js';
import { extensionWorker, launchWithExtension, setExtensionToday } from '../fixtures.js';
import { median, trace, type TraceEvent } from './trace.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { page: { type: 'string', default: 'classic' }, runs: { type: 'string', default: '5' }, cpu: { type: 'boolean', default: false }, map: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs) || 5);
const today = '2026-11-24';
const settleMs = 2_000;

/** Self time (ms) a top-level event of each name takes inside the page's tasks, on the CPU clock. */
function byEvent(events: TraceEvent[], origin: string): Map<string, number> {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const pageThreads = new Set(
    onMain.filter((e) => e.name === 'ParseHTML' && String((e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url ?? '').startsWith(origin)).map((e) => `${e.pid}:${e.tid}`),
  );
  const totals = new Map<string, number>();
  const add = (name: string, us: number) => totals.set(name, (totals.get(name) ?? 0) + us / 1000);
  for (const thread of pageThreads) {
    const mine = onMain.filter((e) => `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    // Direct children of each RunTask; what a task spends outside them is its own "(task)" time.
    let task: TraceEvent | undefined;
    let childUntil = 0;
    let childTotal = 0;
    const closeTask = () => {
      if (task) add('(task, outside events)', Math.max(0, (task.tdur ?? 0) - childTotal));
    };
    for (const event of mine) {
      if (event.name === 'RunTask') {
        if (task && event.ts < task.ts + (task.dur ?? 0)) continue; // nested task
        closeTask();
        task = event;
        childUntil = 0;
        childTotal = 0;
        continue;
      }
      if (!task || event.ts >= task.ts + (task.dur ?? 0) || event.ts < childUntil) continue;
      const url = event.args?.data?.url ?? '';
      const name = url.startsWith('chrome-extension://') ? `${event.name} [extension]` : event.name;
      add(name, event.tdur ?? 0);
      childTotal += event.tdur ?? 0;
      childUntil = event.ts + (event.dur ?? 0);
    }
    closeTask();
  }
  return totals;
}

/** The two functions of `@jridgewell/trace-mapping` used here. */
interface TraceMapping {
  TraceMap: new (map: string) => object;
  originalPositionFor(map: object, position: { line: number; column: number }): { source: string | null; line: number | null; name: string | null };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

async function load(context: BrowserContext, url: string, cpu: boolean) {
  const page = await context.newPage();
  const session: CDPSession = await context.newCDPSession(page);
  if (cpu) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
  }
  const events = await trace(session, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
  });
  const self = new Map<string, number>();
  if (cpu) {
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const frame = nodes.get(id)?.callFrame;
      if (!frame?.url.startsWith('chrome-extension://')) return;
      const key = `${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber} ${frame.functionName || '(anonymous)'}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
  await page.close();
  return { events: byEvent(events, new URL(url).origin), self };
}

const crm = await startDemoCrm({ today });
const pages: Record<string, string> = {
  classic: `${crm.url}/cases/HC-2026-0463`,
  spa: `${crm.url}/app/cases/HC-2026-0429`,
  dynamics: `${crm.url}/dyn/main.aspx?appid=c0de2024-0000-4c0d-a000-00000000c0de&pagetype=entityrecord&etn=incident&id=${crm.complaints.find((c) => c.reference === 'HC-2026-0497')?.id}`,
};
const url = pages[values.page] ?? `${crm.url}/cases/HC-2026-0463`;
const withRuns: Map<string, number>[] = [];
const withoutRuns: Map<string, number>[] = [];
const self = new Map<string, number[]>();
const on = await launchWithExtension();
const off = await launchWithExtension({ extension: false });
try {
  await setExtensionToday(await extensionWorker(on), today);
  await load(on, url, false);
  await load(off, url, false);
  for (let run = 0; run < runs; run += 1) {
    withoutRuns.push((await load(off, url, false)).events);
    const result = await load(on, url, values.cpu);
    withRuns.push(result.events);
    for (const [key, ms] of result.self) self.set(key, [...(self.get(key) ?? []), ms]);
  }
} finally {
  await on.close();
  await off.close();
  await crm.close();
}

const names = new Set([...withRuns, ...withoutRuns].flatMap((m) => [...m.keys()]));
const rows = [...names].map((name) => {
  const w = median(withRuns.map((m) => m.get(name) ?? 0));
  const wo = median(withoutRuns.map((m) => m.get(name) ?? 0));
  return { name, w, wo, diff: w - wo };
});
rows.sort((a, b) => b.diff - a.diff);
const total = (list: Map<string, number>[]) => median(list.map((m) => [...m.values()].reduce((sum, v) => sum + v, 0)));
console.log(`${values.page}: page main thread, median of ${runs} runs (CPU ms): ${total(withoutRuns).toFixed(1)} without → ${total(withRuns).toFixed(1)} with`);
console.log('  event                                         without     with    added');
for (const row of rows.filter((r) => Math.abs(r.diff) >= 0.2 || r.w >= 1)) {
  console.log(`  ${row.name.padEnd(44)} ${row.wo.toFixed(1).padStart(8)} ${row.w.toFixed(1).padStart(8)} ${(row.diff >= 0 ? '+' : '') + row.diff.toFixed(1).padStart(7)}`);
}
if (values.cpu) {
  let resolve: (key: string) => string = (key) => key;
  if (values.map) {
    // `@jridgewell/trace-mapping` (Vite's dependency, not the e2e package's): CC_TRACE_MAPPING names its entry file.
    const { TraceMap, originalPositionFor } = (await import(process.env.CC_TRACE_MAPPING ?? '@jridgewell/trace-mapping')) as TraceMapping;
    const map = new TraceMap(await readFile(values.map, 'utf8'));
    resolve = (key) => {
      const [, line, column, name] = /:(\d+):(\d+) (.*)$/.exec(key) ?? [];
      const original = originalPositionFor(map, { line: Number(line) + 1, column: Number(column) });
      return original.source ? `${original.source.replace(/^.*?(extension|node_modules)\//, '$1/')}:${original.line} ${original.name ?? name}` : key;
    };
  }
  const byFunction = new Map<string, number>();
  for (const [key, list] of self) {
    const name = resolve(key);
    byFunction.set(name, (byFunction.get(name) ?? 0) + list.reduce((sum, v) => sum + v, 0) / runs);
  }
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(`\n  extension self time (CPU profile, mean of ${runs} runs): ${[...byFunction.values()].reduce((s, v) => s + v, 0).toFixed(1)} ms`);
  for (const [name, ms] of top) console.log(`  ${ms.toFixed(2).padStart(7)} ms  ${name}`);
}
