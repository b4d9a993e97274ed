// Benchmark: `complaint-code report` (the BUILT bin) over a generated 1,000,000-row CSV, beside the
// hand-written floor (report/floor.mjs: stream + split + parse dates + one deadline + a line a row)
// in the same run, interleaved (product, floor, product, floor…) so machine load hits both alike.
// Prints wall and CPU time, peak memory and the ratio to the floor (goals: ≤ 2× the floor, < 300 MB).
// Run through `pnpm bench` (builds the SDK first), or `pnpm exec tsx sdk/bench/report.ts [rows] [--rounds n] [--quick]`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReportFixture } from './report/fixture.js';

const positional = process.argv.slice(2).filter((arg, i, all) => /^\d+$/.test(arg) && all[i - 1] !== '--rounds');
const quick = process.argv.includes('--quick');
const rows = Number(positional[0] ?? (quick ? 100_000 : 1_000_000));
const roundsAt = process.argv.indexOf('--rounds');
const rounds = Math.max(1, roundsAt > 0 ? Number(process.argv[roundsAt + 1]) || 1 : quick ? 1 : 2);
const floorScript = fileURLToPath(new URL('./report/floor.mjs', import.meta.url));
const today = '2026-11-24';
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const timeBin = '/usr/bin/time';

interface Run { wallSeconds: number; cpuSeconds?: number; peakMb: number; exitCode: number | null; stderr: string }

/** Runs the CLI with stdout discarded; peak RSS from GNU time -v, else by polling /proc VmHWM. */
function measure(args: string[], script = bin): Promise<Run> {
  const useTime = existsSync(timeBin);
  const [command, argv] = useTime ? [timeBin, ['-v', process.execPath, script, ...args]] : [process.execPath, [script, ...args]];
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

  const best = (runs: Run[], key: 'wallSeconds' | 'cpuSeconds' | 'peakMb') => Math.min(...runs.map((run) => run[key] ?? Number.NaN));
  for (const mode of [[], ['--json']]) {
    const label = mode.length > 0 ? 'report --json' : 'report (text)';
    const product: Run[] = [];
    const floor: Run[] = [];
    for (let round = 0; round < rounds; round++) {
      const run = await measure(['report', file, '--today', today, '--homes', '12000', ...mode]);
      const rowErrors = new Set(run.stderr.split('\n').flatMap((line) => /^row (\d+): /.exec(line)?.[1] ?? [])).size;
      // The figures only count if the run did the work: every bad row reported, nothing else failed.
      if (run.exitCode !== (bad > 0 ? 2 : 0) || rowErrors !== bad) {
        console.error(`report: unexpected result (exit ${run.exitCode}, ${rowErrors} of ${bad} bad rows reported)\n${run.stderr.slice(-2000)}`);
        process.exitCode = 1;
      }
      product.push(run);
      const base = await measure([file, ...mode], floorScript);
      if (base.exitCode !== 0) {
        console.error(`floor failed (exit ${base.exitCode})\n${base.stderr.slice(-2000)}`);
        process.exitCode = 1;
      }
      floor.push(base);
    }
    const wall = best(product, 'wallSeconds');
    const cpu = best(product, 'cpuSeconds');
    const floorWall = best(floor, 'wallSeconds');
    const floorCpu = best(floor, 'cpuSeconds');
    const ratio = Number.isNaN(cpu) ? wall / floorWall : cpu / floorCpu;
    console.log(
      `${label}: ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, peak ${best(product, 'peakMb').toFixed(0)} MB (goal < 300 MB) | ` +
        `floor: ${floorWall.toFixed(2)} s wall, ${floorCpu.toFixed(2)} s CPU, ${best(floor, 'peakMb').toFixed(0)} MB | ` +
        `ratio ${ratio.toFixed(2)}× (CPU; wall ${(wall / floorWall).toFixed(2)}×) (goal ≤ 2×) | best of ${rounds}, interleaved`,
    );
  }
  console.log(`report: load average after ${loadavg().map((n) => n.toFixed(1)).join(' / ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
