// `pnpm test:vendor`: what a CRM vendor gets from npm. Packs the SDK, installs the tarball into a copy of
// sdk/examples/vendor-app (outside the workspace), type-checks it under moduleResolution node16 and bundler,
// then runs it and checks its output. zod, the one runtime dependency, comes from the pnpm store (or the registry).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pnpmCommand, root } from './lib.mjs';

const sdk = path.join(root, 'sdk');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const work = mkdtempSync(path.join(tmpdir(), 'complaint-code-vendor-'));
const app = path.join(work, 'vendor-app');
const { command: pnpm, prefix } = pnpmCommand();

function step(name, command, args, cwd) {
  console.log(`\n━━ ${name}\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) {
    console.error(`✗ ${name} failed (exit ${result.status ?? result.signal}); files left in ${work}`);
    process.exit(result.status || 1);
  }
  return result.stdout ?? '';
}

step('build the SDK', pnpm, [...prefix, 'run', 'build'], sdk);
step('pack the SDK', pnpm, [...prefix, 'pack', '--pack-destination', work], sdk);
cpSync(path.join(sdk, 'examples', 'vendor-app'), app, {
  recursive: true,
  filter: (from) => !/[/\\](node_modules|dist)$/.test(from) && !from.endsWith('.tgz'),
});
const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
if (tarball === undefined) throw new Error(`pnpm pack left no tarball in ${work}`);
renameSync(path.join(work, tarball), path.join(app, 'complaint-code-sdk.tgz'));

step('install the tarball', pnpm, [...prefix, 'install', '--prefer-offline', '--ignore-workspace', '--config.node-linker=isolated'], app);
step('type-check, moduleResolution node16', process.execPath, [tsc, '-p', 'tsconfig.node16.json', '--noEmit'], app);
step('type-check, moduleResolution bundler', process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], app);
step('compile', process.execPath, [tsc, '-p', 'tsconfig.node16.json'], app);
const out = step('run the example', process.execPath, ['dist/index.js'], app);

const expected = ['Acknowledge by Tue 29 Dec 2026', 'Stage 1 acknowledgement: due 2026-12-29', 'Rejected stage1.receivedOn', 'Corpus label schema: function'];
const missing = expected.filter((line) => !out.includes(line));
if (missing.length > 0) {
  console.error(`✗ the example's output lacks: ${missing.join(' | ')}`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log('\n✓ vendor example: packed tarball installs, type-checks (node16, bundler) and runs.');
