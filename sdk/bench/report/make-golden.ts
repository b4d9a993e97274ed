// Writes the golden files of the report (sdk/src/cli/report/golden): the generated input (gzipped) and
// each pinned run's output (gzipped). Run it only when the report's output is MEANT to change, then
// review the diff of the decompressed files:  pnpm exec tsx --conditions=source sdk/bench/report/make-golden.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { GENERATED, GOLDEN_CASES, goldenText } from '../../src/cli/report/golden/test-golden-cases.js';
import { runWith } from '../../src/cli/test-io.js';
import { writeReportFixture } from './fixture.js';

const golden = fileURLToPath(new URL('../../src/cli/report/golden/', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'report-golden-'));
try {
  await writeReportFixture(path.join(dir, 'generated.csv'), GENERATED);
  const generated = readFileSync(path.join(dir, 'generated.csv'));
  // mtime 0 in the gzip header: the same input gives the same bytes.
  writeFileSync(path.join(golden, 'generated.csv.gz'), gzipSync(generated, { level: 9 }));
  for (const input of ['edge.csv', 'edge.ndjson']) writeFileSync(path.join(dir, input), readFileSync(path.join(golden, input)));
  for (const run of GOLDEN_CASES) {
    const result = await runWith(['report', run.input, ...run.args], { cwd: dir });
    writeFileSync(path.join(golden, `${run.name}.out.gz`), gzipSync(goldenText(result), { level: 9 }));
    console.log(`${run.name}: exit ${result.code}, ${result.stdout.length} + ${result.stderr.length} characters`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
