// `node scripts/check-no-demo.mjs <build dir or .zip>…`: fails if a shipped build carries a demo
// CRM adapter (by id, read from shared/src/builtin-adapters/demo-crm.ts) or the demo CRM's origin.
// `pnpm package` runs it on the production Chrome and Firefox zips (not the sources zip, which holds
// the demo adapters' source); the e2e and demo builds are meant to carry them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const demoSource = readFileSync(path.join(root, 'shared/src/builtin-adapters/demo-crm.ts'), 'utf8');
const demoIds = [...demoSource.matchAll(/^\s*id: '([^']+)'/gm)].map((match) => match[1]);
if (demoIds.length === 0) throw new Error('No demo adapter ids found in demo-crm.ts: the check would prove nothing');
const forbidden = [...demoIds.map((id) => `'${id}'`), ...demoIds.map((id) => `"${id}"`), 'localhost:4310'];

/** [file name, text] for every file in a build directory or zip. */
function* filesOf(target) {
  if (statSync(target).isDirectory()) {
    for (const entry of readdirSync(target, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) yield [path.join(entry.parentPath, entry.name), readFileSync(path.join(entry.parentPath, entry.name), 'latin1')];
    }
    return;
  }
  const names = execFileSync('unzip', ['-Z1', target], { encoding: 'utf8', maxBuffer: 1 << 26 }).split('\n').filter((name) => name && !name.endsWith('/'));
  for (const name of names) yield [`${target}:${name}`, execFileSync('unzip', ['-p', target, name], { encoding: 'latin1', maxBuffer: 1 << 28 })];
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('Usage: node scripts/check-no-demo.mjs <build dir or .zip>…');
  process.exit(2);
}
let found = 0;
let checked = 0;
for (const target of targets) {
  for (const [name, text] of filesOf(target)) {
    checked += 1;
    for (const needle of forbidden) {
      if (text.includes(needle)) {
        found += 1;
        console.error(`✗ ${name} contains ${needle}`);
      }
    }
  }
}
if (found > 0) process.exit(1);
console.log(`✓ no demo adapter (${demoIds.join(', ')}) or demo origin in ${checked} files of ${targets.join(', ')}`);
