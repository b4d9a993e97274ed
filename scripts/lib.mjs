// Small helpers shared by the repo's scripts (no dependencies: they run before `pnpm install`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repo root, streaming its output; exits the process if it fails. */
export function run(command, args, options = {}) {
  const started = Date.now();
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(result.status || 1);
  }
}

/**
 * How to call pnpm from inside a script, whether it was started as `pnpm …`, `npx pnpm@10 …`
 * or `npm run …` (then pnpm may not be on PATH at all).
 */
export function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return { command: process.execPath, prefix: [execPath] };
  const onPath = spawnSync('pnpm', ['--version'], { stdio: 'ignore' });
  if (onPath.status === 0) return { command: 'pnpm', prefix: [] };
  return { command: 'npx', prefix: ['-y', 'pnpm@10'] };
}

/** Runs pnpm with the given arguments (see pnpmCommand). */
export function pnpm(args, options) {
  const { command, prefix } = pnpmCommand();
  run(command, [...prefix, ...args], options);
}

/** Where Debian's Chromium lives; Playwright's own browser download does not work on our machines. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Where Debian's Firefox ESR lives (the Firefox smoke journey, e2e/firefox/smoke.ts). */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Installs a Debian package with apt-get (as root, or through passwordless sudo). */
function aptInstall(packageName) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const apt = (args) => {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    run(command, rest, { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  };
  apt(['update', '-q']);
  apt(['install', '-y', '-q', packageName]);
}

/** Installs Debian's Chromium if it is missing and we may (root); otherwise says what to do. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  console.log(`Chromium not found at ${chromiumPath}: installing Debian's chromium package.`);
  aptInstall('chromium');
}

/** Installs Debian's Firefox ESR if it is missing, the same way. */
export function ensureFirefox() {
  if (existsSync(firefoxPath)) return;
  console.log(`Firefox not found at ${firefoxPath}: installing Debian's firefox-esr package.`);
  aptInstall('firefox-esr');
}
