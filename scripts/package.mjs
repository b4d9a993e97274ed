// `pnpm package`: the store zips. Chrome (`wxt zip`), Firefox and its sources zip (`wxt zip -b
// firefox`), then checks them: no demo adapter or demo origin in either browser zip, and
// addons-linter with 0 errors on the Firefox zip. Output: .output/complaint-code-<version>-*.zip.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    console.error(`package: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

run('pnpm', ['exec', 'wxt', 'zip']);
run('pnpm', ['exec', 'wxt', 'zip', '-b', 'firefox', '--mv3']);
const zips = readdirSync(path.join(root, '.output')).filter((name) => name.endsWith('.zip') && name.includes(`-${version}-`));
const chrome = zips.find((name) => name.endsWith('-chrome.zip'));
const firefox = zips.find((name) => name.endsWith('-firefox.zip'));
const sources = zips.find((name) => name.endsWith('-sources.zip'));
if (!chrome || !firefox || !sources) {
  console.error(`package: expected Chrome, Firefox and sources zips in .output, found ${zips.join(', ') || 'none'}`);
  process.exit(1);
}
run('node', ['scripts/check-no-demo.mjs', `.output/${chrome}`, `.output/${firefox}`]);
run('pnpm', ['exec', 'addons-linter', '--self-hosted=false', `.output/${firefox}`]);
console.log(`\n✓ .output/${chrome}, .output/${firefox}, .output/${sources}`);
