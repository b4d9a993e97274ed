import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWith } from '../test-io.js';
import { financialYear } from './report.js';

const today = ['--today', '2026-11-24'];

// Row 2 has a quoted handler with a comma and a notes cell spanning two lines (still one row);
// rows 3–5 are bad in the three ways the issue names; row 6 is a stage 2 case.
const CSV = [
  'reference,rule_set,stage1_received_on,stage1_acknowledged_on,stage1_responded_on,stage2_requested_on,stage1_handler,notes',
  'HA-1,,2026-11-16,2026-11-17,,,"Smith, J","called twice\r\nno answer"',
  'HA-2,,2026-02-30,,,,,',
  'HA-3,ho-2099,2026-11-02,,,,,',
  'HA-4,,2026-11-10,2026-11-05,,,,',
  'HA-5,ho-2024,2026-09-01,2026-09-02,2026-09-10,2026-09-20,jo,',
].join('\r\n') + '\r\n';

type Line = Record<string, unknown>;
const ndjson = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Line);

describe('complaint-code report', () => {
  it('reports every good row and names each bad row, then exits 2', async () => {
    const { code, stdout, stderr } = await runWith(['report', '-', ...today, '--json'], { stdin: CSV });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Note: ignoring column notes \(not one of: reference, rule_set, issue_occurred_on, resident_aware_on, stage1_received_on, stage1_acknowledged_on, stage1_responded_on, stage1_handler, stage1_extended_to, stage1_extension_notified_on, stage1_extension_reason, stage1_extension_good_reason, stage2_requested_on, stage2_acknowledged_on, stage2_responded_on, stage2_handler, stage2_extended_to, stage2_extension_notified_on, stage2_extension_reason, stage2_extension_good_reason, category, .*, escalation_refused_explained_on\)\.$/),
      'row 3: stage1_received_on: 2026-02-30 is not a real date (reference HA-2)',
      expect.stringMatching(/^row 4: rule_set: unknown rule set "ho-2099" \(known: ho-2024, .*\) \(reference HA-3\)$/),
      expect.stringMatching(/^row 5: stage1_acknowledged_on: Acknowledged \(2026-11-05\) before the complaint was received \(2026-11-10\) \(reference HA-4\)$/),
    ]);
    const lines = ndjson(stdout);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ row: 2, reference: 'HA-1', stage: 1, nextStep: 'stage1-response', state: 'on-track', dueOn: '2026-12-01', workingDaysLeft: 5 });
    expect(lines[1]).toMatchObject({ row: 3, reference: 'HA-2', errors: [{ field: 'stage1_received_on' }] });
    expect(lines[2]).toMatchObject({ row: 4, reference: 'HA-3', errors: [{ field: 'rule_set' }] });
    expect(lines[3]).toMatchObject({ row: 5, reference: 'HA-4', errors: [{ field: 'stage1_acknowledged_on' }] });
    expect(lines[4]).toMatchObject({ row: 6, reference: 'HA-5', ruleSet: 'ho-2024', stage: 2, nextStep: 'stage2-acknowledgement', dueOn: '2026-09-25', workingDaysLeft: -42 });
    expect(lines[5]).toMatchObject({ summary: { rows: 5, cases: 2, rowsWithErrors: 3 } });
  });

  it('gives the same result whatever the chunk boundaries', async () => {
    const whole = await runWith(['report', '-', ...today, '--json'], { stdin: CSV });
    const chunks = CSV.match(/[\s\S]{1,7}/g) ?? [];
    const split = await runWith(['report', '-', ...today, '--json'], { stdin: chunks });
    expect(split).toEqual(whole);
  });

  it('prints aligned text lines and a summary by default', async () => {
    const { code, stdout } = await runWith(['report', '-', ...today], { stdin: CSV });
    expect(code).toBe(2);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('ROW            REFERENCE       STAGE NEXT STEP                 DUE ON      STATE         WORKING DAYS            FINDINGS');
    // HA-1: acknowledged Tue 17 Nov 2026, so the response is due 10 working days later, Tue 1 Dec (Wed 18 … Fri 20,
    // Mon 23 … Fri 27, Mon 30 Nov, Tue 1 Dec); from today, Tue 24 Nov, that is Wed 25, Thu 26, Fri 27, Mon 30, Tue 1: 5 left.
    expect(lines[1]).toBe('row 2          HA-1            1     Stage 1 response          2026-12-01  On track      5 working days left');
    // The columns line up: every case line has its reference at the same offset as the header.
    expect(lines[1]?.indexOf('HA-1')).toBe(lines[0]?.indexOf('REFERENCE'));
    expect(lines[2]).toBe('row 3          HA-2                  not read: see the message             Invalid');
    // HA-5: stage 2 requested Sun 20 Sep 2026, acknowledgement due Fri 25 Sep (Mon 21 … Fri 25); nine full weeks
    // (Mon 28 Sep … Fri 20 Nov, 40 working days) plus Mon 23 and Tue 24 Nov: 42 working days late.
    expect(lines[5]).toBe(
      'row 6          HA-5            2     Stage 2 acknowledgement   2026-09-25  Overdue       42 working days late    late-acknowledgement, late-response, keep-resident-informed',
    );
    // The period is the financial year of today: 1 Apr 2026 to 31 Mar 2027. Stage 1: HA-1 (16 Nov) and HA-5 (1 Sep)
    // received; HA-5 answered Thu 10 Sep, before its Wed 16 Sep deadline. Stage 2: HA-5 requested, not answered.
    expect(lines.slice(7, 18)).toEqual([
      'Code performance, Wed 1 Apr 2026 to Wed 31 Mar 2027',
      '                                              Stage 1         Stage 2',
      '  Complaints received                         2               1',
      '  CH01 complaints per 1,000 homes             give --homes    give --homes',
      '  Responses issued                            1               0',
      '    within Code timescales                    1               0',
      '    late                                      0               0',
      '    in time thanks to an allowed extension    0               0',
      '  CH02 responded within Code timescales       100.0%          no responses',
      '  Open at the end                             1               1',
      '    of which overdue                          0               1',
    ]);
  });

  it('reads NDJSON, naming bad lines by line number and JSON path', async () => {
    const input = [
      JSON.stringify({ reference: 'N-1', stage1: { receivedOn: '2026-11-02' } }),
      '{not json',
      '',
      JSON.stringify({ reference: 'N-2', stage1: { receivedOn: '2026-11-31' } }),
      JSON.stringify({ reference: 'N-3', stage1: { receivedOn: '2026-11-20', acknowledgedOn: '2026-11-23' } }),
    ].join('\n');
    const { code, stdout, stderr } = await runWith(['report', '-', ...today, '--json'], { stdin: input });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^line 2: JSON: not valid JSON/m);
    expect(stderr).toMatch(/^line 4: stage1\.receivedOn: 2026-11-31 is not a real date \(reference N-2\)$/m);
    const lines = ndjson(stdout);
    expect(lines.map((line) => line['line'] ?? 'summary')).toEqual([1, 2, 4, 5, 'summary']);
    expect(lines[3]).toMatchObject({ reference: 'N-3', nextStep: 'stage1-response' });
  });

  describe('files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'complaint-code-report-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads a CSV file relative to the working directory, exit 0 when every row is good', async () => {
      writeFileSync(path.join(dir, 'good.csv'), 'Reference, Stage1_Received_On\nG-1,2026-11-02\nG-2,2026-10-01\n');
      const { code, stdout, stderr } = await runWith(['report', 'good.csv', ...today, '--json', '--homes', '1000'], { cwd: dir });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(ndjson(stdout).map((line) => line['reference'] ?? 'summary')).toEqual(['G-1', 'G-2', 'summary']);
    });

    it('detects NDJSON by extension', async () => {
      writeFileSync(path.join(dir, 'cases.jsonl'), `${JSON.stringify({ reference: 'J-1', stage1: { receivedOn: '2026-11-02' } })}\n`);
      const { code, stdout } = await runWith(['report', 'cases.jsonl', ...today, '--json'], { cwd: dir });
      expect(code).toBe(0);
      expect(ndjson(stdout)[0]).toMatchObject({ line: 1, reference: 'J-1' });
    });

    it.each([
      [['report', 'missing.csv', ...today], /Cannot read missing\.csv: no such file/],
      [['report', ...today], /Name the export to read/],
      [['report', 'x.csv', '--today', '2026-02-30'], /--today: 2026-02-30 is not a real date/],
      [['report', 'x.csv', ...today, '--rules', 'nope'], /--rules: unknown rule set "nope"/],
      [['report', 'x.csv', ...today, '--homes', 'many'], /--homes: "many" is not a whole number/],
      [['report', 'x.csv', ...today, '--from', '2026-04-01'], /--from and --to go together/],
    ])('%j → exit 2', async (args, message) => {
      const { code, stderr } = await runWith(args, { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    });

    it('refuses a CSV without the required columns', async () => {
      writeFileSync(path.join(dir, 'wrong.csv'), 'ref,received\nA,2026-11-02\n');
      const { code, stderr } = await runWith(['report', 'wrong.csv', ...today], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/The CSV header \(row 1\) has no reference or stage1_received_on column/);
    });
  });

  it('names an empty required column of an extension', async () => {
    const input = 'reference,stage1_received_on,stage1_extended_to,stage1_extension_notified_on\nX-1,2026-11-02,2026-12-01,\n';
    const { code, stderr } = await runWith(['report', '-', ...today], { stdin: input });
    expect(code).toBe(2);
    expect(stderr).toBe('row 2: stage1_extension_notified_on: required, but empty (reference X-1)\n');
  });

  it('reports a row beyond the bank holiday data as a problem of the whole record', async () => {
    const input = 'reference,stage1_received_on\nF-1,2045-01-02\nF-2,2026-11-20\n';
    const { code, stdout, stderr } = await runWith(['report', '-', ...today, '--json'], { stdin: input });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^row 2: No bank holiday data for 2045-01-02/);
    expect(ndjson(stdout)[1]).toMatchObject({ row: 3, reference: 'F-2' });
  });

  it('reports a malformed CSV row (unclosed quote) without losing the rows before it', async () => {
    const input = 'reference,stage1_received_on\nOK-1,2026-11-02\n"BAD-1,2026-11-02\nOK-2,2026-11-03\n';
    const { code, stdout, stderr } = await runWith(['report', '-', ...today, '--json'], { stdin: input });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^row 3: CSV: field 1 has an opening quote but no closing quote/m);
    expect(ndjson(stdout)[0]).toMatchObject({ row: 2, reference: 'OK-1' });
  });

  it('loses only the bad row to an unclosed quote, and keeps standard error short', async () => {
    const good = Array.from({ length: 2000 }, (_, i) => `OK-${i},2026-11-02`);
    const input = ['reference,stage1_received_on', 'OK-a,2026-11-02', `"BAD-1${'x'.repeat(5000)},2026-11-02`, ...good].join('\n') + '\n';
    const chunks = input.match(/[\s\S]{1,4096}/g) ?? [];
    const { code, stdout, stderr } = await runWith(['report', '-', ...today, '--json'], { stdin: chunks });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^row 3: CSV: field 1 has an opening quote but no closing quote: "BAD-1x+…"/);
    expect(stderr.length).toBeLessThan(200);
    const lines = ndjson(stdout);
    expect(lines.at(-1)).toMatchObject({ summary: { rows: 2002, cases: 2001, rowsWithErrors: 1 } });
    expect(lines.at(-2)).toMatchObject({ row: 2003, reference: 'OK-1999' });
  });

  it('names a repeated reference on standard error and counts the complaint once', async () => {
    const input = 'reference,stage1_received_on\nHA-1,2026-11-02\nHA-1,2026-11-02\nHA-2,2026-11-03\nHA-1,2026-11-02\n';
    const { code, stdout, stderr } = await runWith(['report', '-', ...today, '--json'], { stdin: input });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'row 3: reference: HA-1 is also in row 2; counted once (reference HA-1)\n' + 'row 5: reference: HA-1 is also in row 2; counted once (reference HA-1)\n',
    );
    const summary = ndjson(stdout).at(-1)?.['summary'] as { stage1: { received: number }; cases: number; rowsWithErrors: number };
    expect(summary.stage1.received).toBe(2);
    expect(summary.cases).toBe(2);
    expect(summary.rowsWithErrors).toBe(2);
  });

  it('names a repeated reference in NDJSON by line', async () => {
    const line = '{"reference":"N-1","stage1":{"receivedOn":"2026-11-02"}}';
    const { stderr } = await runWith(['report', '-', ...today, '--json', '--format', 'ndjson'], { stdin: `${line}\n${line}\n` });
    expect(stderr).toBe('line 2: reference: N-1 is also in line 1; counted once (reference N-1)\n');
  });
});

describe('financialYear', () => {
  it('runs 1 April to 31 March', () => {
    expect(financialYear('2026-11-24')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(financialYear('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(financialYear('2027-04-01')).toEqual({ from: '2027-04-01', to: '2028-03-31' });
  });
});
