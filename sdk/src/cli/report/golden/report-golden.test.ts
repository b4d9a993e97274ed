import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runWith } from '../../test-io.js';
import { GOLDEN_CASES, goldenText } from './test-golden-cases.js';

// The report's output pinned byte for byte (text, --json, standard error, exit code) on fixed inputs:
// a 3,000-row file from the benchmark's generator (bad rows included) and hand-written edge cases
// (UK dates, evidence columns, duplicates, an unclosed quote, NDJSON). The expected files were made
// from the code before the hot-path work, so a speed-up that changes one byte fails here.
// Regenerate (only for an intended change): pnpm exec tsx --conditions=source sdk/bench/report/make-golden.ts
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'report-golden-'));
writeFileSync(path.join(dir, 'generated.csv'), gunzipSync(readFileSync(path.join(here, 'generated.csv.gz'))));
for (const input of ['edge.csv', 'edge.ndjson']) copyFileSync(path.join(here, input), path.join(dir, input));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first line where two texts differ, for a readable failure instead of a megabyte diff. */
function firstDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return `line ${i + 1}:\n  actual:   ${a[i]}\n  expected: ${e[i]}`;
  }
  return 'same lines, different bytes';
}

describe('report golden output', () => {
  for (const run of GOLDEN_CASES) {
    it(`${run.name} is byte-identical to the pinned output`, async () => {
      const expected = gunzipSync(readFileSync(path.join(here, `${run.name}.out.gz`))).toString('utf8');
      const actual = goldenText(await runWith(['report', run.input, ...run.args], { cwd: dir }));
      expect(firstDifference(actual, expected)).toBeUndefined();
      expect(actual.length).toBe(expected.length);
    });
  }
});
