import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index.js';
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

describe('explanations, sentence by sentence', () => {
  // Received and acknowledged Mon 2 Nov 2026 (no bank holidays in November): response due Mon 16 Nov,
  // the cap 10 working days later, Mon 30 Nov.
  const explained = (stage1: object, today: string, options: Parameters<typeof complaintTimeline>[1] = {}) =>
    complaintTimeline({ reference: 'C-3', stage1: { receivedOn: '2026-11-02', ...stage1 } }, { today, ...options }).deadlines.map((d) => d.explanation);
  const respond = 'Acknowledged Mon 2 Nov 2026. Respond by Mon 16 Nov 2026 (10 working days from acknowledgement, HO Code 2024 6.3).';

  it('every kind of extension, in the order they were notified', () => {
    const extensions = [
      { notifiedOn: '2026-11-19', newDueOn: '2026-12-04', reason: 'Contractor', goodReason: true },
      { notifiedOn: '2026-11-10', newDueOn: '2026-11-13' },
      { notifiedOn: '2026-12-07', newDueOn: '2026-12-11' },
      { notifiedOn: '2026-11-12', newDueOn: '2026-11-20', reason: 'Survey' },
    ];
    // Overdue on Tue 8 Dec: Mon 7 and Tue 8 Dec are 2 working days after Fri 4 Dec.
    expect(explained({ acknowledgedOn: '2026-11-02', extensions }, '2026-12-08')[1]).toBe(
      `${respond} An extension notified on Tue 10 Nov 2026 to Fri 13 Nov 2026 does not move the deadline (Mon 16 Nov 2026). ` +
        'Extended on Thu 12 Nov 2026 to Fri 20 Nov 2026 (Survey). ' +
        'Extended on Thu 19 Nov 2026 to Fri 4 Dec 2026 (Contractor), past the cap (the Code allows 10 working days more without good reason, to Mon 30 Nov 2026), with a good reason recorded. ' +
        'An extension was notified on Mon 7 Dec 2026 to Fri 11 Dec 2026, after the deadline of Fri 4 Dec 2026 had passed, so it does not count. ' +
        'Now due Fri 4 Dec 2026. Overdue by 2 working days.',
    );
  });

  it('past the cap without good reason, and without a reason at all', () => {
    expect(explained({ acknowledgedOn: '2026-11-02', extensions: [{ notifiedOn: '2026-11-12', newDueOn: '2026-12-04' }] }, '2026-11-12')[1]).toBe(
      `${respond} Extended on Thu 12 Nov 2026 to Fri 4 Dec 2026, past the cap (the Code allows 10 working days more without good reason, to Mon 30 Nov 2026); the deadline counts as Mon 30 Nov 2026. Now due Mon 30 Nov 2026. 12 working days left.`,
    );
  });

  it('a later extension without good reason does not pull back a date moved with good reason', () => {
    const extensions = [
      { notifiedOn: '2026-11-12', newDueOn: '2026-12-04', reason: 'Contractor', goodReason: true },
      { notifiedOn: '2026-12-01', newDueOn: '2026-12-11', reason: 'Busy' },
    ];
    const timeline = complaintTimeline({ reference: 'C-3', stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-02', extensions } }, { today: '2026-12-01' });
    expect(timeline.deadlines[1]?.dueOn).toBe('2026-12-04');
  });

  it('an extension notified on the due date counts; one to the same date does not move it', () => {
    expect(explained({ acknowledgedOn: '2026-11-02', extensions: [{ notifiedOn: '2026-11-16', newDueOn: '2026-11-16', reason: 'Survey' }] }, '2026-11-16')[1]).toBe(
      `${respond} An extension notified on Mon 16 Nov 2026 to Mon 16 Nov 2026 does not move the deadline (Mon 16 Nov 2026). Due today.`,
    );
    expect(explained({ acknowledgedOn: '2026-11-02', extensions: [{ notifiedOn: '2026-11-16', newDueOn: '2026-11-20', reason: 'Survey' }] }, '2026-11-16')[1]).toBe(
      `${respond} Extended on Mon 16 Nov 2026 to Fri 20 Nov 2026 (Survey). Now due Fri 20 Nov 2026. 4 working days left.`,
    );
  });

  it('two extensions notified the same day apply in the order recorded', () => {
    const extensions = [
      { notifiedOn: '2026-11-12', newDueOn: '2026-11-20', reason: 'Survey' },
      { notifiedOn: '2026-11-12', newDueOn: '2026-11-25', reason: 'Second survey' },
    ];
    expect(explained({ acknowledgedOn: '2026-11-02', extensions }, '2026-11-12')[1]).toBe(
      `${respond} Extended on Thu 12 Nov 2026 to Fri 20 Nov 2026 (Survey). Extended on Thu 12 Nov 2026 to Wed 25 Nov 2026 (Second survey). Now due Wed 25 Nov 2026. 9 working days left.`,
    );
  });

  it('a response taken as the acknowledgement', () => {
    expect(explained({ respondedOn: '2026-11-06' }, '2026-11-10')[0]).toBe(
      'Received Mon 2 Nov 2026. Acknowledge by Mon 9 Nov 2026 (5 working days, HO Code 2024 6.2). No acknowledgement recorded; the response on Fri 6 Nov 2026 counts as one.',
    );
  });

  it('a stage 1 clock from receipt (the joint Code draft)', () => {
    const timeline = complaintTimeline({ reference: 'C-3', ruleSet: 'joint-draft-2023', stage1: { receivedOn: '2026-11-02' } }, { today: '2026-11-02' });
    expect(timeline.deadlines[1]?.explanation).toMatch(/^Received Mon 2 Nov 2026\. Respond by .* \(10 working days from receipt, /);
  });

  it('three bank holidays across a new year, with the year; not the day the clock starts on', () => {
    // Thu 24 Dec 2026: Fri 25 Dec, Mon 28 Dec (Boxing Day substitute) and Fri 1 Jan 2027 are bank holidays;
    // Tue 29 (1), Wed 30 (2), Thu 31 Dec (3), Mon 4 (4), Tue 5 Jan (5).
    expect(complaintTimeline({ reference: 'C-4', stage1: { receivedOn: '2026-12-24' } }, { today: '2026-12-24' }).deadlines[0]?.explanation).toBe(
      'Received Thu 24 Dec 2026. 25 Dec 2026, 28 Dec 2026 and 1 Jan 2027 are bank holidays. Acknowledge by Tue 5 Jan 2027 (5 working days, HO Code 2024 6.2). 5 working days left.',
    );
    expect(complaintTimeline({ reference: 'C-4', stage1: { receivedOn: '2026-12-25' } }, { today: '2026-12-25' }).deadlines[0]?.explanation).toBe(
      'Received Fri 25 Dec 2026. 28 Dec 2026 and 1 Jan 2027 are bank holidays. Acknowledge by Tue 5 Jan 2027 (5 working days, HO Code 2024 6.2). 5 working days left.',
    );
  });

  it('bank holidays and two closure days, each sentence once', () => {
    // Fri 18 Dec 2026: Mon 21 (1), Tue 22 (2), Wed 23 (3), 24 closed, 25 and 28 bank holidays, 29 closed, Wed 30 (4), Thu 31 (5).
    const calendar = createCalendar({ closureDays: [{ date: '2026-12-24', reason: 'Christmas shutdown' }, '2026-12-29'] });
    expect(complaintTimeline({ reference: 'C-5', stage1: { receivedOn: '2026-12-18' } }, { today: '2026-12-18', calendar }).deadlines[0]?.explanation).toBe(
      'Received Fri 18 Dec 2026. 25 Dec and 28 Dec are bank holidays. 24 Dec (Christmas shutdown) and 29 Dec (Closure day) are closure days. Acknowledge by Thu 31 Dec 2026 (5 working days, HO Code 2024 6.2). 5 working days left.',
    );
  });

  it('an unacknowledged complaint has no implied acknowledgement', () => {
    const [acknowledgement] = complaintTimeline({ reference: 'C-6', stage1: { receivedOn: '2026-11-02' } }, { today: '2026-11-03' }).deadlines;
    expect(acknowledgement && 'doneOnImplied' in acknowledgement).toBe(false);
  });
});
