// Browser bundle sizes of the SDK (esbuild, minified, ESM, gzip level 9), from the built dist/:
//   pnpm --filter @complaint-code/sdk run build && node sdk/bench/bundle-size.mjs
// Goals (issue 14): addWorkingDays alone ≤ 8 KB gz; the whole SDK ≤ 40 KB gz.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const sdk = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const cases = {
  'englandAndWales.addWorkingDays': `import { englandAndWales } from ${JSON.stringify(sdk)}; console.log(englandAndWales.addWorkingDays('2026-12-18', 5));`,
  'createCalendar + addWorkingDays': `import { createCalendar } from ${JSON.stringify(sdk)}; console.log(createCalendar({ division: 'scotland' }).addWorkingDays('2026-12-18', 5));`,
  complaintTimeline: `import { complaintTimeline } from ${JSON.stringify(sdk)}; console.log(complaintTimeline({ reference: 'A', stage1: { receivedOn: '2026-12-18' } }));`,
  'whole SDK (import *)': `import * as sdk from ${JSON.stringify(sdk)}; console.log(sdk);`,
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [name, contents] of Object.entries(cases)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  console.log(`${name.padEnd(34)} ${kb(code.length).padStart(9)} min  ${kb(gzipSync(code, { level: 9 }).length).padStart(8)} gz`);
}
