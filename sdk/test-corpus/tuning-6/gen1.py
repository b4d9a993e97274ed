import json,os
E={"acknowledgement":["definition","outcomes-sought","response-deadline","responsibility-scope"],
"stage1-response":["decision","definition","escalation","outstanding-actions","reasons","remedy","stage"],
"stage2-response":["decision","definition","escalation","outstanding-actions","reasons","remedy","stage"],
"extension-notice":["new-deadline","ombudsman-contact","reason"],"refusal":["ombudsman-right","reasons"]}
L=[]
def add(f,kind,rules,present,cautions,note,text,amb=None):
    assert set(present)<=set(E[kind]),f
    open('/work/blind6/letters/'+f,'w').write(text.strip()+"\n")
    d={"file":f,"kind":kind,"rules":rules,"present":sorted(present),"absent":sorted(set(E[kind])-set(present)),"cautions":cautions,"note":note}
    if amb:d["ambiguous"]=amb
    L.append(d)
ALL1=E["stage1-response"]
HO="Housing Ombudsman Service, PO Box 1484, Unit D, Preston, PR2 0ET; 0300 111 3000; info@housing-ombudsman.org.uk"
add("s1-01-ps-escalation-boiler.txt","stage1-response","ho-2024",ALL1,[],"escalation only in a P.S.; remedy apology + £75; repair dated",
"""Dear Ms Varga,

Stage 1 complaint response - reference CX-40112

You complained that your boiler at 14 Linnet Close, Ashford Vale, was left without heating for nine days in October. I have upheld your complaint. Our records show the part was ordered late because the job was wrongly coded as routine instead of urgent.

I am sorry. We have credited £75 to your rent account. Our engineer will return on 4 December 2026 to replace the pressure valve that was only temporarily fixed.

Yours sincerely,
Dana Whitlow
Complaints Adviser, Fernleigh Homes

P.S. If you feel we have not put things right, write back within 20 working days and ask for a stage 2 review - a manager not involved so far will look at it.""")
add("s1-02-table-next-steps.html","stage1-response","ho-2024",ALL1,[],"escalation sits in a table row 'Next steps'; outstanding action in same table",
"""<html><body><p>Dear Mr Oyelaran,</p>
<p>This is our stage 1 response to your complaint about the repeated leaks from the flat above at 7 Corran House.</p>
<table border="1">
<tr><th>Your complaint</th><td>Water coming through your kitchen ceiling three times since August and no permanent repair.</td></tr>
<tr><th>Our decision</th><td>Upheld</td></tr>
<tr><th>Why</th><td>Our surveyor found the waste pipe joint had been patched twice rather than replaced.</td></tr>
<tr><th>Putting it right</th><td>An apology and £120 compensation for the damage and inconvenience.</td></tr>
<tr><th>Still to do</th><td>Pipe replacement booked for 9 December 2026; ceiling redecoration by 18 December.</td></tr>
<tr><th>Next steps</th><td>Unhappy with this outcome? Use the "Review my complaint" form at www.brackenlea.org.uk/review within 20 working days and we will escalate it to stage 2.</td></tr>
</table>
<p>Brackenlea Housing Complaints Team</p></body></html>""")
add("s1-03-question-escalation-terse.txt","stage1-response","ho-2024",["stage","definition","decision","reasons","escalation"],[],"escalation phrased as a question; no remedy or actions",
"""Subject: Stage 1 outcome - CMP-2291

Hi Mr Tranter,

Your stage 1 complaint about the communal door entry system being broken for three weeks is upheld - the contractor order was never raised after your first call.

Not happy with this? Reply within 20 working days and we'll pass it to stage 2.

Kestrel Row Housing""")
add("s1-04-senior-manager-review.txt","stage1-response","ho-2024",["stage","definition","decision","reasons","remedy","escalation"],[],"escalation as 'let us know ... senior manager will review'; not upheld with explicit no compensation",
"""Dear Mrs Achterberg,

Thank you for raising your concerns about the way your neighbour's noise reports were handled. We have treated this as a stage 1 complaint.

Having reviewed the case log, I have not upheld your complaint. Our officer visited within five working days of each report, installed the noise app and wrote to the household concerned, which is what our anti-social behaviour policy requires. Because we followed the policy, we are not offering any compensation.

If you disagree, let us know within 20 working days and a senior manager will review it.

Kind regards
Priya Nandakumar
Resolution Officer
Saltmarsh Community Housing""")
add("s1-05-looked-at-again.txt","stage1-response","ho-2024",ALL1,["partially-upheld"],"escalation as 'your complaint can be looked at again'; partially upheld caution",
"""Dear Mr Ellory,

Re: Your complaint (stage 1) - ref 55021

You told us that the new windows fitted at 3 Orchard Mews were left without sealant and that the fitters left rubble in your garden. Your complaint is partially upheld. The sealant was missed on two frames, which we accept. The rubble, however, was cleared on the day after installation according to the contractor's photographs and sign-off sheet.

We apologise for the missed sealant and offer £40 for the inconvenience. The sealant will be applied on 2 December 2026.

Should you remain dissatisfied, your complaint can be looked at again by our Head of Assets if you tell us why within 20 working days.

Yours sincerely
Complaints Team, Upperdale Housing Trust""")
add("s1-06-ombudsman-only-signpost.txt","stage1-response","ho-2024",["stage","definition","decision","reasons","remedy"],[],"stage 1 only signposts the Ombudsman -> escalation absent per convention",
"""Dear Ms Halloran,

This letter is our stage 1 response to your complaint about the delay in processing your transfer application.

We have upheld your complaint. Your application sat in an unallocated queue for six weeks because of a system migration. We apologise for this.

You can contact the Housing Ombudsman at any time for advice on 0300 111 3000 or at www.housing-ombudsman.org.uk.

Regards,
Greyfield Homes Customer Resolution""")
add("s1-07-mixed-sentence.txt","stage1-response","ho-2024",ALL1,[],"escalation buried in a sentence that also confirms the remedy payment; explicit nothing outstanding",
"""Dear Mr Baptiste

Stage 1 response - complaint about missed grass cutting at Wren Court

I have upheld your complaint. The grounds contractor skipped Wren Court on four visits because the site was removed from their schedule in error. I am sorry; the service charge for those visits (£18.40) will be refunded, and if that or anything else in this letter doesn't seem right to you, you can ask for stage 2 simply by replying within 20 working days. The site has been reinstated and there are no further actions outstanding.

Yours sincerely
Holbrook Estates Housing""")
add("s1-08-form-name.txt","stage1-response","lgsco-2024",ALL1,[],"council; escalation by naming form CF2",
"""Dear Mrs Pemberton,

Complaint reference LB-7781 - Stage 1

Your complaint concerned the council's failure to collect your assisted bin collection for three consecutive weeks. I have upheld it: your address dropped off the assisted list when crews' rounds were changed on 5 October.

Please accept our apology. Your address has been re-added and the crew supervisor will check collections on 1, 8 and 15 December.

If you remain unhappy, complete form CF2 (Request for Stage 2 Review), available from our website or any council office, within 20 working days.

Yours sincerely
Customer Feedback Team
Marlow Heath District Council""")
add("s1-09-no-escalation-closing.txt","stage1-response","ho-2024",["stage","definition","decision","reasons","remedy","outstanding-actions"],[],"no route onwards at all; 'we consider this matter closed'",
"""Dear Mr Szabo,

Stage 1 complaint: mould in bedroom, 22 Hollis Road

Our surveyor inspected on 12 November and found condensation mould caused by a failed extractor fan. I uphold your complaint.

We apologise and will pay £150. A new fan will be fitted on 3 December 2026 and a mould wash done the same day.

We now consider this matter closed.

Northgate Living""")
add("s1-10-reply-quoted-thread.txt","stage1-response","ho-2024",["stage","definition","decision","reasons","escalation"],[],"reply above quoted resident email which mentions Ombudsman and outcomes; only new text counts",
"""Hi Jess,

Following up on your complaint (stage 1) about the parking bay allocation. Not upheld I'm afraid - the bays are allocated by waiting list date and yours is 2025, behind eleven other households.

If you'd like it looked at again at stage 2, just say so here within 20 working days.

Tom
Complaints, Lindenfield Housing

On 20 Nov 2026, at 09:14, Jess Marlowe <jmarlowe@mailbox.example> wrote:
> I want a bay by Christmas and £100 for my parking fines, otherwise I'm going to the Housing Ombudsman.""")
add("s2-01-third-person-ombudsman.txt","stage2-response","ho-2024",ALL1,[],"escalation in third person: Ombudsman's role stated; contact given",
"""Dear Mr and Mrs Okonjo,

Stage 2 (final) response - ref CR-2025-118

You asked us to review our stage 1 decision on the damaged flooring after the kitchen replacement at 9 Fenwick Drive. The review was carried out by our Director of Operations.

I uphold your complaint in full. Stage 1 said the damage pre-dated the works, but the pre-works photographs show the floor intact. I apologise and increase the compensation to £450, and we will replace the floor covering on 8 January 2027.

The Housing Ombudsman can look at complaints once our process ends; contact them on 0300 111 3000, by email at info@housing-ombudsman.org.uk or via www.housing-ombudsman.org.uk.

Yours sincerely
Ravenshaw Housing Group""")
add("s2-02-ps-ombudsman.txt","stage2-response","ho-2024",["stage","definition","decision","reasons","remedy","escalation"],[],"Ombudsman route only in P.S.",
"""Dear Ms Cardew,

Your complaint about the handling of your succession of tenancy has now been reviewed at stage 2, our final stage.

I agree with the stage 1 decision not to uphold it. The tenancy agreement allows one succession only, and this took place in 2014 when your mother succeeded your grandfather. No compensation is due.

Yours sincerely
Helen Marsh
Head of Tenancy Services, Oakmoor Homes

P.S. This ends our complaints process. If you remain dissatisfied, you can refer the matter to the Housing Ombudsman Service, PO Box 1484, Unit D, Preston, PR2 0ET, telephone 0300 111 3000.""")
add("s2-03-table-next-steps.html","stage2-response","ho-2024",ALL1,[],"HTML table with Ombudsman in 'Next steps' row",
"""<html><body>
<p>Dear Mr Lindqvist,</p>
<p>Our stage 2 review of your complaint about the delayed adaptations (level-access shower) is complete.</p>
<table>
<tr><td><b>What you complained about</b></td><td>Eleven months' wait for the shower approved by the OT in 2025.</td></tr>
<tr><td><b>Decision</b></td><td>Upheld</td></tr>
<tr><td><b>Reasons</b></td><td>The works order was cancelled when our contractor changed and was never re-issued.</td></tr>
<tr><td><b>Remedy</b></td><td>Apology; £600 compensation.</td></tr>
<tr><td><b>Actions</b></td><td>Installation starts 11 January 2027.</td></tr>
<tr><td><b>Next steps</b></td><td>Our process has ended. You may now take your complaint to the Housing Ombudsman: <a href="https://www.housing-ombudsman.org.uk/residents/make-a-complaint/">online form</a>, 0300 111 3000.</td></tr>
</table>
<p>Elmstead Homes</p></body></html>""")
add("s2-04-question-ombudsman.txt","stage2-response","ho-2024",["stage","definition","decision","reasons","escalation"],[],"Ombudsman route as a question; terse; no remedy",
"""Subject: Final response - stage 2 - REF 90311

Dear Mr Kaur,

We've reviewed your complaint about the rent increase letter at stage 2. Not upheld: the increase was within the government's rent cap and notice was served on 27 February, more than a month before it took effect.

Still unhappy? The Housing Ombudsman (0300 111 3000, housing-ombudsman.org.uk) can investigate now that our process is complete.

Millbrook Housing""")
add("s2-05-no-ombudsman.txt","stage2-response","ho-2024",["stage","definition","decision","reasons","remedy","outstanding-actions"],[],"stage 2 with no Ombudsman route at all",
"""Dear Mrs Fairclough,

Stage 2 complaint review - fencing at 41 Sandpiper Way

I have reviewed your complaint. I have upheld it because the fence was removed during the estate works and not replaced, contrary to what the residents' letter promised.

I apologise, and we will pay you £100. The new fence will be installed on 14 December 2026.

This is our final response.

Yours sincerely
Westmere Housing Partnership""")
add("s2-06-outdated-contact.txt","stage2-response","ho-2024",ALL1,["outdated-ombudsman-contact"],"Ombudsman given with obsolete Exchange Tower/E14 address",
"""Dear Mr Abara,

Stage 2 response: repairs to balcony railings

Your complaint was reviewed by our Assistant Director. She has upheld the complaint in full, because the railing was reported unsafe in May and was not made safe until September. We apologise and offer £250. The full replacement is scheduled for 20 January 2027.

If you remain dissatisfied, you can contact the Housing Ombudsman Service, Exchange Tower, Harbour Exchange Square, London E14 9GE.

Yours sincerely
Tideway Residential""")
add("s2-07-designated-person.txt","stage2-response","ho-2024",["stage","definition","decision","reasons","escalation"],["obsolete-ombudsman-route"],"tells resident to go via designated person or wait eight weeks (obsolete route)",
"""Dear Ms Quist,

This is our final stage 2 response to your complaint about the lift outages at Beacon Tower.

The complaint is upheld. The lift contractor failed to attend within the 4-hour target on three occasions.

If you remain unhappy, you can ask a designated person (an MP, councillor or tenant panel) to refer your complaint to the Housing Ombudsman, or refer it yourself once eight weeks have passed since this letter. The Ombudsman can be reached on 0300 111 3000.

Greenacre Housing Association""")
add("s2-08-council-stage3.txt","stage2-response","lgsco-2024",["stage","definition","decision","reasons"],[],"council offers stage 3 by Chief Executive; Ombudsman never mentioned -> escalation absent; lgsco rules so no HO third-stage caution",
"""Dear Mr Dunmore,

Stage 2 complaint response - planning enforcement

Your complaint about the council's failure to act on the unauthorised extension at 12 Corbel Lane has been reviewed at stage 2. I have not upheld it, because an enforcement notice was served on 3 October and the appeal period has not yet ended.

If you are still dissatisfied you may request a stage 3 review by the Chief Executive within 28 days.

Yours sincerely
Corporate Complaints
Eastholme Borough Council""")
add("s2-09-council-housing-stage3-and-hos.txt","stage2-response","ho-2024",["stage","definition","decision","reasons","remedy","escalation"],["third-stage"],"council housing: final stage review by councillors offered but Ombudsman available now -> escalation present, third-stage caution",
"""Dear Ms Rowntree,

Housing complaint - stage 2 response

I have reviewed your complaint about the council's handling of the damp in your flat at 6 Larch Court. I disagree with the stage 1 finding and I now uphold the complaint because the stage 1 officer did not consider the two earlier reports from 2025. I apologise and award £300.

You may ask for a final stage review by a review panel of councillors. Alternatively, you can go straight to the Housing Ombudsman (0300 111 3000, info@housing-ombudsman.org.uk) now.

Yours sincerely
Housing Complaints Manager
Harrowfield City Council""")
add("s2-10-two-stage-old-third-removed.txt","stage2-response","ho-2024",ALL1,[],"explains old stage 3 was removed; two stages then Ombudsman; no third-stage caution",
"""Dear Mr Vance,

Your complaint about the council's handling of your right to buy valuation dispute has been considered at stage 2.

You may remember our previous procedure had a third, panel stage. This was removed in April 2024 and stage 2 is now the end of our process.

Decision: not upheld. The valuation was carried out by an independent RICS valuer and you exercised your right to a District Valuer determination, which confirmed the figure. We are not offering compensation. No further action is needed on our part.

If you are not satisfied you can contact the Housing Ombudsman Service on 0300 111 3000 or at PO Box 1484, Unit D, Preston, PR2 0ET.

Complaints and Information Team
Kingsbridge Metropolitan Borough Council""")
json.dump(L,open('/work/blind6/labels1.json','w'),indent=1)
