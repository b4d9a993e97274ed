import { describe, expect, test } from 'vitest';
import { checkDraft } from './check-draft.js';
import type { LetterKind } from './types.js';

const present = (kind: LetterKind, text: string, id: string) => checkDraft({ kind, text }).elements.find((e) => e.id === id)?.present;

describe('element rules: informal wording is found', () => {
  test.each([
    ['stage1-response', 'outstanding-actions', 'The joiner is due back on 8 May to hang the new door.'],
    ['stage1-response', 'outstanding-actions', 'Whats left to do\nOur surveyor will ring you next week to book the visit.'],
    ['stage2-response', 'outstanding-actions', 'Nothing remains outstanding on our side.'],
    ['stage1-response', 'outstanding-actions', 'Oustanding actions: none.'],
    ['stage1-response', 'definition', 'You got in touch because the lift keeps breaking down.'],
    ['stage1-response', 'definition', 'Thanks for your call yesterday afternoon about the bins.'],
    ['stage2-response', 'definition', "To be clear about what you asked us to review: you're unhappy that the charge was not explained."],
    ['stage1-response', 'reasons', 'The bin store is cleared every Friday according to our schedule, and I have seen the signed sheets.'],
    ['stage1-response', 'reasons', 'Clause 4.1 of your tenancy agreement says that you are responsible for the garden.'],
    ['refusal', 'reasons', 'Parking tickets have their own appeals process through an independent tribunal.'],
    ['stage1-response', 'remedy', "So here's what we'll do: we will replace the lock."],
    ['stage1-response', 'escalation', 'If you are not happy, you can esclate your complaint to stage 2.'],
    ['acknowledgement', 'outcomes-sought', "You've said you'd like the fence replaced."],
    ['acknowledgement', 'responsibility-scope', 'The car park is managed by the council, not by us.'],
    ['acknowledgement', 'responsibility-scope', "What we can't look at\nYour neighbour's behaviour is a tenancy matter."],
    ['acknowledgement', 'responsibility-scope', 'We can only consider the last 12 months in this complaint.'],
    ['acknowledgement', 'response-deadline', 'You should hear back from us within 10 working days.'],
    ['extension-notice', 'reason', 'The surveyor cannot visit until 3 June, and we cannot decide without the report.'],
  ] as const)('%s / %s: %s', (kind, id, text) => {
    expect(present(kind, text, id)).toBe(true);
  });
});

describe('element rules: near misses are not counted', () => {
  test.each([
    ['stage1-response', 'outstanding-actions', 'If you ask for a stage 2 review, we will contact you within 5 working days to acknowledge it.'],
    ['stage1-response', 'outstanding-actions', 'Your next rent payment is due on 1 April.'],
    ['stage1-response', 'outstanding-actions', 'I have asked the team to use plainer wording in future.'],
    ['stage1-response', 'definition', "If you're unhappy with this response, you can ask for stage 2."],
    ['stage1-response', 'reasons', 'We have considered your complaint carefully and have decided not to uphold it.'],
    ['stage1-response', 'remedy', 'We are sorry you have had a frustrating time.'],
    ['acknowledgement', 'outcomes-sought', "If you'd like to talk to us about your complaint, please call."],
    ['acknowledgement', 'responsibility-scope', 'We will contact you within 2 working days to talk it through.'],
    ['extension-notice', 'reason', 'We need more time to respond to your complaint.'],
  ] as const)('%s / %s: %s', (kind, id, text) => {
    expect(present(kind, text, id)).toBe(false);
  });
});

describe('third-stage caution', () => {
  test('a further review by a committee after stage 2 is a third stage', () => {
    const result = checkDraft({ kind: 'stage2-response', text: 'This is our stage 2 response. If you are still dissatisfied, you can ask for a final review by our Board Complaints Committee.' });
    expect(result.cautions.map((c) => c.id)).toContain('third-stage');
  });
  test('a note that the landlord referred something to a director is not an offer of a third stage', () => {
    const result = checkDraft({ kind: 'stage2-response', text: 'This is our final response. I have referred your comments to our Director of Repairs, who has agreed to change the process.' });
    expect(result.cautions.map((c) => c.id)).not.toContain('third-stage');
  });
  test('a panel that approves funding is not a complaints stage', () => {
    const result = checkDraft({ kind: 'stage2-response', text: 'This is our stage 2 response. The adaptations panel approved your shower on 28 January.' });
    expect(result.cautions.map((c) => c.id)).not.toContain('third-stage');
  });
});
