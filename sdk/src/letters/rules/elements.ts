import type { ElementId, LetterKind } from '../types.js';

/**
 * How the checker recognises one element of a letter. All patterns are data (regular-expression sources
 * with `{MACRO}`s, see `macros.ts`), so a landlord can read them and add its own.
 */
export interface ElementRule {
  readonly id: ElementId;
  /** Only for these kinds (all kinds when absent). */
  readonly kinds?: readonly LetterKind[];
  /** Whole-line headings. A heading counts only when text follows it before the next heading. */
  readonly headings?: readonly string[];
  /** Phrases that show the element is there. */
  readonly phrases?: readonly string[];
  /** Statements that there is nothing to say ("there are no outstanding actions"): these count too. */
  readonly nothingToSay?: readonly string[];
  /** A phrase match is ignored when its sentence matches one of these. */
  readonly unless?: readonly string[];
}

// What the landlord is, and is not, responsible for: the acknowledgement's scope, and a refusal's reason.
const SCOPE = [
  '\\bnot (?:responsible|our responsibility|the responsibility of|something (?:that )?(?:we|the council))\\b', '\\bresponsibility (?:lies|rests|sits) with\\b',
  '\\b(?:outside|beyond) (?:of )?(?:our|the|this|your|what)(?: [a-z]+){0,3} (?:control|remit|responsibility|scope|complaints?|review|policy|process|procedure|we)\\b',
  "\\b(?:we are|we['’]re|the council is|(?:is|are) (?:all )?(?:not )?(?:ours|our|(?:matters?|things?) for|for))(?: not)? (?:responsib\\w*|us|to (?:look|deal|investigate|sort|fix|repair))\\b",
  '\\b(?:is|are|was) (?:a matter|an issue|the responsibility) (?:for|of)\\b',
  "\\b(?:part of|included in|covered (?:by|in)|(?:considered|looked at|investigated) (?:in|as part of|under)) (?:this|the|your|our) (?:stage[- ]?(?:1|2|one|two) )?(?:complaint|review|investigation)\\b",
  '\\b(?:all|each|every) (?:of )?(?:the )?(?:aspects?|parts?|points?|issues?)(?: of (?:your|the) complaint| you raised)? (?:are|is|will be) (?:our responsibility|within (?:our|the) (?:remit|complaints)|reviewed|investigated|looked at|considered)\\b',
  '\\b(?:{WE}|(?:this|the|your) complaint) (?:can|will) (?:only )?(?:look at|investigate|consider|cover|focus on|include) (?:all|the following|each|these|every)\\b', '\\b(?:this|the|your) complaint will (?:not )?(?:cover|look at|focus on|include|decide)\\b',
  "\\b{WE} (?:can['’]t|cannot|(?:are|am) (?:not able|unable) to|(?:won['’]t|will not) be able to|(?:can|will|are able to|am able to) only) (?:investigate|look (?:at|into)|consider|deal with|review|include|cover|help with)\\b",
  "\\b(?:(?:[a-z]+ed|run|set|dealt with|looked after) by|belongs? to)\\b[^.]{1,80}?(?:,? (?:and )?not (?:by )?(?:us|ourselves)\\b|, not by\\b|,? rather than (?:to |by )?(?:us|ourselves)\\b)",
  "\\b(?:we|the council|the association) (?:do not|don['’]t) (?:manage|own|maintain|run|control|look after|repair|employ)\\b",
  '\\bneed to (?:go|be (?:raised|reported|sent|made|taken|directed)) (?:to|with)\\b',
  // Another route for the matter, or what is the resident's own ("Roof repairs are ours; the contents are covered by your own insurance").
  '\\b(?:own|separate|different|statutory|independent) (?:legal |formal |statutory )?(?:appeals?|appeal (?:process|route)|process|route|procedure|right of appeal)\\b', '\\b(?:(?:is|are) (?:not )?ours|your own (?:property|insurance|responsibility))\\b',
];
// A heading for when the (new) response will come.
const WHEN = 'when (?:you will|to expect|will you|you can expect(?: to)?) (?:hear from us|(?:get|receive) (?:a|our) response|(?:a|our) response)';
const RESPONSES: readonly LetterKind[] = ['stage1-response', 'stage2-response'];
const OMBUDSMAN_HEADING = ['(?:the |your right to (?:go to|contact|complain to) the )?(?:housing )?ombudsman'];
const OMBUDSMAN_ROUTE = [
  '\\b(?:(?:refer|tak|took|bring|brought|escalat|sen[dt]|rais|contact|complain|approach|ask|appl|writ|wrote)\\w*|go(?:es|ing)?|went)(?: (?:it|this|that|things|matters|(?:this|the|our|that|your) (?:matter|decision|complaint|case|issue))| (?:directly|direct|straight|further|also))*(?: to| with)? {OMB}',
  '{OMB}(?: \\([^)]{0,80}\\))?(?:\'s)?,?(?: and| who| which)?(?: they)? (?:can|may|will|could|would|to) (?:then |also |be able to |independently )*(?:look|investigate|consider|review|help|assist|decide|examine|assess)',
  '\\bright to (?:ask|refer|take|go|complain|approach|contact)\\b[^.]{0,80}{OMB}',
  '\\b(?:contact|write to|call|phone|email)(?: them)?:? (?:the )?{OMB}', '{OMB} (?:can|may) be (?:contacted|reached)\\b',
];

/**
 * The built-in element rules. Exported so a UI can show, for each element, what the checker looks for.
 *
 * @example
 * elementRules.filter((rule) => rule.id === 'remedy').flatMap((rule) => rule.headings ?? []);
 */
export const elementRules: readonly ElementRule[] = [
  {
    id: 'stage',
    kinds: ['stage1-response'],
    phrases: ['\\b{STAGE1}\\b', '\\blogged (?:as|at) (?:a )?{STAGE1}', '\\b(?:complaint )?stage:?[ \\t]*(?:\\n[ \\t]*)?(?:1|one)[ \\t]*(?=\\n|$)'],
    unless: ['\\b(?:ask|request|escalat\\w*|move|progress|take)\\b[^.]{0,60}stage[- ]?(?:1|one)\\b'],
  },
  {
    id: 'stage',
    kinds: ['stage2-response'],
    phrases: ['\\b{STAGE2}\\b', '\\b(?:complaint )?stage:?[ \\t]*(?:\\n[ \\t]*)?(?:2|two)[ \\t]*(?=\\n|$)', '\\bfinal (?:complaint )?(?:response|decision|stage)\\b', '\\b(?:complaint )?review (?:response|decision|outcome)\\b'],
  },
  {
    id: 'definition',
    kinds: [...RESPONSES, 'acknowledgement'],
    headings: [
      '(?:your|the) complaint', '(?:summary|description|details|nature|outline) of (?:your |the )?(?:complaint|issue|problem|concerns?)', 'complaint (?:definition|summary|details|description)', '(?:your|the) complaint in (?:brief|short|summary)',
      'your concerns',
      'our understanding of (?:your|the) complaint', 'what we understand your complaint (?:to be|is about)',
      'the issues? (?:you raised|raised)', "what (?:you(?:['’]ve| have)? (?:told|asked) us(?: about)?|you(?:['’]ve| have)? (?:said|raised|reported|complained about)|(?:your|the) complaint is about)", "what you(?:['’]re| are) unhappy (?:about|with)", 'your complaint (?:and|&) (?:the )?outcomes? (?:you are seeking|you want|sought)',
    ],
    phrases: [
      '\\b(?:{YOUR}|the) (?:stage[- ]?(?:1|2|one|two) )?(?:complaint|concerns?|(?:escalation )?request|request for a review)(?:,[^.]{0,80},| \\([^)]{0,40}\\))? (?:(?:is |was )?(?:about|regarding|concerning|relat(?:es|ed|ing) to|over|that)|concern(?:s|ed))\\b',
      '\\byou (?:have |had )?(?:escalated|asked (?:us )?(?:to review|to escalate|to look at|for (?:a|your complaint to be|the complaint to be) (?:review|escalat)))\\w*\\b',
      '(?<!if )(?<!unless )\\b{YOU} (?:have |has |had )?(?:complained|(?:are|were) complaining|told us|raised (?:a |your )?(?:concerns?|complaint|issues?)|reported|explained|were unhappy|are unhappy|were dissatisfied|are dissatisfied|are not happy|were not happy|remain unhappy|remain dissatisfied|are still unhappy|were upset|are concerned|were concerned|were frustrated|are frustrated)(?: on {DATE})? (?:about|that|with|because|regarding)\\b',
      '\\byou (?:contacted|emailed|wrote to|called|phoned|rang) us\\b[^.]{0,60}\\b(?:about|regarding|to complain|because|as)\\b',
      '\\bthank(?:s| you) for getting in (?:touch|contact)(?: with us)?\\b[^.]{0,20}?\\b(?:about|regarding|because|to (?:complain|tell us|report))\\b',
      "\\byou(?:['’]ve| have)? (?:got|get|were|have been|['’]ve been) in (?:touch|contact)(?: with us)?\\b[^.]{0,60}\\b(?:about|regarding|because|as|to (?:complain|tell us|report|say))\\b",
      "(?<!\\b(?:if|unless|when|whether) )\\byou['’]re (?:still |very |really )?(?:unhappy|not happy|dissatisfied|upset|frustrated|concerned|worried|annoyed|disappointed) (?:about|that|with|because|regarding)\\b(?! (?:this|our|my|the) (?:response|reply|decision|answer|outcome)\\b)",
      '\\b{WE} understand (?:that )?(?:{YOUR} complaint|you are|you were|you feel|the complaint|you have|you remain)\\b',
      '\\bour understanding (?:is|of (?:your|the) complaint)\\b',
      '\\bthe (?:complaint|issues?|concerns?|points?) (?:you (?:raised|made|reported|told us about)|is about|was about)\\b',
      '\\bthank(?:s| you) for (?:your|the) (?:[a-z-]+ ){0,2}(?:complaint|email|e-mail|letter|call|message|enquiry|visit|form)\\b[^.]{0,40}?\\b(?:about|regarding|concerning|in which you|complaining)\\b',
      '(?<!\\bif )\\b{YOU} (?:says?|said|feels?|felt|believes?|thinks?|told us)\\b',
      // A title naming the stage, then what the complaint is about ("Stage 2 response: repairs to balcony railings"), not a reference.
      '(?:^|\\n)[ \\t]*stage[- ]?(?:1|2|one|two)(?: (?:complaint|response|review|decision))+[ \\t]?[-–—:] (?!ref\\b|\\S*\\d)\\w', '\\byou raised \\w+ (?:issues|points|concerns|matters)\\b', '\\bsorry to hear (?:about|that)\\b',
      '\\b(?:as (?:i|we) understand it|(?:summari[sz]ed|understood|defined|recorded) (?:your|the) complaint as)\\b',
    ],
  },
  {
    id: 'decision',
    kinds: RESPONSES,
    headings: ['(?:our |my |the |complaint )?(?:decision|outcome|conclusion)(?: on (?:your|the) complaint)?', 'summary of (?:our|my) decision', '(?:our|my) findings and decision'],
    phrases: [
      '\\b(?:{WE}|s?he|they) (?:have |has |had )?(?:therefore |now )?(?:decided (?:to |not to )|(?:do|did|will|can|could|have|am|are) not (?:be )?|cannot |can\'t |don\'t |didn\'t )?(?:fully |partially |partly )?(?:uphold|upheld|upholding)\\b',
      "\\b(?:i['’]m|we['’]re|i am|we are) (?:not )?(?:fully |partially |partly )?upholding\\b", '\\b(?:decided (?:not )?to|and) (?:fully |partially |partly )?uphold\\b', '\\b{WE} (?:have )?(?:decided|concluded) that\\b', '\\b(?:charge|decision|recharge|bill|banding) (?:stands|remains in place)\\b',
      '\\b(?:your|the|this) (?:stage \\w+ )?(?:complaint|escalation)(?: about [^.]{1,100})? (?:is|was|will be|ha[sd] (?:not )?been|remain(?:s|ed)?)(?: therefore)?(?: not| also)?(?: been)?(?: fully| partially| partly)? (?:upheld|justified|unjustified|substantiated|unsubstantiated|well[- ]founded)\\b',
      // Form layouts: "the outcome is that your complaint was:" then "Upheld" on its own line, or a bare "Not upheld" line.
      '\\b(?:outcome|decision|finding|complaint)\\b[^.:\\n]{0,60}:\\s*(?:not |partially |partly |fully )?(?:upheld|justified|unjustified|substantiated|unsubstantiated)\\b',
      '\\b(?:upheld|justified)\\??:? (?:yes|no)\\b', '\\b(?:outcome|decision|finding)s?: (?:no )?(?:service failure|maladministration)\\b',
      '(?<=^|\\n|[.?!][ \\t])[ \\t]*(?:still )?(?:complaint )?(?:not |partially |partly |fully )?(?:upheld|justified|unjustified|substantiated|unsubstantiated)(?=[ \\t]*\\.?[ \\t]*(?:\\n|$)|[ \\t]*(?:[:–—-]|i.m afraid))',
      '\\b{WE} (?:have )?(?:found|find|concluded|conclude|decided) (?:that )?(?:there (?:was|has been|is|were) (?:no |a )?(?:service failure|failure|fault|failings?|maladministration|delay|mistakes?)|(?:we|our|the council|the service|you were)\\b)',
      '\\b{WE} (?:fully )?(?:accept|agree|acknowledge|recognise) (?:that )?(?:we|our [a-z]+|the council|this|it)? ?(?:got (?:this|it|things) wrong|(?:were|was) wrong|failed|should have|did not|didn\'t|let you down|took too long|made (?:a|an) (?:mistake|error)|fell short)',
      '\\b{WE} (?:still )?(?:do not|don\'t|cannot|can\'t|did not|didn\'t) (?:agree|accept|think|find|believe|consider) (?:that )?(?:we|there (?:was|has been)|our|the (?:council|repairs?|service|[a-z]+ (?:is|was))|it was)\\b',
      '\\bthere (?:was|has been|is) no (?:evidence of )?(?:service failure|fault|failure|maladministration|wrongdoing)\\b', '\\byou (?:are|were) (?:right|correct) (?:that|to)\\b', '\\b(?:decision|outcome|finding)s?\\b[^.]{0,40}\\b(?:stands|remains? (?:the same|unchanged))\\b',
      '\\b{WE} (?:agree|disagree) with (?:the )?(?:stage (?:1|one)|original|earlier|first) (?:decision|outcome|response|findings)\\b',
    ],
  },
  {
    id: 'reasons',
    kinds: RESPONSES,
    headings: [
      '(?:decision )?reasons?(?: for (?:our|my|the|this) (?:decision|outcome))?', 'why (?:we|i) (?:reached|made|came to) (?:this|our|my|that) decision',
      '(?:our |my )?(?:findings|investigation|investigation findings|review)', 'what (?:we|i) found', 'what (?:we|i) looked at',
      'review of (?:your|the) complaint', 'what happened', 'why',
    ],
    phrases: [
      // What the decision rests on is mostly found as the sentence after it, or after its colon or dash (reason-after-decision.ts).
      '\\b{WE} (?:have )?(?:found|established|identified|saw|noted|(?:can|could) see|spoken?|spoke|listened|talked|examined|seen|read|inspected|visited)\\b',
      '\\b(?:our|the|your) (?:[a-z]+ ){0,3}(?:policy|procedure|agreement|lease|contract|standards?) (?:says|states|sets|explains|allows|specifies|requires|gives|provides|is clear)\\b',
      '\\bbecause\\b', '\\bhaving (?:looked at|reviewed|considered|investigated|checked|examined|inspected|visited|spoken to|listened to|read|seen|gone through|talked to|compared)\\b',
    ],
  },
  {
    id: 'remedy',
    kinds: RESPONSES,
    headings: [
      '(?:proposed )?remed(?:y|ies)(?: offered)?', '(?:how we will )?put(?:ting)? (?:things|it|this|matters) right', 'what we will do to put (?:things|this|it) right',
      'compensation', '(?:our )?offer', 'apology', 'resolution',
    ],
    phrases: [
      "\\b(?:we|i)(?:['’]ll| will| would like to| are going to| have| can| am| are|['’]d like to)(?: also| now| be| happy to| able to| pleased to)* (?:offer|pay|award|credit|refund|reimburse|apologi[sz]e|compensate|increas)\\w*\\b",
      '\\b(?:will|to) (?:arrange|carry out|pay for|cover the cost of|redo|rebuild|replace) (?:the |a |your )?(?:[a-z]+ )?(?:repair|replacement|work|works|wall|fence|ceiling)s?\\b',
      '\\b{WE} (?:also |sincerely |unreservedly |fully )*apologi[sz]e\\b', '\\b(?:will|to) (?:redecorate|repaint|make good)\\b', '\\b(?:reduc|remov|credit|refund|writ|waiv|cancel)\\w*\\b[^.]{0,30}(?:£|from your (?:account|rent))', '(?:^|[.!?] )(?:sorry|apologies) (?:for|about) (?:the|this|that|any|all)\\b', '\\b(?:please accept )?(?:our|my) (?:sincere |unreserved |full )?apolog(?:y|ies)\\b',
      '\\bto put (?:things|this|matters|it) right\\b', '\\b(?:goodwill|compensation) (?:payment|gesture|of £)', '\\bgesture of goodwill\\b',
      "\\b(?:we are|i am|we['’]re|i['’]m) (?:very |truly |really |so )?sorry(?: for| that (?:we|our|it|you had|the|this)|[.;]| and)", '\\bpay (?:you )?(?:a |an )?(?:sum of |total of )?£\\s?\\d',
      '£\\s?\\d[\\d,.]* (?:compensation|goodwill|payment|credit|refund|has been|will be|to (?:your|the) (?:rent|account))', '\\b(?:as a|our|the) remedy\\b', '\\bfinancial redress\\b', '\\b(?:compensation|remedy|redress|goodwill(?: payment)?)(?: offered| awarded| agreed| paid| of| payment)?:? £\\s?\\d',
      "\\b(?:so )?here['’]?s what (?:we|i)(?:['’]ll| will| are going to| am going to) do\\b",
      "\\b{WE}(?:['’]ll| will)(?: also)? ask (?:your|the) (?:neighbour|neighbours|contractor|managing agents?|freeholder|resident|other resident)s? (?:to|not to)\\b",
    ],
    nothingToSay: [
      '\\bno (?:further |financial |other )?(?:remedy|compensation|payment|redress|refund)\\b[^.]{0,50}?\\b(?:offered|due|payable|appropriate|needed|required|necessary|warranted|owed)\\b',
      '\\b(?:we are|i am|we\'re|i\'m) not (?:offering|able to offer|making|paying) (?:any |a )?(?:remedy|compensation|payment|award)\\b',
      '\\b{WE} (?:will not|won\'t|cannot|can\'t|do not|don\'t) (?:be )?(?:offer|pay|award)(?:ing)? (?:you )?(?:any )?(?:remedy|compensation)\\b',
      '\\b(?:a )?remedy (?:is|was) not (?:appropriate|required|needed|due)\\b', '\\bthere (?:is|will be) no (?:remedy|compensation)\\b',
      '\\b(?:remedy|compensation):? (?:none|n/a|not applicable)\\b',
    ],
  },
  {
    id: 'outstanding-actions',
    kinds: RESPONSES,
    headings: ['(?:{~outstanding}|next|agreed|follow[- ]up) actions?', "what(?:['’]?s| is) (?:still |left )?(?:to (?:do|be done)|left|outstanding)", 'still to (?:do|be done)', 'actions?(?: [a-z ]{1,30})?', 'what we will do next', 'action plan', 'outstanding (?:work|repairs?)'],
    phrases: [
      '\\b{~outstanding} actions?\\b',
      "\\b(?:we|i|they|he|she|and|(?:our|the|your) [a-z -]{1,30}?|an? [a-z-]{3,20}(?: [a-z]{3,20})?)(?:['’]ll| will) (?:now |then |also |be (?:in touch|back) |still )?(?:complete|carry out|attend|inspect|arrange|visit|contact|call|phone|ring|email|text|install|book|fit|fix|finish|check|monitor|clean|treat|send|write|update|chase|order|raise|paint|survey|re-?[a-z]+|come back|make good|let you know|confirm|cut|decorate|meet|be in touch|get in touch|fill|plaster|clear|unblock|lay|excavate|service|adjust|trim|prune|jet|seal|ease|test|measure|tile|fence|deliver|sign)\\w*\\b",
      '\\b(?:works? order|job|repair|order|referral|request) (?:has been|have been|is|was) (?:now )?(?:raised|placed|booked|logged|made|issued|sent)\\b[^.]{0,60}\\b(?:to|for)\\b', '\\b(?:been )?given until {DATE}',
      '\\bwill be (?:[a-z]+ly )?(?:[a-z]+(?:ed|en)|done|cut back)\\b[^.]{0,60}\\b(?:by|on|within|before|in)\\b',
      '\\b(?:is|are|has been|have been|was) (?:now )?(?:booked|scheduled|arranged|planned|programmed) (?:in )?(?:for|on|in|to)\\b|\\bbooked (?:in )?(?:for|on) {DATE}',
      "\\b(?:we|i|they|he|she|(?:our|the|your) [a-z -]{1,30}?|an? [a-z-]{3,20})(?:['’]ll| will) (?:[a-z]+ ){1,8}?(?:on|by|before|within|in|during|from) (?:{DATE}|the (?:week|end) (?:of|commencing)|next (?:week|month)|(?:\\d{1,2}|two|three|four|five|six|ten) (?:working )?(?:days|weeks))\\b",
      '\\b(?:(?:is|are) (?:now )?)?due (?:back|to (?:return|come back|visit|attend|start|finish|complete|call|fit|replace|repair|carry out)|at your (?:home|property|flat|house)|on site)\\b', '\\bappointment (?:has been |is )?(?:booked|made|arranged) for\\b', "\\b{WE}(?:['’]ve| have) (?:now )?(?:booked|arranged|scheduled|ordered|raised) (?:the |a |an |your )?(?:[a-z]+ )?(?:repair|visit|appointment|inspection|work|works|job|survey|replacement)s?\\b",
    ],
    nothingToSay: [
      '\\bno (?:further |other |more |outstanding )*(?:actions?|work|works|repairs?)(?: is| are| remains?)?(?: still)? (?:outstanding|needed|required|to (?:be )?(?:do|done|complete|completed|take|taken|carry out)|left|remaining|due)\\b',
      '\\bthere (?:are|is|will be) no (?:further |other |more |outstanding )*(?:actions?|work|works|repairs?)\\b',
      '\\b(?:all )?(?:the |of the )?(?:work|works|repairs?|actions?)(?: we agreed)? (?:has|have) (?:now )?(?:all )?been (?:completed|finished|done|carried out)\\b',
      '\\bno {~outstanding}\\b',
      '\\bnothing (?:(?:further|else|more) )?(?:(?:is|remains|needs to be|is left to be|is still) )?(?:left|{~outstanding}|remaining|needed|required|still to do|(?:for us |we need |that we need |we have )?to (?:do|be done))\\b',
    ],
    // What the letter says will happen if the resident escalates is not an outstanding action of this complaint.
    unless: ["\\bif you (?:do|disagree|ask|request|escalate|decide|choose|want|wish|would like|go to|contact the|(?:are|remain|['’]re) (?:still )?(?:not |un|dis))", '\\b(?:stage[- ]?(?:2|two)|ombudsman|{~escalat}\\w*|acknowledge (?:it|your|the))\\b'],
  },
  {
    id: 'escalation',
    kinds: ['stage1-response'],
    headings: ['how to (?:escalate|ask for a review)(?: your complaint)?', 'escalating your complaint', 'asking for a {STAGE2} review'],
    phrases: [
      '\\b(?:{~escalat}|ask|request|mov|progress|refer|tak|put|go|want|like|pass|repl)\\w* [^.]{0,80}?(?:{STAGE2}|next stage)', "\\b(?:if|should) you(?:['’]re| are| remain)? (?:still )?(?:disagree|(?:not |un|dis)(?:happy|satisfied))\\b[^.]{0,120}?\\b(?:reply|respond|contact us|write to us|email us|call us|let us know|tell us|get in touch|ask us|review|looked at again)\\b",
      '{STAGE2} (?:review|request|escalation|of (?:our|the) complaints?)',
      '\\b(?:ask|request|want|like)\\w* (?:us |for us )?(?:for |to )?(?:a |an )?(?:review|escalat\\w*|look again|reconsider)\\b',
      '\\b{~escalat}\\w* (?:your|the|this) complaint\\b', '\\b(?:to|can|may) {~escalat}e\\b', '\\bhave (?:it|your complaint|the complaint) reviewed\\b',
      '\\b(?:wish|want|would like|like|decide|choose) to appeal\\b', '\\bappeal (?:against )?(?:the|this|our|my) (?:decision|outcome|response)\\b',
      "\\b(?:['’]ll|will) {~escalat}e (?:it|this|your complaint|the complaint|the matter)\\b",
    ],
    unless: ['^(?![\\s\\S]*(?:stage[- ]?(?:2|two)|review|second stage))[\\s\\S]*ombudsman'],
  },
  { id: 'escalation', kinds: ['stage2-response'], headings: OMBUDSMAN_HEADING, phrases: OMBUDSMAN_ROUTE },
  {
    id: 'reason',
    kinds: ['extension-notice'],
    headings: ['why(?: .{1,50})?', 'reasons?(?: for (?:the )?(?:extension|delay))?'],
    phrases: [
      '\\bbecause\\b', '\\bdue to\\b', '\\bthe reasons? (?:for|why|is|are)\\b', '\\b(?:more|further|extra|additional) time (?:to (?!(?:respond|reply|send|give|write|answer|get back)\\b)|so that|for (?!(?:our|the|your|a|my) (?:full |final )?(?:response|reply|answer)\\b))',
      '\\b(?:waiting (?:for|on)|awaiting)\\b', '\\bbefore (?:we|i) can (?:reply|respond|decide|answer|complete|finish|give)\\b', '\\b(?:more|extra|further|additional) time\\b[^.:;]{0,40}[:;–—] \\w', '\\bthis is (?:so that|to allow|to give|to let)\\b',
      '\\bin order to\\b', "\\bas (?:we|i|our|the|your) (?:[a-z'’]+ ){0,2}(?:are|am|need|have|has|still|were|was|is|could|did)(?:n['’]t)?\\b",
      '\\b(?:(?:need|needs|have|has|want|wants|had) to|must(?: first)?) (?:wait|speak|get|obtain|inspect|arrange|check|co-?ordinate|consult|review|gather|collect|talk|visit|see|look at|find out|carry out|take advice)\\b',
      "\\b(?:cannot|can['’]t|could not|couldn['’]t|(?:is|are) unable to|(?:is|are)n['’]t able to|(?:is|are) not able to) (?:attend|visit|inspect|come|complete|finish|reach|make|give|provide|be|meet)\\b[^.]{0,50}\\b(?:until|before|without)\\b",
      '\\b(?:is|are|has been|have been) (?:on (?:[a-z-]+ )?(?:sick )?leave|off sick|unwell|absent|unavailable)\\b',
    ],
  },
  {
    id: 'new-deadline',
    kinds: ['extension-notice'],
    headings: ['new (?:response )?(?:date|deadline|target date)', WHEN],
    phrases: [
      '\\b(?:respond|reply|response|write|send|decision|answer|hear from us|contact you|get back to you|expect|aim)\\w*\\b[^.]{0,80}?\\b(?:(?:by|on or before|before|no later than|on|until|due)(?: the end of)? {DATE}|within {WD})',
      '\\b(?:new|revised|extended) (?:response |reply |target |due )?(?:date|deadline)\\b[^.]{0,40}?{DATE}', '\\b(?:an? )?(?:additional|further|extra|another) {WD}',
      '\\b(?:extend\\w* [^.]{0,60}?(?:to|until)|need\\w* (?:until|till)) {DATE}', '\\b(?:by|on or before|no later than) {DATE}',
    ],
    // The date the letter cannot meet, or gave before, is not the new one.
    unless: ["^(?![\\s\\S]*\\b(?:now|new|revised|instead|usual|extend\\w*|further)\\b)[\\s\\S]*\\b(?:not be able|unable to|cannot|can['’]t|(?:told|gave|promised) you|originally|previously)\\b"],
  },
  {
    id: 'ombudsman-contact',
    kinds: ['extension-notice'],
    phrases: [
      '\\b0300 ?111 ?3000\\b', '\\b0300 ?061 ?0614\\b', '\\binfo@housing-ombudsman\\.org\\.uk\\b', '\\b(?:https?://)?(?:www\\.)?housing-ombudsman\\.org\\.uk\\b[\\w/.-]*',
      '\\b(?:https?://)?(?:www\\.)?lgo\\.org\\.uk\\b[\\w/.-]*', '\\bPO Box 1484\\b', '\\bPO Box 4771\\b', '\\bPR2 0ET\\b', '\\bCV4 0EH\\b',
    ],
  },
  {
    id: 'outcomes-sought',
    kinds: ['acknowledgement'],
    headings: ['(?:the )?outcomes? (?:you are |you\'re )?(?:seeking|sought|wanted|you want|you would like|requested|you have asked for)', "what you(?:['’]re| are)? (?:would like|want|asking for|have asked for|hoping for)(?: to happen| us to do)?", '(?:desired|preferred|requested) (?:outcomes?|resolution)', '(?:outcomes?|resolution|remedy) (?:requested|desired|wanted)', 'how you would like (?:this|it|us) (?:to be )?(?:resolved|put right)', 'resolution sought'],
    phrases: [
      "(?<!\\b(?:if|whether|when|unless) )\\b(?:{YOU}|he|she)(?:['’]d| would)(?: also| really)? (?:like|prefer)\\b",
      "(?<!\\b(?:if|whether|when|unless) )\\b{YOU}(?: also)? (?:wants?|wanted|seeks?|(?:are|is) (?:seeking|looking for|hoping|asking (?:us )?(?:for|to))|(?:have |has )?asked (?:us )?(?:for|to|that)|hopes? (?:we|that we) (?:will|can)|expects? us to)\\b",
      "(?<!\\b(?:if|whether|when|unless) )\\byou['’](?:re|ve) (?:also )?(?:seeking|looking for|asking (?:us )?(?:for|to)|asked (?:us )?(?:for|to)|hoping)\\b",
      '\\b(?:{YOUR}|the) (?:(?:desired|preferred|ideal) (?:outcome|resolution|result)|outcomes? (?:sought|requested|you want))', '\\bwhat would (?:put (?:things|this|it)|make (?:things|this|it)) right for you\\b',
    ],
  },
  {
    id: 'response-deadline',
    kinds: ['acknowledgement'],
    headings: [WHEN, 'response (?:due )?date', 'timescales?'],
    phrases: [
      '\\b(?:respond|reply|response|write to you|decision|hear (?:back )?from (?:us|me)|hear back|get back to you|answer|contact you|resol|investigat|outcome|conclu|complet)\\w*\\b[^.]{0,80}?\\b(?:by|on or before|before|no later than|within|on)(?: the end of)? (?:{DATE}|{WD}|\\d{1,2} (?:calendar )?days|(?:one|two|three|four|\\d) weeks?)', '\\b(?:target|response|reply) (?:date|deadline|by)\\b[^.\\n]{0,30}?{DATE}',
      '\\b(?:response|reply)\\b[^.]{0,30}\\bdue\\b[^.]{0,20}?{DATE}', '\\bdue (?:date|by|on)?:? {DATE}',
    ],
  },
  {
    id: 'responsibility-scope',
    kinds: ['acknowledgement'],
    headings: [
      "what (?:we|i|this complaint|th(?:is|e) review) (?:can|will|cannot|can['’]t|won['’]t|(?:are|is|am) unable to|can and can(?:not|['’]t)) (?:look at|cover|investigate|help with|deal with|consider|include|review)",
      '(?:scope|what we are responsible for)',
    ],
    // Acknowledgement only: in a refusal these are the refusal itself, not its reason.
    phrases: [...SCOPE, "\\b(?:isn['’]t something (?:we|the council)|{WE} (?:won['’]t|will not) be (?:look|investigat|consider|deal)\\w*)"],
  },
  {
    id: 'reasons',
    kinds: ['refusal'],
    headings: ['reasons?(?: for (?:our|my|the|this) decision)?', 'why .{1,60}'],
    phrases: [
      '\\bbecause\\b', '\\bnot (?:suitable|appropriate) (?:for|to consider under) (?:the|our) complaints?\\b', '\\b(?:more|over|longer) than (?:12|twelve) months\\b',
      '\\blegal (?:proceedings|action|claim|case)\\b', '\\b(?:already|previously) (?:been )?(?:considered|investigated|responded|dealt|answered|decided|reviewed|through)\\b',
      '\\bwithin (?:12|twelve) months\\b',
      '\\bservice request\\b', '\\bexclu(?:ded|sions?)\\b', '\\b(?:as|since) (?:the|this|your|it|these) (?:[a-z]+ ){0,3}(?:is|are|was|were|has|have|happened|occurred)\\b',
      '\\btribunal\\b',
      '\\b(?:the )?(?:same|previous|earlier) (?:complaint|matter|issue|concern)s?\\b', ',\\s+so (?:it|this|that|their|its|the|they|we|your)\\b',
      ...SCOPE,
    ],
  },
  { id: 'ombudsman-right', kinds: ['refusal'], headings: OMBUDSMAN_HEADING, phrases: OMBUDSMAN_ROUTE },
];

/**
 * Phrases that describe the route to the Ombudsman (used to explain a stage 1 letter that names only the Ombudsman).
 *
 * @example
 * ombudsmanRoutePhrases.length > 0; // true
 */
export const ombudsmanRoutePhrases: readonly string[] = OMBUDSMAN_ROUTE;
