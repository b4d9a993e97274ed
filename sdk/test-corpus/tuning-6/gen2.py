exec(open('/work/blind6/gen1.py').read())
add("s2-11-chief-exec-review-plus-ombudsman.txt","stage2-response","ho-2024",ALL1,["third-stage"],"Chief Executive's review offered AND Ombudsman available now",
"""Dear Mr Petrakis,

Stage two decision - heating charges, Maple House

I have upheld your complaint because the heat meter in your flat was faulty from January and you were billed estimated usage. I apologise; £212.60 will be refunded to your rent account and we will fit a new meter on 7 December 2026.

If you wish, you can ask for the Chief Executive's review of this decision. You do not have to: you can instead refer your complaint to the Housing Ombudsman at www.housing-ombudsman.org.uk or on 0300 111 3000.

Stonebridge Borough Council, Housing Services""")
add("s2-12-stage3-panel-only.txt","stage2-response","ho-2024",["stage","definition","decision","reasons","remedy"],["third-stage"],"stage 3 panel offered, Ombudsman never named -> escalation absent",
"""Dear Mrs Ibekwe,

Your stage 2 complaint about the decant arrangements during the refurbishment of your home has been reviewed.

I do not uphold it. You were offered two temporary homes within the same ward and declined both, and the disturbance allowance (£1,100) was paid on 2 September. No further compensation is offered.

If you remain dissatisfied, you may request a stage 3 hearing before the Tenants' Appeals Panel by writing to the Monitoring Officer within 15 working days.

Yours sincerely
Calderbrook Council Housing""")
add("s2-13-terse-final-ombudsman.txt","stage2-response","ho-2024",["stage","definition","decision","reasons","escalation"],[],"terse, no title; stage 2 clear from 'second stage'; Ombudsman email only",
"""Mr Holt - we've looked at the door replacement complaint again (second stage). Still not upheld: the door meets fire safety certification FD30S per the installer's certificate. That's the end of our process; info@housing-ombudsman.org.uk if you want the Ombudsman to look at it.
- Sable Court Homes""")
add("s2-14-lgsco-two-stage.txt","stage2-response","lgsco-2024",ALL1,[],"council two-stage LGSCO; Ombudsman in a sentence with something else",
"""Dear Ms Adeyemi,

Complaint ref 2026/0419 - stage 2 (final)

You complained that the council's blue badge decision took 14 weeks. I uphold the complaint: the application was misfiled when the service moved to the new portal. I apologise, and your badge was posted on 24 November. There is nothing further for us to do, and this concludes our two-stage procedure, so you are free to contact the Local Government and Social Care Ombudsman on 0300 061 0614 or at www.lgo.org.uk if you are still dissatisfied.

Customer Relations Team
Penhallow County Council""")
add("s1-11-terse-informal-stage.txt","stage1-response","ho-2024",["stage","definition","decision","reasons","escalation"],["informal-stage"],"mentions 'informal stage' had been tried first; escalation present",
"""Hi Ms Drummond,

Your complaint about the missed communal cleaning was first dealt with at our informal stage; as you weren't satisfied it has now been dealt with at stage 1. Upheld - the cleaner's rota omitted Block C for October.

Want a further review? Ask for stage 2 within 20 working days.

Ashgrove Housing""")
add("s1-12-forwarded-original-message.txt","stage1-response","ho-2024",["stage","definition","decision","reasons","remedy","escalation"],[],"reply above -----Original Message-----; quoted email lists outcomes",
"""Dear Mr Gallagher,

Our stage 1 response to your complaint about the estate lighting outage is below.

I have upheld the complaint; the timer was set incorrectly after the clock change. I'm sorry for the worry this caused. Your complaint can go to stage 2 if you reply and tell us what you're still unhappy with.

Kirsty
Customer Resolution, Hazelmere Housing

-----Original Message-----
From: P Gallagher
Sent: 18 November 2026 21:03
Subject: lights
The lights have been out for 2 weeks. I want them fixed tonight and a rent reduction.""")
add("s1-13-joint-names-contractor.txt","stage1-response","joint-draft-2023",ALL1,["names-staff"],"joint draft; names the contractor operative whose actions are complained about",
"""Dear Mrs Osei,

Stage 1 response - complaint 66172

You complained about the conduct of the operative who attended to fix your sink on 3 November. Our investigation spoke to the operative, Gary Pullen of Drainfast Ltd, who accepted he left without completing the job. Your complaint is upheld.

We apologise and will pay £50. A different operative will complete the work on 2 December 2026.

If you are dissatisfied, you can ask us to escalate your complaint to stage 2 by contacting complaints@hillcrest-homes.org.uk within 20 working days.

Hillcrest Homes""")
add("s1-14-partially-upheld-web-page.txt","stage1-response","ho-2024",ALL1,["partially-upheld"],"partially upheld; escalation via web page",
"""Dear Mr Nwosu,

Stage 1 complaint response

Outcome: partially upheld.

You raised two issues: (1) the delay repairing your roof tiles and (2) the damage to your car from a falling tile. We accept the repair took 41 days against a 28-day target, because scaffolding was not booked. We do not accept responsibility for the car: the tile fell during Storm Elin and our insurer has told you how to claim.

We apologise for the delay and have credited £60. No actions remain outstanding; the roof was completed on 19 November.

To take this to stage 2, visit www.coppergate.org.uk/complaints/next-stage.

Coppergate Housing""")
# acknowledgements
ACK=E["acknowledgement"]
add("ack-01-outcome-mid-sentence.txt","acknowledgement","ho-2024",ACK,[],"outcome sought embedded mid-sentence",
"""Dear Mr Frost,

Thank you for contacting us on 24 November. We have logged your complaint at stage 1 under reference F-3391. As we understand it, your complaint is that the gutter at 5 Beech Lane has overflowed onto your front door since September and that, while you would like the gutter replaced and your doormat and hallway carpet paid for, the repairs team has closed the job twice without attending.

We will respond in full by 8 December 2026. Please note the hallway carpet is your own property; we can consider the cost of it only if our delay caused the damage.

Yours sincerely
Amberley Housing Complaints""")
add("ack-02-youve-told-us.txt","acknowledgement","ho-2024",["definition","outcomes-sought","response-deadline"],[],"'you've told us that to resolve this...'; no scope statement",
"""Hi Ms Oduya,

Thanks for getting in touch - we've logged your complaint (ref 20371).

Your complaint: the communal gate code has been given to non-residents and people are sleeping in the bin store.
You've told us that to resolve this you'd like the code changed and a lock put on the bin store.

We'll get back to you with our stage 1 response within 10 working days, by 11 December at the latest.

Riverside Quarter Housing""")
add("ack-03-bullets-what-you-want.html","acknowledgement","ho-2024",ACK,[],"HTML bullet list under 'What you want to happen'",
"""<html><body><p>Dear Mr Hussain,</p>
<p>We have received your complaint and are dealing with it at stage 1 of our complaints procedure.</p>
<h3>What your complaint is about</h3>
<p>Repeated failure to repair the extractor fan in your bathroom, leading to mould.</p>
<h3>What you want to happen</h3>
<ul><li>A working extractor fan</li><li>The mould treated</li><li>Compensation for your damaged towels and clothing</li></ul>
<h3>What we can and can't look at</h3>
<p>We can consider the repair delays and the mould. Damaged clothing would normally be an insurance claim, but we will look at whether our delay contributed.</p>
<p>You will have our response by <b>15 December 2026</b>.</p>
<p>Pennine Vale Homes</p></body></html>""")
add("ack-04-outcome-only-in-quote.txt","acknowledgement","ho-2024",["definition","response-deadline"],[],"outcomes stated only in quoted resident email -> absent",
"""Dear Ms Lowther,

We've registered your complaint about the handling of your rent arrears letter, which you felt was threatening in tone. It will be answered at stage 1 by 9 December 2026.

Complaints Team, Ellesmere Homes

> From: S Lowther
> I want an apology and the letter withdrawn from my file.""")
add("ack-05-terse-no-outcomes.txt","acknowledgement","ho-2024",["definition","response-deadline"],[],"terse, no title; ack clear from 'logged ... reply by'",
"""Mr Adebayo - logged your complaint about the lift at Crane House being out for 6 days. Ref 7720. Reply by 4 Dec.""")
add("ack-06-form-style.txt","acknowledgement","ho-2024",ACK,[],"form-style fields; outcome field worded 'Resolution requested'",
"""COMPLAINT ACKNOWLEDGEMENT
Name: Mrs G. Whitcombe
Reference: HC-00981
Stage: 1
Summary of complaint: Overcharging of service charge for window cleaning 2025/26
Resolution requested: Refund of the window cleaning element (£64.00) and an explanation of the charge
Within our remit: Service charge calculation. Outside our remit: the lease terms themselves (First-tier Tribunal)
Response due by: 12 December 2026
Holmwood Housing""")
add("ack-07-in-your-words.txt","acknowledgement","lgsco-2024",ACK,[],"council; outcome introduced as 'in your words'",
"""Dear Mr Chowdhury,

Thank you for your complaint about the council's handling of your request for a dropped kerb. We have recorded it as follows: the council took your payment of £150 in June but has not made a decision.

In your words, you would like "either the kerb done or my money back".

We can look at how the application has been handled, but the highways decision itself has its own appeal route, which we can't overrule through the complaints process. A response will be sent within 10 working days, by 10 December 2026.

Customer Feedback, Alderton Borough Council""")
add("ack-08-stage2-ack.txt","acknowledgement","ho-2024",["definition","outcomes-sought","response-deadline"],[],"stage 2 ack; outcome given as what 'would put this right for you'",
"""Dear Ms Feeney,

Your request to escalate your complaint to stage 2 was received on 25 November.

The points you remain unhappy with are that the stage 1 response did not address the missed appointments on 2 and 9 October. You have said that what would put this right for you is an additional payment for the two days' leave you took.

A senior manager will reply by 23 December 2026.

Brockwell Housing Association""")
add("ack-09-no-deadline-warm.txt","acknowledgement","ho-2024",["definition","outcomes-sought"],[],"no response date given",
"""Hello Mr Ferreira,

Thanks so much for your email. I'm sorry to hear about the ongoing problem with your neighbour's dog fouling the shared garden. I've logged this as a complaint. You'd like us to take enforcement action under the tenancy and get the garden cleaned, which is completely understandable.

We'll be in touch soon.

Best wishes
Lucy, Community Housing Team, Tollgate Homes""")
add("ack-10-scope-exclusion-only.txt","acknowledgement","ho-2024",["definition","response-deadline","responsibility-scope"],[],"scope statement about leaseholder freeholder; no outcomes",
"""Dear Mr Beresford,

Complaint acknowledgement - ref CH-5510

We have registered your complaint that the major works consultation notices for Harcourt Mansions were not sent to you. Please note we are responsible only for the consultation process; the cost apportionment is set by your lease and cannot be changed through a complaint.

A stage 1 response will be issued by 14 December 2026.

Kelvedon Housing""")
add("ack-11-embedded-list-in-sentence.txt","acknowledgement","joint-draft-2023",ACK,[],"joint draft; outcomes in a single sentence with 'so that'",
"""Dear Ms Tillman,

We have received your complaint about the length of time it is taking to repair the leaking roof over your bedroom. We understand you are asking us to complete the repair so that you can use the room again, and to reimburse the cost of the dehumidifier you bought (£89.99).

Roof repairs are ours; the contents of your home are covered by your own insurance unless our delay caused the loss, which we will consider. We aim to reply by 11 December 2026.

Yours sincerely
Complaints Officer, Fairhaven Homes""")
# extensions
EXT=E["extension-notice"]
add("ext-01-terse-surveyor.txt","extension-notice","ho-2024",["new-deadline","reason"],[],"terse; no title; clear from 'need more time'",
"""Ms Kowalczyk - we need more time on your complaint (ref 4410) as the surveyor can't get to you until 8 Dec. New reply date: 15 December 2026.""")
add("ext-02-full-ombudsman.txt","extension-notice","ho-2024",EXT,[],"full extension with Ombudsman contact in closing sentence",
"""Dear Mr Rahman,

Your stage 1 complaint - extension

We had aimed to reply by 2 December. Because we are waiting for the drainage CCTV report, we now expect to respond by 16 December 2026.

If you are unhappy about this extension, you can contact the Housing Ombudsman on 0300 111 3000 or at info@housing-ombudsman.org.uk.

Kingfisher Housing""")
add("ext-03-name-only-ombudsman.txt","extension-notice","ho-2024",["new-deadline","reason"],[],"Ombudsman named without contact details -> absent",
"""Dear Mrs Blakemore,

I'm writing to let you know that our stage 2 response will now be sent by 6 January 2027 rather than 16 December, because the independent damp specialist's report is not yet ready.

You can raise this delay with the Housing Ombudsman if you wish.

Complaints Team, Cotswold Edge Housing""")
add("ext-04-no-reason.txt","extension-notice","ho-2024",["new-deadline","ombudsman-contact"],[],"no reason given for extending",
"""Hi Mr Lindgren,

Quick update on complaint 88012: our response will now be with you by 18 December 2026 instead of 4 December. Sorry for the wait.

Should you wish, the Housing Ombudsman can be reached on 0300 111 3000 / www.housing-ombudsman.org.uk.

Marshfield Homes""")
add("ext-05-no-date.txt","extension-notice","lgsco-2024",["reason","ombudsman-contact"],[],"council LGSCO; no new date, only 'as soon as possible'",
"""Dear Ms Ogunleye,

We will not be able to reply to your complaint by 3 December as planned, because the officer who dealt with your council tax account is on leave and we need their account of events. We will reply as soon as we can.

You can contact the Local Government and Social Care Ombudsman on 0300 061 0614 or at PO Box 4771, Coventry, CV4 0EH.

Brantwood District Council""")
add("ext-06-terse-sms-style.txt","extension-notice","ho-2024",["new-deadline","reason"],[],"very terse SMS-like",
"""Complaint 3319: contractor report delayed, reply now due 11/12/2026. Westfield Homes""")
add("ext-07-html-table.html","extension-notice","ho-2024",EXT,[],"HTML table; contact via web form link",
"""<html><body><p>Dear Mr Mensah,</p>
<table border="1">
<tr><td>Original response date</td><td>1 December 2026</td></tr>
<tr><td>New response date</td><td>15 December 2026</td></tr>
<tr><td>Why</td><td>We need to interview the caretaking team, two of whom are on training this week.</td></tr>
<tr><td>If you're unhappy with the delay</td><td>Housing Ombudsman: <a href="https://www.housing-ombudsman.org.uk/residents/make-a-complaint/">make a complaint online</a> or call 0300 111 3000</td></tr>
</table>
<p>Cedar Park Housing</p></body></html>""")
add("ext-08-reply-thread.txt","extension-notice","ho-2024",["new-deadline","reason"],[],"reply above quoted thread; quoted resident text mentions Ombudsman phone; not counted",
"""Hello Mrs Duval,

Apologies - we're going to need until 14 December 2026 to send your response, because we are still waiting for the gas engineer's job sheets.

Sam, Complaints Team, Lynwood Living

On Mon, 30 Nov 2026 at 10:02, R Duval <rduval@post.example> wrote:
> It's been 10 days. If I don't hear by Friday I'll ring the Housing Ombudsman on 0300 111 3000.""")
add("ext-09-ack-and-ext-ambiguous.txt","extension-notice","ho-2024",["new-deadline","reason"],[],"acknowledges stage 2 and immediately extends; genuinely either",
"""Dear Mr Ashdown,

We have received your request for a stage 2 review of your complaint about the loft insulation. Because the review needs a fresh inspection, we will not be able to reply in the usual 20 working days; we will respond by 29 January 2027.

Halcyon Homes""",amb=["extension-notice","acknowledgement"])
# refusals
REF=E["refusal"]
add("ref-01-terse-time-limit.txt","refusal","ho-2024",["reasons"],[],"terse; refusal clear from content; Ombudsman not mentioned",
"""Mr Steyn - we can't take this on as a complaint: the works you mention finished in March 2024, well over a year before you raised it. Sorry. Parkside Homes""")
add("ref-02-full-ombudsman-right.txt","refusal","ho-2024",REF,[],"reasons + Ombudsman right with contact",
"""Dear Ms Abernathy,

We have decided not to accept your complaint about the rent level for 2026/27. Rent setting follows the government's rent standard and is not something our complaints policy can consider, as the policy excludes matters of policy set by law.

If you disagree with our decision not to take your complaint, you can ask the Housing Ombudsman to look at it: 0300 111 3000, info@housing-ombudsman.org.uk.

Yours sincerely
Stanway Housing Group""")
add("ref-03-code-cited-no-right.txt","refusal","ho-2024",["reasons"],[],"cites Ombudsman's Code as reason; not an ombudsman right",
"""Dear Mr Ingram,

Under section 1.3 of the Housing Ombudsman's Complaint Handling Code, a service request is not a complaint. Your email of 26 November is a first report of a broken fence panel, so we have raised a repair (job 449120) rather than logging a complaint.

Regards
Oldbury Vale Homes""",amb=["refusal","acknowledgement"])
add("ref-04-no-reasons.txt","refusal","lgsco-2024",["ombudsman-right"],[],"council; refusal with no reason; LGSCO right given",
"""Dear Mrs Kettering,

We will not be progressing your complaint about the parking permit through our corporate complaints procedure.

You have the right to ask the Local Government and Social Care Ombudsman to consider the matter: www.lgo.org.uk, 0300 061 0614.

Thornbury City Council""")
add("ref-05-legal-proceedings.txt","refusal","joint-draft-2023",REF,[],"joint draft; legal proceedings exclusion; ombudsman right worded in third person",
"""Dear Mr Oduro,

Because the matters you raise are the subject of possession proceedings now before the county court, we cannot consider them as a complaint; the court is the proper place for them.

The relevant Ombudsman can review a landlord's decision not to accept a complaint. You can contact the Housing Ombudsman on 0300 111 3000.

Complaints Team, Weybridge Common Housing""")
json.dump(L,open('/work/blind6/labels.json','w'),indent=1)
