import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('runs examples/deadlines.ts and prints the Christmas worked example', () => {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const example = fileURLToPath(new URL('./deadlines.ts', import.meta.url));
  const output = execFileSync(process.execPath, [tsx, '--conditions=source', example], { encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } });
  expect(output).toContain('Acknowledge a complaint received Fri 18 Dec 2026 by Tue 29 Dec 2026');
  expect(output).toContain('- Stage 1 acknowledgement: due 2026-12-29 [met-late]');
  expect(output).toContain('Respond by Thu 14 Jan 2027 (10 working days from acknowledgement, HO Code 2024 6.3)');
  expect(output).toContain('- Stage 1 response: due 2027-01-28 [on-track]');
  expect(output).toContain('! breach: Stage 1 acknowledgement was 1 working day late');
  expect(output).toContain('Scotland, shut 24 and 31 Dec: acknowledge by Wed 30 Dec 2026');
  expect(output).toContain('Rejected: stage1.acknowledgedOn: Acknowledged (2026-12-17) before the complaint was received (2026-12-18)');
  expect(output).toContain('CH01 stage 1: 2 per 1,000 homes; CH02 stage 1: 50% within Code timescales');
}, 30_000);
