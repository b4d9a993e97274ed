import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annualReport } from '../../report/annualReport.js';
import { annualReportRecords } from '../../report/fixtures/annualReportRecords.js';
import { runWith } from '../test-io.js';

// The hand-worked year of fixtures/annualReportRecords.ts as a CSV export, plus one bad row (row 10).
const CSV = [
  'reference,category,stage1_received_on,stage1_acknowledged_on,stage1_responded_on,stage1_handler,stage1_outcome,stage1_points,stage1_extended_to,stage1_extension_notified_on,stage1_extension_reason,stage1_extension_good_reason,stage2_requested_on,stage2_acknowledged_on,stage2_responded_on,stage2_handler,stage2_outcome,remedy,remedy_due_on,remedy_done_on,update_interval_agreed_on,update_interval_days,updates_sent_on,not_accepted_on,not_accepted_grounds,not_accepted_reason,not_accepted_explained_on,not_accepted_ombudsman_right_given,escalation_refused_requested_on,escalation_refused_on,escalation_refused_grounds,escalation_refused_reason',
  'A-1,Repairs,2027-01-04,2027-01-05,2027-01-15,,Upheld,Leak=Upheld|Delay=Partially upheld,,,,,,,,,,Fix leak,2027-02-01,2027-01-29,,,,,,,,,,,,',
  'A-2,Damp and mould,2027-01-11,,2027-01-29,,Not upheld,,,,,,,,,,,Mould wash,2027-02-15,,,,,,,,,,,,,',
  'A-3,Repairs,2027-02-01,2027-02-08,2027-03-12,,Partly upheld,,2027-03-15,2027-02-18,Specialist damp survey,yes,,,,,,,,,2027-02-18,7,2027-02-25,,,,,,,,,',
  'A-4,Anti-social behaviour,2027-02-15,2027-02-23,,,,,,,,,,,,,,,,,,,,,,,,,,,,',
  'A-5,Repairs,2027-03-01,,,,,,,,,,,,,,,,,,,,,2027-03-02,legal-proceedings,Disrepair claim filed at court,2027-03-02,yes,,,,',
  'A-6,Repairs,2026-03-02,2026-03-03,2026-03-13,jo,,,,,,,2027-01-18,2027-01-20,2027-02-17,sam,Not justified,,,,,,,,,,,,,,,',
  'A-7,,2027-01-25,2027-01-26,2027-02-05,,Resolved at stage 1,,,,,,,,,,,,,,,,,,,,,,2027-03-08,2027-03-10,other,Asked after the two-month window in our policy',
  'A-8,Staff conduct,2027-03-22,2027-03-23,,,,,,,,,,,,,,Apology,,,,,,,,,,,,,,',
  'BAD,Repairs,2027-01-04,,,,,,,,,,,,,,,,,,,weekly,,,,,,,,,,',
].join('\n') + '\n';

const period = ['--from', '2026-04-01', '--to', '2027-03-31', '--today', '2027-04-10', '--homes', '1000'];
const dir = mkdtempSync(path.join(tmpdir(), 'annual-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('complaint-code annual-report', () => {
  it('gives the same figures from the CSV export as the SDK from the records, and names the bad row', async () => {
    const { code, stdout, stderr } = await runWith(['annual-report', '-', ...period, '--json'], { stdin: CSV });
    expect(code).toBe(2);
    expect(stderr).toBe('row 10: update_interval_days: "weekly" is not a whole number of days (reference BAD)\n');
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['period', 'stage1', 'stage2', 'refusals', 'outcomes', 'categories', 'remedies', 'findings', 'ch01', 'ch02']));
    expect(json).toMatchObject({
      period: { from: '2026-04-01', to: '2027-03-31' },
      stage1: { received: 6, acknowledgedOnTime: 4, respondedOnTime: 4, extensions: { total: 1, beyondCapWithGoodReason: 1 } },
      stage2: { received: 1, acknowledgedOnTime: 1, respondedOnTime: 1 },
      refusals: { total: 2, byReason: { 'legal-proceedings': 1, other: 1 } },
      ch01: { stage1: 6, stage2: 1 },
      ch02: { stage1: 1, strict: { stage1: 0.75 } },
    });
    expect(json).toEqual(JSON.parse(JSON.stringify(annualReport(annualReportRecords, { from: '2026-04-01', to: '2027-03-31', today: '2027-04-10', homes: 1000 }))));
  });

  it('reads NDJSON and the landlord’s 8.1 (c)–(f) sections, and prints HTML and CSV', async () => {
    const file = path.join(dir, 'year.ndjson');
    writeFileSync(file, annualReportRecords.map((record) => JSON.stringify(record)).join('\n'));
    const sections = path.join(dir, 'sections.json');
    writeFileSync(sections, JSON.stringify({ d: 'Damp visits within 2 days' }));
    const html = await runWith(['annual-report', file, ...period, '--html', '--sections', sections, '--landlord', 'Example Homes']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<title>Example Homes: annual complaints performance and service improvement report, 2026-04-01 to 2027-03-31</title>');
    expect(html.stdout).toContain('<div class="landlord">Damp visits within 2 days</div>');
    const csv = await runWith(['annual-report', file, ...period, '--csv']);
    expect(csv.stdout.split('\r\n')).toContain('Refusals,Legal proceedings started (2.2),1,"HO Code 2024 8.1(b), 2.2"');
    const text = await runWith(['annual-report', file, ...period]);
    expect(text.stdout).toContain('CH02 stage 1 100% (strict 75%)');
  });

  it('usage errors name the option', async () => {
    expect((await runWith(['annual-report', '-', '--from', '2026-04-01'])).stderr).toContain('Give the reporting period: --from D --to D');
    expect((await runWith(['annual-report', '-', ...period, '--json', '--csv'])).stderr).toContain('Choose one of --json, --html, --csv.');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"g": "x"}');
    expect((await runWith(['annual-report', '-', ...period, '--sections', bad], { stdin: '' })).stderr).toContain('--sections: unknown part "g" (use c, d, e, f).');
  });

  it('documents the evidence columns in both helps', async () => {
    for (const command of ['report', 'annual-report']) {
      const { stdout } = await runWith([command, '--help']);
      expect(stdout).toContain('not_accepted_ombudsman_right_given (yes/no)');
      expect(stdout).toContain('stage1_points, stage2_points');
    }
  });
});
