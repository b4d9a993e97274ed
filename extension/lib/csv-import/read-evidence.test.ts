import { describe, expect, it } from 'vitest';
// The CLI's own reader, to check the panel reads the evidence columns the same way (issue 13).
import { createCsvRowReader } from '../../../sdk/src/cli/report/csv-rows.js';
import { previewImport, readCsvTable } from './read-rows.js';

const csv = [
  'reference,stage1_received_on,stage1_responded_on,category,stage1_outcome,stage1_points,remedy,remedy_due_on,remedy_done_on,update_interval_agreed_on,update_interval_days,updates_sent_on,not_accepted_on,not_accepted_grounds,not_accepted_reason,not_accepted_explained_on,not_accepted_ombudsman_right_given',
  'HC-1,2026-11-02,2026-11-13,Damp and mould,Partly upheld,Mould=Upheld|Rude operative=Not upheld,Mould wash,2026-11-30,2026-11-27,2026-11-16,7,2026-11-20;2026-11-27,,,,,',
  'HC-2,2026-11-03,,,,,,,,,,,2026-11-04,legal-proceedings,Claim at court,2026-11-04,yes',
].join('\n');

describe('CSV evidence columns: the side panel reads what the CLI reads', () => {
  it('gives the same evidence as complaint-code report for each row', () => {
    const panel = previewImport(readCsvTable(csv), { reference: 0, stage1ReceivedOn: 1, stage1RespondedOn: 2 }, 'https://crm.example');
    expect(panel.bad).toEqual([]);
    const cli = createCsvRowReader().push(`${csv}\n`);
    const { reference: _r1, ruleSet: _s1, stage1: cliStage1, stage2: _t1, ...cliFirst } = cli[0]?.record as Record<string, unknown> & { stage1: { outcome?: string; points?: unknown } };
    expect(panel.rows[0]?.evidence).toEqual({ ...cliFirst, stage1: { outcome: cliStage1.outcome, points: cliStage1.points } });
    // Hand-worked: the first row's evidence in full.
    expect(panel.rows[0]?.evidence).toEqual({
      category: 'Damp and mould',
      stage1: { outcome: 'Partly upheld', points: [{ point: 'Mould', outcome: 'Upheld' }, { point: 'Rude operative', outcome: 'Not upheld' }] },
      remedies: [{ action: 'Mould wash', dueOn: '2026-11-30', doneOn: '2026-11-27' }],
      keepInformed: { agreedOn: '2026-11-16', intervalDays: 7, updatesSentOn: ['2026-11-20', '2026-11-27'] },
    });
    const { reference: _r2, ruleSet: _s2, stage1: _u2, stage2: _t2, ...cliSecond } = cli[1]?.record as Record<string, unknown>;
    expect(panel.rows[1]?.evidence).toEqual(cliSecond);
    expect(panel.rows[1]?.evidence).toEqual({ refusedToAccept: { decidedOn: '2026-11-04', grounds: 'legal-proceedings', reason: 'Claim at court', explainedOn: '2026-11-04', ombudsmanRightGiven: true } });
  });

  it('reads CRM-style dates, and names the column of a bad cell without importing the row', () => {
    const table = readCsvTable('reference,stage1_received_on,remedy,remedy_due_on,update_interval_days\nHC-1,02/11/2026,Fix leak,30/11/2026,7\nHC-2,02/11/2026,Fix leak,31/02/2026,weekly\n');
    const preview = previewImport(table, { reference: 0, stage1ReceivedOn: 1 }, 'https://crm.example');
    expect(preview.rows[0]?.evidence).toEqual({ remedies: [{ action: 'Fix leak', dueOn: '2026-11-30' }], keepInformed: { intervalDays: 7, updatesSentOn: [] } });
    expect(preview.bad).toEqual([{ row: 3, reference: 'HC-2', reasons: ['remedy_due_on: "31/02/2026" is not a real date', 'update_interval_days: "weekly" is not a whole number of days'] }]);
  });

  it('leaves rows without evidence columns as they were', () => {
    const preview = previewImport(readCsvTable('Reference,Date received\nHC-1,02/11/2026\n'), { reference: 0, stage1ReceivedOn: 1 }, 'https://crm.example');
    expect(preview.rows).toEqual([{ row: 2, url: '', facts: { reference: 'HC-1', stage1ReceivedOn: '2026-11-02' } }]);
  });
});
