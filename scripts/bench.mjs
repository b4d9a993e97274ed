// `pnpm bench [name…]`: builds the SDK, then runs every benchmark script `sdk/bench/*.ts`
// (or only the named ones, e.g. `pnpm bench report`) and prints each one's figures.
// Benchmarks are scripts, not timed tests: they report numbers and never make `pnpm test` flaky.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pnpm, pnpmCommand, root } from './lib.mjs';

const benchDir = path.join(root, 'sdk/bench');
const wanted = process.argv.slice(2);
const scripts = readdirSync(benchDir)
  // Helpers live in subfolders or start with `_` (or `.`); every other top-level .ts file is a benchmark.
  .filter((name) => name.endsWith('.ts') && !/^[_.]/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(path.basename(name, '.ts')))
  .sort();

if (scripts.length === 0) {
  console.error(`No benchmark found in sdk/bench${wanted.length > 0 ? ` named ${wanted.join(', ')}` : ''}.`);
  process.exit(1);
}

pnpm(['--filter', '@complaint-code/sdk', 'run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const { command, prefix } = pnpmCommand();
const failed = [];
for (const script of scripts) {
  console.log(`\n== ${script} ==`);
  const started = Date.now();
  // One at a time: the machine is shared and parallel runs would skew each other's figures.
  const result = spawnSync(command, [...prefix, 'exec', 'tsx', '--conditions=source', path.join('sdk/bench', script)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed.push(`${script} (exit ${result.status ?? result.signal})`);
  console.log(`(${script}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (failed.length > 0) {
  console.error(`\n✗ ${failed.length} benchmark(s) failed: ${failed.join(', ')}`);
  process.exit(1);
}
