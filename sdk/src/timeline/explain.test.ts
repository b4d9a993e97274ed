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
    expect(timeline.deadlines.map((d) => `${d.title} [${d.state}]: ${d.explanation}`)).toMatchInlineSnapshot(`
      [
        "Stage 1 acknowledgement [met]: Received Fri 19 Mar 2027. 26 Mar and 29 Mar are bank holidays. Acknowledge by Tue 30 Mar 2027 (5 working days, HO Code 2024 6.2). Acknowledged Tue 23 Mar 2027: on time.",
        "Stage 1 response [met]: Acknowledged Tue 23 Mar 2027. 26 Mar and 29 Mar are bank holidays. Respond by Thu 8 Apr 2027 (10 working days from acknowledgement, HO Code 2024 6.3). Responded Tue 6 Apr 2027: on time.",
        "Stage 2 acknowledgement [met]: Stage 2 requested Mon 12 Apr 2027. Acknowledge by Mon 19 Apr 2027 (5 working days, HO Code 2024 6.11). Acknowledged Wed 14 Apr 2027: on time.",
        "Stage 2 final response [on-track]: Acknowledged Wed 14 Apr 2027. 3 May is a bank holiday. Respond by Thu 13 May 2027 (20 working days from acknowledgement, HO Code 2024 6.14). Extended on Mon 10 May 2027 to Wed 26 May 2027 (Waiting for the contractor’s report). Now due Wed 26 May 2027. 10 working days left.",
      ]
    `);
    expect([timeline.stage, timeline.closed, timeline.next?.id, timeline.findings]).toEqual([2, false, 'stage2-response', []]);
  });

  it('say when the 2022 Code’s wording is not confirmed', () => {
    const timeline = complaintTimeline(
      { reference: 'C-2', stage1: { receivedOn: '2023-06-01', acknowledgedOn: '2023-06-02', respondedOn: '2023-06-09' }, stage2: { requestedOn: '2023-06-12' } },
      { today: '2023-06-13' },
    );
    expect(timeline.deadlines.map((d) => d.explanation)).toMatchInlineSnapshot(`
      [
        "Received Thu 1 Jun 2023. Acknowledge by Thu 8 Jun 2023 (5 working days, HO Code 2022, unconfirmed). Acknowledged Fri 2 Jun 2023: on time.",
        "Acknowledged Fri 2 Jun 2023. The 2022 Code counts from the complaint being logged (5.1), taken here as the acknowledgement. Respond by Fri 16 Jun 2023 (10 working days from acknowledgement, HO Code 2022 5.1). Responded Fri 9 Jun 2023: on time.",
        "Stage 2 requested Mon 12 Jun 2023. Acknowledge by Mon 19 Jun 2023 (5 working days, HO Code 2022, unconfirmed). 4 working days left.",
        "Stage 2 requested Mon 12 Jun 2023. Respond by Mon 10 Jul 2023 (20 working days from the escalation request, HO Code 2022, unconfirmed). 19 working days left.",
      ]
    `);
  });
});
