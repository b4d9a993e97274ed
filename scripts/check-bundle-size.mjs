// Fails when the CRM content script (injected into every frame of a granted CRM) is over its
// budget: 40 KB gzipped (perf-reliability-anchors). Run after `pnpm build` (scripts/test.mjs does).
// A missing build is a failure, never a skip. Usage: node scripts/check-bundle-size.mjs [file] [budget-bytes]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib.mjs';

const file = path.resolve(root, process.argv[2] ?? '.output/chrome-mv3/content-scripts/crm.js');
const budget = Number(process.argv[3] ?? 40 * 1024);

if (!existsSync(file)) {
  console.error(`✗ ${path.relative(root, file)} not found: run \`pnpm build\` first.`);
  process.exit(1);
}
const bytes = readFileSync(file);
const gzipped = gzipSync(bytes, { level: 9 }).length;
const line = `${path.relative(root, file)}: ${gzipped.toLocaleString('en-GB')} B gzipped (${bytes.length.toLocaleString('en-GB')} B raw), budget ${budget.toLocaleString('en-GB')} B`;
if (gzipped > budget) {
  console.error(`✗ ${line}. See what it holds: CC_SOURCEMAP=1 pnpm build, then npx -y source-map-explorer ${path.relative(root, file)}`);
  process.exit(1);
}
console.log(`✓ ${line}`);
