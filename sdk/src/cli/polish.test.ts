import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runWith } from './test-io.js';

const today = ['--today', '2026-11-24'];
const PROVISION_KEYS = ['ruleSet', 'ref', 'text', 'source'];
const dir = mkdtempSync(path.join(tmpdir(), 'cc-polish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every object found under a "provision" key, anywhere in a JSON value. */
function provisions(value: unknown, out: unknown[] = []): unknown[] {
  if (value === null || typeof value !== 'object') return out;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'provision') out.push(child);
    provisions(child, out);
  }
  return out;
}

describe('complaint-code polish', () => {
  it('prints the version with -V as with --version', async () => {
    const long = await runWith(['--version']);
    expect(await runWith(['-V'])).toEqual(long);
    expect(long.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('blames the number, not a missing value, for --homes -5', async () => {
    const { code, stderr } = await runWith(['report', '-', ...today, '--homes', '-5'], { stdin: 'reference,stage1_received_on\n' });
    expect(code).toBe(2);
    expect(stderr).toBe('--homes: "-5" is not a whole number of homes above 0.\n');
  });

  it('writes a notice as one JSON line with --json', async () => {
    const { code, stdout } = await runWith([
      'notice', 'extension', '--landlord', 'Riverside Homes', '--stage', '1', '--current-due', '2027-01-13', '--reason', 'we need a damp survey', '--json',
    ]);
    expect(code).toBe(0);
    const notice = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(notice)).toEqual(['notice', 'subject', 'text', 'html']);
    expect(notice['notice']).toBe('extension');
    expect(notice['text']).toContain('damp survey');
    expect(notice['html']).toContain('<');
  });

  it('gives provisions one JSON shape in deadlines, report and check', async () => {
    const deadlines = await runWith(['deadlines', '--received', '2026-10-01', ...today, '--json']);
    const report = await runWith(['report', '-', ...today, '--json'], { stdin: 'reference,stage1_received_on\nHA-1,2026-10-01\n' });
    writeFileSync(path.join(dir, 'draft.txt'), 'Dear Ms Smith, we have decided not to escalate your complaint. Yours sincerely');
    const check = await runWith(['check', 'draft.txt', '--kind', 'refusal', '--json'], { cwd: dir });
    const found = [
      ...provisions(JSON.parse(deadlines.stdout)),
      ...report.stdout.trim().split('\n').flatMap((line) => provisions(JSON.parse(line))),
      ...provisions(JSON.parse(check.stdout)),
    ];
    expect(provisions(JSON.parse(deadlines.stdout)).length).toBeGreaterThan(0);
    expect(provisions(JSON.parse(report.stdout.split('\n')[0] ?? '')).length).toBeGreaterThan(0);
    expect(provisions(JSON.parse(check.stdout)).length).toBeGreaterThan(0);
    for (const provision of found) expect(Object.keys(provision as object)).toEqual(PROVISION_KEYS);
  });

  it('exits cleanly when the reader closes the pipe early (report big.csv | head -1)', async () => {
    const rows = ['reference,stage1_received_on'];
    for (let i = 0; i < 200_000; i++) rows.push(`HA-${i},2026-10-01`);
    const big = path.join(dir, 'big.csv');
    writeFileSync(big, `${rows.join('\n')}\n`);
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'report', big, ...today], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve) => {
      let seen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('\n')) {
          child.stdout.destroy(); // what `head -1` does after its line
          resolve(seen.split('\n')[0] ?? '');
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(firstLine).toMatch(/^ROW/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
