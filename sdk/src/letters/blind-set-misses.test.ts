import { describe, expect, test } from 'vitest';
import { checkDraft } from './check-draft.js';
import { detectKind } from './detect-kind.js';

// Issue 12, round 17: misses found on the blind sets holdout, holdout-2 and tuning-4, one test each, in the
// letters' own words (short excerpts).
type Kind = NonNullable<Parameters<typeof checkDraft>[0]['kind']>;
const has = (kind: Kind, text: string, id: string, rules?: 'joint-draft-2023') =>
  checkDraft({ kind, text, ...(rules ? { rules } : {}) }).elements.find((e) => e.id === id)?.present;
const cautions = (kind: Kind, text: string) => checkDraft({ kind, text, rules: 'joint-draft-2023' }).cautions.map((c) => c.id);

describe('definition', () => {
  test('a "You raised two concerns: firstly…" line under "Your complaint" is the content of that heading, not a new heading', () => {
    expect(has('stage1-response', 'Your complaint\nYou raised two concerns: firstly, that your service charge included £184 for grounds maintenance.\n\nOutcome\nWe have upheld your complaint.', 'definition')).toBe(true);
  });
  test.each([
    ["Mr Hollis's complaint is about the communal door entry system at Ropery Court."], // a letter to an MP
    ['The complaint, as set out in your letter and agreed with you by telephone on 27 October 2026, is that we refused the application.'],
    ['As I understand it, you are complaining that the rear bedroom window does not close properly.'],
    ['I have recorded your complaint as follows: that our engineer arrived two hours late.'],
    ["We understand Mr Achebe's complaint to be that his transfer request has not been assessed."],
    ["We've now looked into your stage 1 complaint about the broken lift at Linden Tower."],
    ["I've reviewed your stage 2 request about the £95 charge for replacing the lost fob."],
    ['Description of complaint:\nMr Penhale is unhappy with the time taken to fit a level-access shower.'],
    ['Your complaint in brief: the new entry fob system has locked you out three times.'],
  ])('%s', (text) => {
    expect(has('acknowledgement', text, 'definition')).toBe(true);
  });
  test('"If you feel the matter is not resolved" does not define the complaint', () => {
    expect(has('stage1-response', 'I uphold your complaint. If you feel the matter is not resolved, you can ask for it to be looked at again.', 'definition')).toBe(false);
  });
});

describe('outcomes sought and responsibility scope', () => {
  test.each([['Mrs Holt would like the works to be carried out before Christmas.'], ['He would like his application assessed.'], ["What you're hoping for: a working fob and the £45 locksmith bill refunded."]])('%s is the outcome sought', (text) => {
    expect(has('acknowledgement', text, 'outcomes-sought')).toBe(true);
  });
  test.each([
    ['The fence next to the footpath belongs to Somerset Council rather than to us, so we can\'t repair that one.'],
    ['The verge by the bus stop is maintained by Dacorum Borough Council, not by Hightown Vale or Clearway.'],
    ['The lighting is maintained by the management company for the development, Crestline Estates, not by us.'],
    ['The banding of applications is decided by Wickersley Borough Council, not by us.'],
    ['This is not something we are responsible for or can deal with as part of this complaint.'],
  ])('%s says what is not ours', (text) => {
    expect(has('acknowledgement', text, 'responsibility-scope')).toBe(true);
  });
});

describe('decision, reasons, remedy, outstanding actions', () => {
  test.each([['I have reviewed the case and uphold your complaint.'], ['Having looked at the report, I have decided that the recharge should be reduced by half.'], ['The fob you returned was tested and works, so the charge stands.']])('%s is a decision', (text) => {
    expect(has('stage2-response', text, 'decision')).toBe(true);
  });
  test('"I have reviewed the stage 1 response and I agree with its findings" gives no reason', () => {
    expect(has('stage2-response', 'I have reviewed the stage 1 response and I agree with its findings, so your complaint is not upheld.', 'reasons')).toBe(false);
  });
  test('a "Decision reason:" form field is the reason', () => {
    expect(has('stage2-response', 'Outcome: Upheld\nDecision reason: Repair missed target by 11 weeks due to scaffold availability.\n', 'reasons')).toBe(true);
  });
  test.each([['The recharge is reduced to £600, and the difference has been removed from your account.'], ['We will redecorate the three affected rooms.'], ['I also apologise that the stage 1 review was not thorough.']])('%s is a remedy', (text) => {
    expect(has('stage2-response', text, 'remedy')).toBe(true);
  });
  test.each([['Your housing officer will contact you each week with any suitable offers.'], ['Pest control visited on 12 November and laid bait, and will return on 26 November.']])('%s is an outstanding action', (text) => {
    expect(has('stage1-response', text, 'outstanding-actions')).toBe(true);
  });
  test('an "Actions still to be completed" heading with text under it', () => {
    expect(has('stage2-response', 'Actions still to be completed\nYour new banding letter will be sent to you by 27 November 2026.\n', 'outstanding-actions')).toBe(true);
  });
});

describe('escalation and third stage', () => {
  test('"ask Avon Meadows Housing Association to consider your complaint at stage 2" (a long name before "stage 2")', () => {
    expect(has('stage1-response', 'If you are unhappy, you can ask Avon Meadows Housing Association to consider your complaint at stage 2.', 'escalation')).toBe(true);
  });
  test('"the next stage" and "reply to this email" are routes to stage 2', () => {
    expect(has('stage1-response', 'If you are not happy, you can ask for your complaint to be considered at the next stage of our procedure.', 'escalation')).toBe(true);
    expect(has('stage1-response', 'If you are not satisfied with this outcome, please reply to this email within 20 working days.', 'escalation')).toBe(true);
  });
  test('"your complaint can be referred to the Housing Ombudsman" is the stage 2 route', () => {
    expect(has('stage2-response', 'This is our final response. Your complaint can be referred to the Housing Ombudsman Service.', 'escalation')).toBe(true);
  });
  test('a panel that already decided is not a third stage; one still to come is', () => {
    expect(cautions('stage2-response', 'I have now had your request considered by the panel on 12 November 2026, which has approved it.')).not.toContain('third-stage');
    expect(cautions('stage2-response', 'If you remain unhappy, your complaint can be considered by the complaints panel.')).toContain('third-stage');
  });
  test('"used to include a third stage. It no longer does" and an admission appeal panel are not a third stage', () => {
    expect(cautions('stage2-response', "The council's process used to include a third stage. It no longer does: this letter is our final response.")).not.toContain('third-stage');
    expect(cautions('refusal', 'You can appeal to an independent admission appeal panel.')).not.toContain('third-stage');
  });
  test('a stage 2 letter that offers a third stage but also the Ombudsman now keeps its escalation', () => {
    const text = 'Our procedure has a final stage 3 review by the Chief Executive. You do not have to use it: you have the right to ask the Housing Ombudsman to look at your complaint now.';
    expect(has('stage2-response', text, 'escalation')).toBe(true);
    expect(has('stage2-response', 'You can ask for a stage 3 review by the Chief Executive, and then ask the Housing Ombudsman to look at it.', 'escalation')).toBe(false);
  });
});

describe('extension notices', () => {
  test.each([
    ['We need more time to respond. To answer your complaint properly we need the findings of a structural engineer, who will inspect your home on 25 November 2026.'],
    ["I'm sorry to let you know that I need a little more time: the leaseholders' association has asked to give us its view."],
    ["We're still waiting on information from the repairs contractor so we'll need a bit longer to reply."],
    ['The case officer dealing with the file is on long-term sick leave and the file has been reallocated.'],
    ['Your complaint involves three departments, and we need to co-ordinate their information before we can reply fully.'],
  ])('%s gives the reason', (text) => {
    expect(has('extension-notice', text, 'reason')).toBe(true);
  });
  test('"we need more time to respond" alone, then the new date, gives no reason', () => {
    expect(has('extension-notice', 'We need more time to respond. We will now send you our response by 4 December 2026. If you are unhappy, contact the Housing Ombudsman.', 'reason')).toBe(false);
  });
  test('the date the letter cannot meet is not the new deadline; "we now need until" and a revised date are', () => {
    expect(has('extension-notice', 'We will not be able to send our Stage 1 response to your complaint by 25 November 2026, the date we gave you.', 'new-deadline')).toBe(false);
    expect(has('extension-notice', 'We told you we would reply by 10 October. Unfortunately we now need until 24 October.', 'new-deadline')).toBe(true);
    expect(has('extension-notice', 'Revised response date: 11 December 2026', 'new-deadline')).toBe(true);
  });
});

describe('named staff', () => {
  test('the case officer handling the complaint may be named', () => {
    expect(cautions('acknowledgement', 'Dear Ms Lee\n\nYour case officer, Sarah Jones, will keep you updated.\n\nYours sincerely')).not.toContain('names-staff');
  });
  test("a freeholder's company or the landlord's own registered name is not a named contractor; a contractor is", () => {
    expect(cautions('acknowledgement', 'Dear Ms Lee\n\nThe block is owned by a private freeholder, Harbourline Estates Ltd, who sets the insurance.\n\nYours sincerely')).not.toContain('names-staff');
    expect(cautions('stage2-response', 'Dear Mr Vasquez\n\nOutcome: Upheld\nKestrel Living Ltd, registered in England & Wales, no. 09988112.')).not.toContain('names-staff');
    expect(cautions('stage1-response', 'Dear Ms Lee\n\nApex Roofing Ltd did not return to finish the job.\n\nYours sincerely')).toContain('names-staff');
  });
  test('Sussex Police are not staff', () => {
    expect(cautions('stage2-response', 'Dear Ms Lee\n\nSussex Police, who attended on 3 May, gave us a crime number.\n\nYours sincerely')).not.toContain('names-staff');
  });
});

describe('kind detection', () => {
  test.each([
    ['We will not be able to send our Stage 1 response by 25 November 2026, the date we gave you in our acknowledgement. We have not yet received the insurer\'s report.', 'extension-notice'],
    ["I'm sorry – I need to push back our reply to your complaint. You will now have our response by 14 December 2026.", 'extension-notice'],
    ["I'm afraid we can't consider this through the council's complaints procedure. The planning committee refused your side extension.", 'refusal'],
    ["Thank you for your email. Unfortunately this isn't something we can deal with as a complaint.", 'refusal'],
    ['We have registered her concerns as a Stage 1 complaint. We will send our full Stage 1 response to Mrs Holt, with a copy to you, by 20 November 2026.', 'acknowledgement'],
    ['We have recorded this as an informal complaint. The Neighbourhood Team will contact you within 5 working days.', 'acknowledgement'],
  ] as const)('%s', (text, kind) => {
    const detection = detectKind(text);
    expect(detection.needsKind).toBe(false);
    expect(detection.kind).toBe(kind);
  });
  test('a response that says when stage 2 would reply is still a response (a decision halves the acknowledgement clues)', () => {
    const text = 'RESPONSE TO YOUR COMPLAINT – STAGE ONE\n\nI have decided to uphold your complaint. If you ask for stage 2, you will receive our final response within 20 working days.';
    expect(detectKind(text).kind).toBe('stage1-response');
  });
});
