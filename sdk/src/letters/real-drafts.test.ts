import { describe, expect, test } from 'vitest';
import { checkDraft } from './check-draft.js';

// Issue 12: the misses seen on real council templates and drafts, one test each.
const element = (result: ReturnType<typeof checkDraft>, id: string) => result.elements.find((e) => e.id === id);
const cautions = (result: ReturnType<typeof checkDraft>) => result.cautions.map((c) => c.id);

describe('form layouts', () => {
  test('"the outcome is that your complaint was:" then "Upheld" on its own line is a decision', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Dear Mr Khan\n\nThis is our stage 1 response.\n\nHaving investigated, the outcome is that your complaint was:\n\nUpheld\n\nYours sincerely' });
    expect(element(result, 'decision')?.present).toBe(true);
    expect(element(result, 'decision')?.evidence?.text).toMatch(/Upheld/);
  });
  test('"Outcome: Partially upheld" is a decision, and the partially-upheld caution fires too', () => {
    const result = checkDraft({ kind: 'stage1-response', rules: 'joint-draft-2023', text: 'Complaint reference: 4411\nStage: 1\nOutcome: Partially upheld\n' });
    expect(element(result, 'decision')?.present).toBe(true);
    expect(cautions(result)).toContain('partially-upheld');
  });
  test('an outcome table in HTML ("Outcome" | "Not upheld") is a decision', () => {
    const result = checkDraft({ kind: 'stage2-response', html: '<table><tr><td>Stage</td><td>2</td></tr><tr><td>Outcome</td><td>Not upheld</td></tr></table>' });
    expect(element(result, 'decision')?.present).toBe(true);
  });
  test('a bare "Apology and financial redress £50.00" line is the remedy', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Outcome: Upheld\nRemedy offered:\nApology and financial redress £50.00\n' });
    expect(element(result, 'remedy')?.present).toBe(true);
    const bare = checkDraft({ kind: 'stage1-response', text: 'Upheld.\n\nApology and financial redress £50.00\n' });
    expect(element(bare, 'remedy')?.present).toBe(true);
  });
});

describe('reasons without a connector', () => {
  test('the explanation that follows a decision is its reason', () => {
    const result = checkDraft({ kind: 'stage1-response', text: "Dear Ms Ali\n\nWe have upheld your complaint. The contractor's job was closed in error before the work was done.\n\nKind regards" });
    expect(element(result, 'reasons')?.present).toBe(true);
    expect(element(result, 'reasons')?.evidence?.text).toMatch(/closed in error/);
  });
  test('the explanation just before the decision, in the same paragraph, is its reason', () => {
    const result = checkDraft({ kind: 'stage1-response', text: "Dear Mr Yu\n\nI've looked into each of these.\n\nThe order for the surfacing was lost and nobody told residents what had happened. I'm upholding your complaint.\n\nRegards" });
    expect(element(result, 'reasons')?.evidence?.text).toBe('The order for the surfacing was lost and nobody told residents what had happened.');
  });
  test('the definition before a decision is not its reason', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Dear Mr Yu\n\nYour complaint was about the delay in fixing the fence at your home. We have not upheld your complaint.\n\nRegards' });
    expect(element(result, 'reasons')?.present).toBe(false);
  });
  test('"We have looked into" alone is not a reason', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Dear Ms Ali\n\nWe have looked into your complaint about the repair. We have not upheld your complaint.\n\nIf you are unhappy you can ask for a stage 2 review.\n\nKind regards' });
    expect(element(result, 'reasons')?.present).toBe(false);
  });
  test('what follows a decision is not a reason when it is an action still to come', () => {
    const result = checkDraft({ kind: 'stage2-response', text: 'This is our final response. We have upheld your complaint. The engineer is due back on 2 December to replace the part.' });
    expect(element(result, 'reasons')?.present).toBe(false);
  });
  test('what follows a decision is not a reason when it is the remedy or the next step', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Dear Ms Ali\n\nWe have upheld your complaint. We would like to offer you £40 as a goodwill gesture.\n\nIf you are unhappy you can ask for a stage 2 review.\n\nKind regards' });
    expect(element(result, 'reasons')?.present).toBe(false);
  });
});

describe('escalation in other words', () => {
  test('"If you wish to appeal the decision…" at stage 1 is the escalation', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'This is our stage 1 response. If you wish to appeal the decision, please write to the complaints team within 20 working days.' });
    expect(element(result, 'escalation')?.present).toBe(true);
  });
  test('"you can go direct to the Housing Ombudsman Service, and they may be able to investigate" (Camden) at stage 2', () => {
    const result = checkDraft({ kind: 'stage2-response', text: 'This is our final response. If you remain dissatisfied you can go direct to the Housing Ombudsman Service, and they may be able to investigate.' });
    expect(element(result, 'escalation')?.present).toBe(true);
  });
  test('"appeal" wording at stage 2 of a three-stage process is the third-stage caution', () => {
    const result = checkDraft({ kind: 'stage2-response', text: 'This is our stage 2 response. We have not upheld your complaint. If you wish to appeal the decision, write to the Head of Service.' });
    expect(cautions(result)).toContain('third-stage');
    expect(element(result, 'escalation')?.present).toBe(false);
  });
});

describe('false alarms', () => {
  test('"Someone from the team will be in contact" names nobody', () => {
    const result = checkDraft({ kind: 'acknowledgement', rules: 'joint-draft-2023', text: 'Dear Mr Ode\n\nWe have received your complaint. Someone from the team will be in contact within 10 working days.\n\nRegards' });
    expect(cautions(result)).not.toContain('names-staff');
  });
});

describe('kind on terse templates', () => {
  test('with no clue the checker asks which letter this is instead of assuming', () => {
    const result = checkDraft({ text: 'Dear Mr Khan\n\nPlease see attached.\n\nRegards' });
    expect(result.needsKind).toBe(true);
    expect(result.detection?.candidates.length).toBe(5);
  });
  test('two kinds equally likely: asks, offering those two first', () => {
    const result = checkDraft({ text: 'Dear Mr Khan\n\nWe need more time. This matter is excluded from the policy.\n\nRegards' });
    expect(result.needsKind).toBe(true);
    expect([...(result.detection?.candidates ?? [])].sort()).toEqual(['extension-notice', 'refusal']);
  });
  test('a response that shows no stage is read as stage 1 (a stage 2 letter says so), without asking', () => {
    const result = checkDraft({ text: 'Dear Mr Khan\n\nWe found the repair was done late.\n\nRegards' });
    expect(result.needsKind).toBe(false);
    expect(result.kind).toBe('stage1-response');
  });
  test('a clear letter does not ask', () => {
    const result = checkDraft({ text: 'We need more time to respond to your complaint because we are waiting for a survey. We will now reply by 3 March 2027.' });
    expect(result.needsKind).toBe(false);
    expect(result.kind).toBe('extension-notice');
  });
  test('when the kind is given nothing is asked', () => {
    expect(checkDraft({ text: 'Please see attached.', kind: 'refusal' }).needsKind).toBe(false);
  });
});

describe('real drafts carry more than the letter', () => {
  const quoted = (history: string) => `Dear Ms Grey\n\nThank you for your email.\n\nKind regards\nSam\n\n${history}`;
  test.each([
    ['"On … wrote:"', 'On Mon, 2 Nov 2026 at 09:14, Jo Grey <jo@example.org> wrote:\nMy complaint is about the leak. This is my stage 1 complaint. You have upheld it before because of the damp.'],
    ['"-----Original Message-----"', '-----Original Message-----\nFrom: Jo Grey\nSent: 02 November 2026 09:14\nSubject: complaint\n\nMy complaint is about the leak. This is my stage 1 complaint. You upheld it because of the damp.'],
    ['Outlook "From: / Sent:" header', '________________________________\nFrom: Jo Grey <jo@example.org>\nSent: Monday, November 2, 2026 9:14 AM\nTo: Complaints\nSubject: complaint\n\nMy complaint is about the leak. This is my stage 1 complaint. You upheld it because of the damp.'],
    ['">" quoted lines', '> My complaint is about the leak.\n> This is my stage 1 complaint.\n> You upheld it because of the damp.'],
  ])('a quoted resident email below %s never supplies a present element', (_name, history) => {
    const result = checkDraft({ kind: 'stage1-response', text: quoted(history) });
    expect(result.elements.filter((e) => e.present).map((e) => e.id)).toEqual([]);
    expect(result.text).toContain('My complaint is about the leak');
  });
  test('an email disclaimer or signature block supplies nothing', () => {
    const text = 'Dear Ms Grey\n\nThank you for your email.\n\nKind regards\nSam Jones\nComplaints Officer\n\nThis email and any attachments are confidential. If you have received it in error, you can ask for a review of how we handled it because we take privacy seriously.';
    const result = checkDraft({ kind: 'stage1-response', text });
    expect(element(result, 'reasons')?.present).toBe(false);
    expect(element(result, 'escalation')?.present).toBe(false);
  });
  test('the letter above the quoted history still counts', () => {
    const result = checkDraft({ kind: 'stage1-response', text: quoted('On 2 Nov 2026, Jo Grey wrote:\n> thanks').replace('Thank you for your email.', 'This is our stage 1 response.') });
    expect(element(result, 'stage')?.present).toBe(true);
  });
  test('"Our findings" and "What happens next" headings in HTML', () => {
    const html = '<h2>Our findings</h2><ul><li>The repair was logged on 3 May.</li><li>No one attended.</li></ul><h2>What happens next</h2><p>If you are not happy, you can ask for a stage 2 review.</p>';
    const result = checkDraft({ kind: 'stage1-response', html });
    expect(element(result, 'reasons')?.present).toBe(true);
    expect(element(result, 'escalation')?.present).toBe(true);
  });
});

describe('address all points (HO Code 6.7 and 6.18)', () => {
  const letter = (findings: string) =>
    `Dear Mr Price\n\nThis is our stage 1 response.\n\nYour complaint\nYou complained about:\n1. the delay in repairing your boiler\n2. the damp in the back bedroom\n3. the rude phone call with our call centre\n\n${findings}\n\nIf you are unhappy you can ask for a stage 2 review.\n\nYours sincerely`;
  test('each point of the definition needs a decision: the ones without are reported with the provision', () => {
    const result = checkDraft({ kind: 'stage1-response', text: letter('Boiler repair: we have upheld this part because the repair took six weeks.\n\nDamp: not upheld, as our surveyor found no damp.') });
    expect(result.unaddressedPoints.map((p) => p.point)).toEqual(['the rude phone call with our call centre']);
    expect(result.unaddressedPoints[0]?.provision.ref).toBe('6.7');
    expect(result.text.slice(result.unaddressedPoints[0]?.evidence.start, result.unaddressedPoints[0]?.evidence.end)).toBe('the rude phone call with our call centre');
  });
  test('at stage 2 the points rest on 6.18 of the HO Code 2024, and on 6.7 of the joint Code draft', () => {
    const findings = 'Boiler repair: we have upheld this part because the repair took six weeks.\n\nDamp: not upheld, as our surveyor found no damp.';
    expect(checkDraft({ kind: 'stage2-response', text: letter(findings) }).unaddressedPoints.map((p) => p.provision.ref)).toEqual(['6.18']);
    expect(checkDraft({ kind: 'stage2-response', rules: 'joint-draft-2023', text: letter(findings) }).unaddressedPoints.map((p) => p.provision.ref)).toEqual(['6.7']);
  });
  test('only a response is checked for unanswered points', () => {
    expect(checkDraft({ kind: 'acknowledgement', text: letter('We will reply by 16 November.') }).unaddressedPoints).toEqual([]);
  });
  test('every point decided: nothing reported', () => {
    const result = checkDraft({ kind: 'stage1-response', text: letter('We upheld the boiler delay. We did not uphold the damp complaint. The phone call was rude and we upheld that too.') });
    expect(result.unaddressedPoints).toEqual([]);
  });
  test('stage 2 cites 6.18', () => {
    const result = checkDraft({ kind: 'stage2-response', text: letter('We upheld the boiler delay.').replace('stage 1', 'stage 2') });
    expect(result.unaddressedPoints.map((p) => p.provision.ref)).toEqual(['6.18', '6.18']);
  });
  test('a letter whose definition is one point has nothing to report', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'This is our stage 1 response. Your complaint is about the boiler. We have upheld it.' });
    expect(result.unaddressedPoints).toEqual([]);
  });
});

describe('what is not quoted history', () => {
  test('a letter that opens with its own "From: / Date: / To:" block is checked in full', () => {
    const text = 'From: Complaints Team\nDate: 3 November 2026\nTo: Mrs Lee\nSubject: Stage 1 response\n\nThis is our stage 1 response. We have upheld your complaint.';
    const result = checkDraft({ kind: 'stage1-response', text });
    expect(element(result, 'stage')?.present).toBe(true);
    expect(element(result, 'decision')?.present).toBe(true);
  });
  test('a line of dashes dividing the letter does not end it', () => {
    const text = 'Dear Mrs Lee\n\nThis is our stage 1 response.\n\n----------------------------------------\n\nWe have upheld your complaint.';
    expect(element(checkDraft({ kind: 'stage1-response', text }), 'decision')?.present).toBe(true);
  });
});

test('a short reply above an Outlook header: the quoted email still supplies nothing', () => {
  const text = 'Hi Jo,\nThanks\nSam\n\nFrom: Jo Grey\nSent: 02 November 2026 09:14\nTo: Complaints\n\nThis is my stage 1 complaint. You upheld it because of the damp.';
  const result = checkDraft({ kind: 'stage1-response', text });
  expect(result.elements.filter((e) => e.present).map((e) => e.id)).toEqual([]);
});

describe('more form and template wording', () => {
  test('"Stage: 1" and a "Stage" | "2" table row state the stage', () => {
    expect(element(checkDraft({ kind: 'stage1-response', text: 'Reference: 551\nStage: 1\nOutcome: Upheld' }), 'stage')?.present).toBe(true);
    expect(element(checkDraft({ kind: 'stage2-response', html: '<table><tr><td>Stage</td><td>2</td></tr></table>' }), 'stage')?.present).toBe(true);
  });
  test('"Complaint upheld? Yes" is a decision; "Compensation offered: £50" a remedy', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Complaint upheld? Yes\nCompensation offered: £50' });
    expect(element(result, 'decision')?.present).toBe(true);
    expect(element(result, 'remedy')?.present).toBe(true);
  });
  test('"we\'ll escalate it" at stage 1, and an Ombudsman contact block at stage 2, are the escalation', () => {
    expect(element(checkDraft({ kind: 'stage1-response', text: "If you're unhappy with the outcome, reply within 20 working days and we'll escalate it." }), 'escalation')?.present).toBe(true);
    expect(element(checkDraft({ kind: 'stage2-response', text: 'If you remain dissatisfied you can contact:\nHousing Ombudsman Service\nPO Box 1484, Unit D, Preston, PR2 0ET' }), 'escalation')?.present).toBe(true);
    expect(element(checkDraft({ kind: 'stage2-response', text: 'The Housing Ombudsman can be contacted on 0300 111 3000.' }), 'escalation')?.present).toBe(true);
  });
});

test('HTML replies: a Gmail quote, an Outlook reply header and a <blockquote> supply nothing', () => {
  const reply = '<p>Dear Ms Grey,</p><p>Thank you for your email.</p><p>Kind regards<br>Sam</p>';
  const said = 'My complaint is about the leak. This is my stage 1 complaint. You upheld it because of the damp.';
  const drafts = [
    `${reply}<div class="gmail_quote"><div class="gmail_attr">On Mon, 2 Nov 2026 at 09:14, Jo Grey &lt;jo@example.org&gt; wrote:<br></div><blockquote><p>${said}</p></blockquote></div>`,
    `${reply}<hr><div id="divRplyFwdMsg"><b>From:</b> Jo Grey &lt;jo@example.org&gt;<br><b>Sent:</b> 02 November 2026 09:14<br><b>To:</b> Complaints</div><p>${said}</p>`,
    `<p>Dear Ms Grey,</p><blockquote><p>${said}</p><p>Please reply.</p></blockquote><p>Thank you for your email.</p>`,
  ];
  for (const html of drafts) {
    const result = checkDraft({ kind: 'stage1-response', html });
    expect(result.elements.filter((e) => e.present).map((e) => e.id)).toEqual([]);
  }
});

describe('terse and three-stage letters', () => {
  test('"we\'ve booked the repair" is an outstanding action; "Sorry for the trouble" an apology', () => {
    const result = checkDraft({ kind: 'stage1-response', text: "Hi Mrs Patel, your complaint has been upheld and we've booked the repair for Tuesday 10 November. Sorry for the trouble. Thanks, Repairs" });
    expect(element(result, 'outstanding-actions')?.present).toBe(true);
    expect(element(result, 'remedy')?.present).toBe(true);
  });
  test('a stage 2 letter offering a "Stage 3 review" reads as stage 2 (the offer is not how to ask for stage 2)', () => {
    const result = checkDraft({ text: 'Dear Mr Lowe\n\nStage 2 Review\n\nI have reviewed your complaint. Your complaint is not upheld.\n\nIf you remain dissatisfied you may request a Stage 3 review by the Chief Executive.\n\nYours sincerely' });
    expect(result.kind).toBe('stage2-response');
    expect(cautions(result)).toContain('third-stage');
  });
});

describe('more real wording', () => {
  test('"we need a bit longer" is an extension notice; "if we need longer" in an acknowledgement is not', () => {
    expect(checkDraft({ text: "Hi Mr Cole, sorry but we need a bit longer to look into your complaint as the surveyor can't visit until next week. We'll get back to you by 4 December." }).kind).toBe('extension-notice');
    expect(checkDraft({ text: 'We have received your complaint and logged it at stage 1. If we need longer, we will tell you. We will respond by 4 December.' }).kind).toBe('acknowledgement');
  });
  test('"You raised three points:" introduces the list under "Your complaint" (not an empty heading); the undecided point is reported', () => {
    const text = 'This is our stage 1 response.\n\nYour complaint\nYou raised three points:\n- the boiler was not repaired for six weeks\n- the damp in the back bedroom has returned\n- the call centre was rude to you\n\nBoiler: we have upheld this part. The part was ordered late.\n\nDamp: our surveyor found no damp, so we have not upheld this part.\n\nWe are sorry and will pay you £50.';
    const result = checkDraft({ kind: 'stage1-response', text });
    expect(element(result, 'definition')?.present).toBe(true);
    expect(element(result, 'remedy')?.present).toBe(true);
    expect(result.unaddressedPoints.map((p) => p.point)).toEqual(['the call centre was rude to you']);
  });
});

test('a list of what the resident wants is the outcomes sought, not points needing a decision', () => {
  const text = 'This is our stage 1 response.\n\nYour complaint\nYou complained that the boiler was not repaired for six weeks. You would like us to:\n- repair the boiler\n- pay compensation\n\nWe have upheld your complaint because the part was ordered late.';
  expect(checkDraft({ kind: 'stage1-response', text }).unaddressedPoints).toEqual([]);
});

test('points: one overall decision reports nothing; numbered findings each decide their point', () => {
  const overall = 'This is our stage 1 response.\n\nYour complaint\n- You reported a leak on 3 February.\n- You said nobody came for 6 days.\n\nOur decision: upheld.';
  expect(checkDraft({ kind: 'stage1-response', text: overall }).unaddressedPoints).toEqual([]);
  const numbered = 'This is our stage 1 response.\n\nYour complaint\nYou raised two issues:\n1. The extractor fan has been broken for four months.\n2. You were charged for a missed appointment.\n\nMy findings\n1. The fan: the repair was cancelled and never re-booked. I uphold this part.\n2. The charge: the van tracker shows the operative did not come, so I uphold this part.';
  expect(checkDraft({ kind: 'stage1-response', text: numbered }).unaddressedPoints).toEqual([]);
});
