// Benchmark: `complaint-code report` (the BUILT bin) over a generated 1,000,000-row CSV.
// Prints wall time and peak memory (goals: under 5 s, under 300 MB). Run through `pnpm bench`,
// which builds the SDK first; or `pnpm exec tsx sdk/bench/report.ts [rows]` after a build.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReportFixture } from './report/fixture.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const today = '2026-11-24';
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const timeBin = '/usr/bin/time';

interface Run { wallSeconds: number; cpuSeconds?: number; peakMb: number; exitCode: number | null; stderr: string }

/** Runs the CLI with stdout discarded; peak RSS from GNU time -v, else by polling /proc VmHWM. */
function measure(args: string[]): Promise<Run> {
  const useTime = existsSync(timeBin);
  const [command, argv] = useTime ? [timeBin, ['-v', process.execPath, bin, ...args]] : [process.execPath, [bin, ...args]];
  const started = performance.now();
  const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  let polledKb = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
          polledKb = Math.max(polledKb, kb);
        } catch {
          // The process has just exited.
        }
      }, 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(poll);
      const wallSeconds = (performance.now() - started) / 1000;
      const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      // CPU time (user + system) is steadier than wall time on a shared machine.
      const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN));
      const cpuSeconds = useTime ? (cpu[0] ?? NaN) + (cpu[1] ?? NaN) : undefined;
      resolve({ wallSeconds, ...(cpuSeconds !== undefined && { cpuSeconds }), peakMb: (useTime ? timeKb : polledKb) / 1024, exitCode, stderr });
    });
  });
}

if (!existsSync(bin)) {
  console.error(`${bin} is missing: build the SDK first (pnpm --filter @complaint-code/sdk build), or run pnpm bench.`);
  process.exit(1);
}

const dir = mkdtempSync(path.join(tmpdir(), 'complaint-code-bench-'));
try {
  const file = path.join(dir, 'complaints.csv');
  const generating = performance.now();
  const bad = await writeReportFixture(file, { rows, today });
  const mb = statSync(file).size / 1e6;
  console.log(`report: ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)} (other work on the machine inflates wall time)`);
  console.log(`report: generated ${rows.toLocaleString('en-GB')} rows (${mb.toFixed(0)} MB, ${bad} bad rows) in ${((performance.now() - generating) / 1000).toFixed(1)} s`);

  for (const mode of [['--json'], []]) {
    const run = await measure(['report', file, '--today', today, '--homes', '12000', ...mode]);
    const rowErrors = new Set(run.stderr.split('\n').flatMap((line) => /^row (\d+): /.exec(line)?.[1] ?? [])).size;
    const label = mode.length > 0 ? 'report --json' : 'report (text)';
    console.log(
      `${label}: ${run.wallSeconds.toFixed(2)} s wall (goal < 5 s)${run.cpuSeconds === undefined ? '' : `, ${run.cpuSeconds.toFixed(2)} s CPU`}, peak RSS ${run.peakMb.toFixed(0)} MB (goal < 300 MB), ` +
        `${Math.round(rows / run.wallSeconds).toLocaleString('en-GB')} rows/s, exit ${run.exitCode}, ${rowErrors} rows reported bad`,
    );
    // The figures only count if the run did the work: every bad row reported, nothing else failed.
    if (run.exitCode !== (bad > 0 ? 2 : 0) || rowErrors !== bad) {
      console.error(`report: unexpected result (exit ${run.exitCode}, ${rowErrors} of ${bad} bad rows reported)\n${run.stderr.slice(-2000)}`);
      process.exitCode = 1;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
