import { describe, expect, it } from 'vitest';
import { runWith } from './test-io.js';

const today = ['--today', '2026-11-24'];
type Line = Record<string, unknown> & { deadlines?: { id: string; dueOn: string }[] };
const ndjson = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Line);

describe('UK dates in the CLI (day first, never month first)', () => {
  it('reads 02/11/2026 and 2 Nov 2026 in deadlines arguments as 2 November', async () => {
    const iso = await runWith(['deadlines', '--received', '2026-11-02', ...today, '--json']);
    for (const typed of ['02/11/2026', '2 Nov 2026', '2/11/2026']) {
      const uk = await runWith(['deadlines', '--received', typed, ...today, '--json']);
      expect(uk.code).toBe(0);
      expect(uk.stdout).toBe(iso.stdout);
    }
  });

  it('refuses a month-first date rather than guess', async () => {
    const { code, stderr } = await runWith(['deadlines', '--received', '11/30/2026', ...today]);
    expect(code).toBe(2);
    expect(stderr).toContain('--received: "11/30/2026" has no month 30 (dates are read day first');
  });

  it('reads UK dates in CSV cells and NDJSON fields', async () => {
    const csv = await runWith(['report', '-', ...today, '--json'], {
      stdin: 'reference,stage1_received_on,stage1_acknowledged_on\nHA-1,02/11/2026,3 Nov 2026\nHA-2,31/02/2026,\n',
    });
    const rows = ndjson(csv.stdout);
    const iso = ndjson((await runWith(['report', '-', ...today, '--json'], { stdin: 'reference,stage1_received_on,stage1_acknowledged_on\nHA-1,2026-11-02,2026-11-03\n' })).stdout);
    expect(rows[0]).toEqual(iso[0]);
    expect(csv.stderr).toBe('row 3: stage1_received_on: "31/02/2026" is not a real date (reference HA-2)\n');
    const lines = await runWith(['report', '-', ...today, '--json', '--format', 'ndjson'], {
      stdin: '{"reference":"HA-1","stage1":{"receivedOn":"02/11/2026","acknowledgedOn":"3 Nov 2026"}}\n',
    });
    expect(lines.code).toBe(0);
    expect(ndjson(lines.stdout)[0]?.deadlines).toEqual(iso[0]?.deadlines);
  });

  it('reads the extension export headers (labels) as the CLI columns', async () => {
    const { code, stdout, stderr } = await runWith(['report', '-', ...today, '--json'], {
      stdin: 'Reference,Resident,Stage 1 received,Stage 1 acknowledged,Next step\nHA-1,Mrs A,2026-11-02,2026-11-03,Respond\n',
    });
    expect(code).toBe(0);
    expect(stderr).toBe('Note: ignoring columns Resident, Next step (not one of: reference, rule_set, issue_occurred_on, resident_aware_on, stage1_received_on, stage1_acknowledged_on, stage1_responded_on, stage1_handler, stage1_extended_to, stage1_extension_notified_on, stage1_extension_reason, stage1_extension_good_reason, stage2_requested_on, stage2_acknowledged_on, stage2_responded_on, stage2_handler, stage2_extended_to, stage2_extension_notified_on, stage2_extension_reason, stage2_extension_good_reason, category, stage1_outcome, stage1_points, stage2_outcome, stage2_points, remedy, remedy_due_on, remedy_done_on, update_interval_agreed_on, update_interval_days, updates_sent_on, not_accepted_on, not_accepted_grounds, not_accepted_reason, not_accepted_explained_on, not_accepted_ombudsman_right_given, not_accepted_discretion_considered, escalation_refused_requested_on, escalation_refused_on, escalation_refused_grounds, escalation_refused_reason, escalation_refused_explained_on).\n');
    expect(ndjson(stdout)[0]).toMatchObject({ reference: 'HA-1', ruleSet: 'ho-2024' });
  });
});
