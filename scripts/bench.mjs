// `pnpm bench [--quick] [name…]`: builds the SDK, then runs every benchmark script `sdk/bench/*.ts`
// and the real-Chromium ones in `e2e/bench` (`sidepanel`, `overlay`), or only the named ones
// (e.g. `pnpm bench report sidepanel`), and prints each one's figures beside its hand-written floor
// (same run, interleaved) with the ratio. `--quick` runs smaller sizes and fewer rounds, for iteration.
// Benchmarks are scripts, not timed tests: they report numbers and never make `pnpm test` flaky.
// The Chromium benchmarks start the demo CRM on port 4310, which other work on the machine shares:
// they run under `flock /tmp/e2e-4310.lock` (set CC_BENCH_LOCK to another path to change it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pnpm, pnpmCommand, root } from './lib.mjs';

const benchDir = path.join(root, 'sdk/bench');
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const quick = args.includes('--quick');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const E2E = { sidepanel: 'sidepanel-perf.ts', overlay: 'overlay-perf.ts' };
const scripts = readdirSync(benchDir)
  // Helpers live in subfolders or start with `_` (or `.`); every other top-level .ts file is a benchmark.
  .filter((name) => name.endsWith('.ts') && !/^[_.]/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(path.basename(name, '.ts')))
  .sort();
const e2e = Object.keys(E2E).filter((name) => wanted.length === 0 || wanted.includes(name));

if (scripts.length === 0 && e2e.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')} (sdk/bench/*.ts, or ${Object.keys(E2E).join(', ')}).`);
  process.exit(1);
}
console.log(`bench: load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} (1 / 5 / 15 min); floors run interleaved with the product, so ratios are steadier than times`);

const { command, prefix } = pnpmCommand();
const failed = [];
function runOne(label, argv, options = {}) {
  console.log(`\n== ${label} ==`);
  const started = Date.now();
  // One at a time: the machine is shared and parallel runs would skew each other's figures.
  const result = spawnSync(argv[0], argv.slice(1), { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) failed.push(`${label} (exit ${result.status ?? result.signal})`);
  console.log(`(${label}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (scripts.length > 0) pnpm(['--filter', '@complaint-code/sdk', 'run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
for (const script of scripts) {
  runOne(script, [command, ...prefix, 'exec', 'tsx', '--conditions=source', path.join('sdk/bench', script), ...(quick && script === 'report.ts' ? ['--quick'] : [])]);
}

if (e2e.length > 0) {
  const lock = process.env.CC_BENCH_LOCK ?? '/tmp/e2e-4310.lock';
  const flock = existsSync('/usr/bin/flock') ? ['/usr/bin/flock', lock] : [];
  // Both builds: the overlay bench reads the production content script's size, the runs use the e2e build.
  runOne('build (production + e2e)', [...flock, 'sh', '-c', `${[command, ...prefix].join(' ')} build >/dev/null && ${[command, ...prefix].join(' ')} build:e2e >/dev/null`]);
  for (const name of e2e) {
    runOne(name, [...flock, command, ...prefix, '--filter', '@complaint-code/e2e', 'exec', 'node', '--conditions=source', '--import', 'tsx', `bench/${E2E[name]}`, ...(quick ? ['--quick'] : [])]);
  }
}

if (failed.length > 0) {
  console.error(`\n✗ ${failed.length} benchmark(s) failed: ${failed.join(', ')}`);
  process.exit(1);
}
