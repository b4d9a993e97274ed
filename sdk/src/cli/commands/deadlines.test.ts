import { describe, expect, it } from 'vitest';
import { runWith } from '../test-io.js';

const base = ['deadlines', '--received', '2026-12-18', '--today', '2027-01-04'];

async function json(args: string[]) {
  const result = await runWith([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('complaint-code deadlines', () => {
  it('gives the worked example over Christmas as JSON (domain.md 2a)', async () => {
    const view = await json(base);
    expect(view).toMatchObject({
      reference: 'CLI',
      ruleSet: 'ho-2024',
      stage: 1,
      acknowledgeBy: '2026-12-29',
      // Not acknowledged yet: HO 2024 6.3 counts 10 working days from the acknowledgement deadline.
      respondBy: '2027-01-13',
      latestExtendedRespondBy: '2027-01-27',
      state: 'overdue',
      nextStep: 'stage1-acknowledgement',
    });
    // Due Tue 29 Dec 2026; today Mon 4 Jan 2027 is Wed 30 (1), Thu 31 (2), Mon 4 (3; Fri 1 Jan is a bank holiday).
    expect(view['workingDaysLeft']).toBe(-3);
    expect(view['explanation']).toBe(
      'Received Fri 18 Dec 2026. 25 Dec and 28 Dec are bank holidays. Acknowledge by Tue 29 Dec 2026 (5 working days, HO Code 2024 6.2). Overdue by 3 working days.',
    );
    expect(view['deadlines']).toHaveLength(2);
  });

  it('prints a readable table with dates, states and explanations', async () => {
    const { code, stdout, stderr } = await runWith(base);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Stage 1 acknowledgement');
    expect(stdout).toContain('Tue 29 Dec 2026');
    expect(stdout).toContain('Overdue');
    expect(stdout).toContain('Wed 13 Jan 2027');
    expect(stdout).toContain('Why these dates:');
    expect(stdout).toContain('Today: Mon 4 Jan 2027');
  });

  it('counts the response from the actual acknowledgement', async () => {
    const view = await json([...base, '--acknowledged', '2026-12-22']);
    // Tue 22 Dec + 10: Wed 23, Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 … Fri 8 Jan (25, 28 Dec and 1 Jan are
    // bank holidays); the cap is 10 more, Mon 11 … Fri 22 Jan; Mon 4 to Fri 8 Jan leaves 4 working days.
    expect(view).toMatchObject({
      acknowledgeBy: '2026-12-29', respondBy: '2027-01-08', latestExtendedRespondBy: '2027-01-22',
      nextStep: 'stage1-response', state: 'on-track', workingDaysLeft: 4,
    });
  });

  it('reads --acknowledged after --escalated as the stage 2 acknowledgement (the issue form)', async () => {
    const args = ['deadlines', '--received', '2026-09-01', '--acknowledged', '2026-09-03', '--responded', '2026-09-15',
      '--stage', '2', '--escalated', '2026-10-01', '--acknowledged', '2026-10-05', '--today', '2026-11-02'];
    const view = await json(args);
    expect(view).toMatchObject({ stage: 2, nextStep: 'stage2-response' });
    const [ack] = view['deadlines'] as { id: string; doneOn?: string }[];
    expect(ack).toMatchObject({ id: 'stage2-acknowledgement', doneOn: '2026-10-05' });
    // Same answer with the explicit option.
    const explicit = await json(['deadlines', '--received', '2026-09-01', '--acknowledged', '2026-09-03', '--responded', '2026-09-15',
      '--escalated', '2026-10-01', '--escalation-acknowledged', '2026-10-05', '--today', '2026-11-02']);
    expect(explicit).toEqual(view);
  });

  it('uses another rule set when asked', async () => {
    const view = await json([...base, '--rules', 'joint-draft-2023']);
    // The joint draft counts the response from receipt (draft 6.3).
    expect(view).toMatchObject({ ruleSet: 'joint-draft-2023', respondBy: '2027-01-06' });
  });

  describe('bad input: exit 2 and a message naming the option', () => {
    it.each([
      [['deadlines', '--received', '2026-02-30', '--today', '2027-01-04'], /--received: 2026-02-30 is not a real date/],
      [[...base, '--acknowledged', '2026-12-10'], /--acknowledged: Acknowledged \(2026-12-10\) before the complaint was received/],
      [[...base, '--rules', 'ho-2099'], /--rules: unknown rule set "ho-2099"/],
      [['deadlines', '--today', '2027-01-04'], /--received is required/],
      [[...base, '--stage', '2'], /--stage 2 needs --escalated/],
      [[...base, '--today', '2027-13-01'], /--today: 2027-13-01 is not a real date/],
      [[...base, '--frobnicate'], /Unknown option --frobnicate/],
      [[...base, '--received'], /--received needs a value/],
      [[...base, '--extended-to', '2027-01-20'], /^--extension-notified: required with the options given, but missing$/m],
      [[...base, '--stage', '3'], /--stage: "3" is not 1 or 2/],
    ])('%j', async (args, message) => {
      const { code, stdout, stderr } = await runWith(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  });

  it('prints its help', async () => {
    const { code, stdout } = await runWith(['deadlines', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--escalation-acknowledged');
  });
});
