import { describe, expect, it } from 'vitest';
import { complaintTimeline } from './complaintTimeline.js';

describe('explanations', () => {
  it('explain a whole two-stage complaint under the HO Code 2024, across Easter 2027', () => {
    const timeline = complaintTimeline(
      {
        reference: 'C-1',
        stage1: { receivedOn: '2027-03-19', acknowledgedOn: '2027-03-23', respondedOn: '2027-04-06', handlerId: 'jo' },
        stage2: {
          requestedOn: '2027-04-12',
          acknowledgedOn: '2027-04-14',
          handlerId: 'sam',
          extensions: [{ notifiedOn: '2027-05-10', newDueOn: '2027-05-26', reason: 'Waiting for the contractor’s report' }],
        },
      },
      { today: '2027-05-12' },
    );
    expect(timeline.deadlines.map((d) => `${d.title} [${d.state}]: ${d.explanation}`)).toEqual([
      'Stage 1 acknowledgement [met]: Received Fri 19 Mar 2027. 26 Mar and 29 Mar are bank holidays. Acknowledge by Tue 30 Mar 2027 (5 working days, HO Code 2024 6.2). Acknowledged Tue 23 Mar 2027: on time.',
      'Stage 1 response [met]: Acknowledged Tue 23 Mar 2027. 26 Mar and 29 Mar are bank holidays. Respond by Thu 8 Apr 2027 (10 working days from acknowledgement, HO Code 2024 6.3). Responded Tue 6 Apr 2027: on time.',
      'Stage 2 acknowledgement [met]: Stage 2 requested Mon 12 Apr 2027. Acknowledge by Mon 19 Apr 2027 (5 working days, HO Code 2024 6.11). Acknowledged Wed 14 Apr 2027: on time.',
      'Stage 2 final response [on-track]: Acknowledged Wed 14 Apr 2027. 3 May is a bank holiday. Respond by Thu 13 May 2027 (20 working days from acknowledgement, HO Code 2024 6.14). Extended on Mon 10 May 2027 to Wed 26 May 2027 (Waiting for the contractor’s report). Now due Wed 26 May 2027. 10 working days left.',
    ]);
    // Worked by hand: Good Friday 26 Mar and Easter Monday 29 Mar 2027, early May bank holiday 3 May 2027.
    // Ack: Mon 22 … Thu 25 Mar (4), Tue 30 Mar (5). Response from Tue 23 Mar: Wed 24, Thu 25, Tue 30, Wed 31 Mar,
    // Thu 1 … Fri 2, Mon 5 … Thu 8 Apr (10). Stage 2 ack: Tue 13 … Fri 16 (4), Mon 19 Apr (5). Stage 2 response
    // from Wed 14 Apr: Thu 15 Apr (1) … Fri 30 Apr (12), Tue 4 May (13) … Thu 13 May (20); extended to Wed 26 May,
    // which is Thu 13 … Wed 26 May = 10 working days after today, Wed 12 May.
    expect(timeline.deadlines.map((d) => [d.id, d.dueOn, d.state, d.workingDaysLeft])).toEqual([
      ['stage1-acknowledgement', '2027-03-30', 'met', undefined],
      ['stage1-response', '2027-04-08', 'met', undefined],
      ['stage2-acknowledgement', '2027-04-19', 'met', undefined],
      ['stage2-response', '2027-05-26', 'on-track', 10],
    ]);
    expect(timeline.deadlines[3]?.codeDueOn).toBe('2027-05-13');
    expect([timeline.stage, timeline.closed, timeline.next?.id, timeline.findings]).toEqual([2, false, 'stage2-response', []]);
  });

  it('say when the 2022 Code’s wording is not confirmed', () => {
    const timeline = complaintTimeline(
      { reference: 'C-2', stage1: { receivedOn: '2023-06-01', acknowledgedOn: '2023-06-02', respondedOn: '2023-06-09' }, stage2: { requestedOn: '2023-06-12' } },
      { today: '2023-06-13' },
    );
    // Ack: Fri 2, Mon 5 … Thu 8 Jun (5). Response from Fri 2 Jun: Mon 5 … Fri 16 Jun (10). Stage 2 from Mon 12 Jun:
    // ack Tue 13 … Mon 19 Jun (5), 4 left after Tue 13 Jun; response Tue 13 Jun … Mon 10 Jul (20), 19 left.
    expect(timeline.deadlines.map((d) => [d.dueOn, d.workingDaysLeft])).toEqual([
      ['2023-06-08', undefined],
      ['2023-06-16', undefined],
      ['2023-06-19', 4],
      ['2023-07-10', 19],
    ]);
    expect(timeline.deadlines.map((d) => d.explanation)).toEqual([
      'Received Thu 1 Jun 2023. Acknowledge by Thu 8 Jun 2023 (5 working days, HO Code 2022, unconfirmed). Acknowledged Fri 2 Jun 2023: on time.',
      'Acknowledged Fri 2 Jun 2023. The 2022 Code counts from the complaint being logged (5.1), taken here as the acknowledgement. Respond by Fri 16 Jun 2023 (10 working days from acknowledgement, HO Code 2022 5.1). Responded Fri 9 Jun 2023: on time.',
      'Stage 2 requested Mon 12 Jun 2023. Acknowledge by Mon 19 Jun 2023 (5 working days, HO Code 2022, unconfirmed). 4 working days left.',
      'Stage 2 requested Mon 12 Jun 2023. Respond by Mon 10 Jul 2023 (20 working days from the escalation request, HO Code 2022, unconfirmed). 19 working days left.',
    ]);
  });
});
