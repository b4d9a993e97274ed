// Test helper (excluded from the build as test-*.ts): the runs whose output the report golden test
// pins byte for byte. `pnpm exec tsx sdk/bench/report/make-golden.ts` writes the expected files
// (only when the output is meant to change); report-golden.test.ts compares against them.

/** One pinned run: the CLI arguments (the input file name first) and the name of its expected output. */
export interface GoldenCase {
  name: string;
  input: 'generated.csv' | 'edge.csv' | 'edge.ndjson';
  args: string[];
}

const today = ['--today', '2026-11-24'];

export const GOLDEN_CASES: GoldenCase[] = [
  { name: 'generated-text', input: 'generated.csv', args: [...today, '--homes', '12000'] },
  { name: 'generated-json', input: 'generated.csv', args: [...today, '--homes', '12000', '--json'] },
  { name: 'generated-scotland-json', input: 'generated.csv', args: [...today, '--division', 'scotland', '--rules', 'ho-2024', '--from', '2025-10-01', '--to', '2026-09-30', '--json'] },
  { name: 'edge-text', input: 'edge.csv', args: [...today] },
  { name: 'edge-json', input: 'edge.csv', args: [...today, '--json'] },
  { name: 'edge-ndjson-text', input: 'edge.ndjson', args: [...today] },
  { name: 'edge-ndjson-json', input: 'edge.ndjson', args: [...today, '--json'] },
];

/** The generated input: the benchmark's generator, small, with a bad row every 97 rows. */
export const GENERATED = { rows: 3000, today: '2026-11-24', badEvery: 97, seed: 17 };

/** What a run is pinned to: exit code, standard output and standard error, in one text. */
export const goldenText = (run: { code: number; stdout: string; stderr: string }) =>
  `exit ${run.code}\n--- stderr ---\n${run.stderr}--- stdout ---\n${run.stdout}`;
