/**
 * Benchmark: the SDK's browser bundle sizes as a vendor's bundler ships them — esbuild, minified, ESM,
 * gzip level 9, from the built dist/ (issue 14). Each line is shown beside its goal and beside its floor,
 * the SDK's own code alone (the same bundle with zod left out), with the ratio; then what the whole-SDK
 * bundle holds, by area (source-mapped, each area gzipped on its own). The bundle is also run: zod's
 * English messages must survive tree-shaking (zod mini loads no locale by itself).
 *
 *   pnpm --filter @complaint-code/sdk run build && pnpm exec tsx sdk/bench/bundle-size.ts [--check]
 *
 * `--check` (run by `pnpm test`) fails when a bundle is over its ceiling — the goal, or for the whole SDK
 * the last measured size plus a little, until it meets its goal — or when the messages are wrong.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

const sdk = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const check = process.argv.includes('--check');
const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** goal: issue 14's; ceiling: what --check enforces (the goal, or the measured size until the goal is met). */
const WHOLE_SDK = `import * as sdk from 'sdk'; console.log(sdk);`;
const cases: { name: string; code: string; goal?: number; ceiling?: number }[] = [
  { name: 'englandAndWales.addWorkingDays', code: `import { englandAndWales } from 'sdk'; console.log(englandAndWales.addWorkingDays('2026-12-18', 5));`, goal: 8 * KB },
  { name: 'createCalendar + addWorkingDays', code: `import { createCalendar } from 'sdk'; console.log(createCalendar({ division: 'scotland' }).addWorkingDays('2026-12-18', 5));`, goal: 8 * KB },
  { name: 'complaintTimeline', code: `import { complaintTimeline } from 'sdk'; console.log(complaintTimeline({ reference: 'A', stage1: { receivedOn: '2026-12-18' } }));` },
  { name: 'checkDraft', code: `import { checkDraft } from 'sdk'; console.log(checkDraft({ text: 'Dear Ms Lee' }));` },
  // Measured 70.6 KB after the move to zod/mini (was 152.1 KB), 72.1 KB with the words subpath; the ceiling stops growth while the goal is not met.
  { name: 'whole SDK (import *)', code: WHOLE_SDK, goal: 40 * KB, ceiling: 73 * KB },
];

if (!existsSync(sdk)) {
  console.error('✗ sdk/dist/index.js not found: run `pnpm --filter @complaint-code/sdk run build` first.');
  process.exit(1);
}

async function bundle(code: string, options: BuildOptions = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    alias: { sdk },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', legalComments: 'none',
    write: false, outfile: 'bundle.js', logLevel: 'silent',
    ...options,
  });
  const outputs = result.outputFiles ?? [];
  const file = outputs.find((output) => output.path.endsWith('.js'));
  const map = outputs.find((output) => output.path.endsWith('.map'));
  if (!file) throw new Error('esbuild wrote no bundle');
  return { text: file.text, bytes: file.contents.length, gz: gzipSync(file.contents, { level: 9 }).length, map: map?.text };
}

const failures: string[] = [];
console.log(`${'bundle'.padEnd(34)} ${'minified'.padStart(10)} ${'gzipped'.padStart(9)}   ${'floor: SDK code without zod'.padEnd(27)}  ratio   goal`);
for (const entry of cases) {
  const whole = await bundle(entry.code);
  const floor = await bundle(entry.code, { external: ['zod', 'zod/*'] });
  const goal = entry.goal === undefined ? '' : `≤ ${kb(entry.goal)} ${whole.gz <= entry.goal ? 'met' : 'NOT met'}`;
  console.log(`${entry.name.padEnd(34)} ${kb(whole.bytes).padStart(10)} ${kb(whole.gz).padStart(9)}   ${kb(floor.gz).padEnd(27)}  ${(whole.gz / floor.gz).toFixed(2)}×  ${goal}`);
  const ceiling = entry.ceiling ?? entry.goal;
  if (ceiling !== undefined && whole.gz > ceiling) failures.push(`${entry.name}: ${kb(whole.gz)} gzipped, over its ceiling of ${kb(ceiling)}`);
}

// What the whole-SDK bundle holds: each output character is attributed to its source through the source
// map, the characters of each area are gzipped together. Areas gzipped apart compress a little worse than
// the whole bundle, so the column adds up to a little more than the total.
const whole = await bundle(WHOLE_SDK, { sourcemap: 'external' });
const areas = new Map<string, string[]>();
const sourceMap = JSON.parse(whole.map ?? '{}') as { sources: string[]; mappings: string };
const areaOf = (source: string): string => {
  const zod = /node_modules\/zod\/v4\/(\w+)\//.exec(source);
  if (zod) return zod[1] === 'locales' ? 'zod: English messages' : 'zod: mini + core';
  const path = /(?:dist|src)\/(.+)\.[jt]s$/.exec(source)?.[1] ?? source;
  if (path.startsWith('letters/rules/')) return 'letters: rule data (phrases, provisions)';
  if (path === 'calendar/bank-holidays-data') return 'calendar: bank-holiday data';
  if (path === 'index') return 'index (re-exports)';
  return `${path.split('/')[0]}${path.includes('/') ? '' : ' (module)'}`;
};
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const lines = whole.text.split('\n');
let source = 0;
sourceMap.mappings.split(';').forEach((lineMappings, lineIndex) => {
  const line = lines[lineIndex] ?? '';
  let column = 0;
  const segments: { column: number; source: number }[] = [];
  for (const segment of lineMappings.split(',').filter(Boolean)) {
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = B64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0] ?? 0;
    if (values.length > 1) source += values[1] ?? 0;
    segments.push({ column, source });
  }
  segments.forEach((segment, index) => {
    const area = areaOf(sourceMap.sources[segment.source] ?? '?');
    const text = line.slice(segment.column, segments[index + 1]?.column ?? line.length);
    areas.set(area, [...(areas.get(area) ?? []), text]);
  });
});
console.log(`\nwhole SDK, by area (${kb(whole.bytes)} minified, ${kb(whole.gz)} gzipped in all):`);
const rows = [...areas].map(([area, parts]) => ({ area, bytes: parts.join('').length, gz: gzipSync(parts.join(''), { level: 9 }).length }));
for (const row of rows.filter((r) => r.bytes >= 100).sort((a, b) => b.gz - a.gz)) {
  console.log(`  ${row.area.padEnd(44)} ${kb(row.bytes).padStart(9)} min ${kb(row.gz).padStart(8)} gz`);
}

// Run the bundles: bad input must still read "Invalid input: expected string, received number", not a bare
// "Invalid input" (zod mini has no locale unless the SDK registers English, and a bundler must keep that even
// when only one schema is imported).
const probes = [
  {
    code: `import { checkDraft } from 'sdk'; export let message = ''; try { checkDraft({ text: 42 }); } catch (error) { message = error.message; }`,
    expected: 'checkDraft: invalid input:\n  - text: Invalid input: expected string, received number',
  },
  { code: `import { IsoDate } from 'sdk'; export const message = IsoDate.safeParse(7).error?.issues[0]?.message;`, expected: 'Invalid input: expected string, received number' },
];
for (const probe of probes) {
  const { text } = await bundle(probe.code, { platform: 'neutral' });
  const { message } = (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as { message: string };
  if (message !== probe.expected) failures.push(`bundled, ${JSON.stringify(probe.code.slice(0, 40))}… says ${JSON.stringify(message)}, expected ${JSON.stringify(probe.expected)}`);
}
if (failures.every((failure) => !failure.startsWith('bundled'))) console.log('\n✓ bundled, bad input still reads "Invalid input: expected string, received number" (zod English messages kept)');

if (failures.length > 0) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  if (check) process.exit(1);
}
