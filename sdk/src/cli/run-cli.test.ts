import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runWith } from './test-io.js';

describe('complaint-code (dispatcher)', () => {
  it('lists the commands with --help and help', async () => {
    for (const args of [['--help'], ['help']]) {
      const { code, stdout } = await runWith(args);
      expect(code).toBe(0);
      for (const command of ['deadlines', 'report', 'check', 'notice']) expect(stdout).toContain(`  ${command} `);
    }
  });

  it('prints usage on stderr and exits 2 with no command or an unknown one', async () => {
    expect(await runWith([])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('Usage: complaint-code') });
    const unknown = await runWith(['deadline']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command "deadline"\./);
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runWith(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('gives per-command help through "help <command>"', async () => {
    const { code, stdout } = await runWith(['help', 'report']);
    expect(code).toBe(0);
    expect(stdout).toContain('stage1_extension_good_reason');
  });
});

// The bin as vendors run it. `pnpm test` builds the SDK first; skipped when dist is absent.
const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
describe.runIf(existsSync(bin))('the built bin (dist/cli/main.js)', () => {
  it('runs deadlines and exits 0', () => {
    const result = spawnSync(process.execPath, [bin, 'deadlines', '--received', '2026-12-18', '--today', '2027-01-04', '--json'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ acknowledgeBy: '2026-12-29' });
  });

  it('exits 2 with a plain message for a bad date', () => {
    const result = spawnSync(process.execPath, [bin, 'deadlines', '--received', '2026-02-30', '--today', '2027-01-04'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('--received: 2026-02-30 is not a real date\n');
  });

  it('reads standard input with "report -"', () => {
    const input = 'reference,stage1_received_on\nB-1,2026-11-02\n';
    const result = spawnSync(process.execPath, [bin, 'report', '-', '--today', '2026-11-24', '--json'], { input, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.split('\n')[0] ?? '')).toMatchObject({ row: 2, reference: 'B-1' });
  });
});
