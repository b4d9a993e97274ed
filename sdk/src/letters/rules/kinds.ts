import type { LetterKind } from '../types.js';

/** A clue to the kind of letter: a pattern and how much it counts towards a kind. */
export interface KindClue {
  readonly kind: LetterKind;
  readonly pattern: string;
  readonly weight: number;
  /** Said in the reasons when the clue is found. */
  readonly reason: string;
}

// Words before "(stage 2 / final) response" showing it names another letter (one to come, or one already sent), not this one.
const OTHER_RESPONSE = "(?<!\\b(?:send|sending|sent|get|getting|receive|have|expect|give|gave|given|issue|issued|for|when|once|complete|prepare|preparing|of|after|from)(?: you)?(?: our| a| the| your| this)?(?: (?:full|final|written|formal|complaint))?(?: stage[- ]?(?:1|2|one|two))?(?: (?:full|final|complaint))? )";

/**
 * The clues used to guess a letter's kind. Data, so they can be read and extended.
 *
 * @example
 * kindClues.filter((clue) => clue.kind === 'refusal').length > 0; // true
 */
export const kindClues: readonly KindClue[] = [
  { kind: 'extension-notice', pattern: '(?<!\\b(?:side|rear|storey|loft|kitchen|house|planning) )\\b(?:extension|extend(?:ing|ed)? (?:the |this |our |that )?(?:deadline|time|timescale|date|response))\\b|(?<!if (?:we|i) )\\b(?:need|needs|require|requires|ask(?:ing)? for) (?:a little |some |a bit |an? )?(?:more|extra|additional|further) (?:time|\\d+ working days)\\b|\\b(?:take|takes|taking) (?:a (?:little|bit|few days) |slightly |a little bit )?longer\\b|\\bpush(?:ing)? back (?:our|the|my)\\b|\\bwill be delayed\\b|(?<!\\b(?:if (?:we|i)|may|might|ever) )\\bneed(?:s|ed)? (?:a (?:little |bit |few (?:more )?days )|slightly |some (?:more )?)?longer\\b', weight: 5, reason: 'asks for more time' },
  { kind: 'extension-notice', pattern: '\\b(?:new|revised) (?:response |target |due )?(?:date|deadline)\\b|\\bwill now (?:send|respond|reply|write)\\b', weight: 2, reason: 'gives a new date' },
  { kind: 'extension-notice', pattern: "\\b(?:not (?:be )?able to|unable to|cannot|can['’]t|won['’]t be able to|will not be able to)\\b[^.]{0,40}?\\b(?:respond|reply|response|decision|answer)\\b[^.]{0,60}\\b(?:by|within|as (?:planned|promised|agreed|we (?:said|hoped|had hoped|promised)|we['’]d (?:hoped|said)))\\b", weight: 4, reason: 'says the response will be late' },
  { kind: 'extension-notice', pattern: '\\b(?:now )?need (?:until|till) {DATE}|\\b(?:we )?(?:told|said to|promised) you (?:that )?we would (?:reply|respond|write|send|get back)\\b[^.]{0,60}\\bby\\b|\\b(?:rather than|instead of|now due)(?: on| by)? {DATE}', weight: 4, reason: 'moves the date it said it would reply by' },
  { kind: 'extension-notice', pattern: "\\b(?:response|reply|decision|answer) (?:will|is going to) (?:be|arrive|reach you) (?:a (?:little|bit|few days) )?later than\\b|\\b(?:have|has)(?:n['’]t| not) (?:yet )?(?:replied|responded|sent (?:you )?(?:our|a|the) (?:response|reply))\\b|\\bnot yet (?:replied|responded|been able to (?:reply|respond))\\b|\\b(?:won['’]t|will not|can['’]t|cannot) (?:make|meet) (?:the |our |that )?(?:deadline|date|\\w+day)", weight: 4, reason: 'says the response is late' },
  { kind: 'extension-notice', pattern: "\\b(?:you['’]ll|you will) now (?:have|get|receive|hear)\\b|\\bwill now (?:be )?(?:sent|respond|reply)", weight: 2, reason: 'gives a new date' },
  { kind: 'acknowledgement', pattern: '(?<!\\b(?:our|my) )\\b{~acknowledg}(?:e|ement|ing)\\b', weight: 2, reason: 'acknowledges the complaint' },
  { kind: 'acknowledgement', pattern: "\\b(?:we|i)(?: have|['’]ve)? (?:received|logged|registered|recorded) (?:it|your|(?:the|this) (?:complaint|escalation|request|email|letter))\\b|(?<!\\byou (?:have )?)\\b(?:logged|registered|recorded|raised|opened|set) (?:(?:[a-z]+ ){1,3}?(?:at|as) )?(?:an? )?(?:[a-z]+ )?(?:stage|complaint)\\b|\\b(?:case|complaint) (?:has been|is|was) (?:now )?(?:registered|logged|received|recorded)\\b", weight: 3, reason: 'says the complaint was received or logged' },
  { kind: 'acknowledgement', pattern: "\\bthank(?:s| you) for (?:asking us to (?:review|look again|look at|escalate|reconsider)|your (?:request|asking) (?:for (?:a|your complaint to be|the complaint to be) (?:review|escalat)|to (?:escalate|review)))", weight: 3, reason: 'thanks the resident for asking for a review' },
  { kind: 'acknowledgement', pattern: '\\b(?:(?:get|receive|have) (?:our|a|the|your) (?:(?:full|final|written|stage (?:1|2|one|two)) )*(?:response|reply)|(?:response|reply) will (?:be sent|reach you|arrive)|hear (?:back )?from (?:us|me))\\b[^.]{0,40}\\b(?:by|within|no later than|on or before)\\b|\\b(?:will|aim to) (?:respond|reply|send (?:you )?(?:our|a|the|your) (?:(?:full|final|written|stage (?:1|2|one|two)) )*(?:response|reply))\\b[^.]{0,60}\\b(?:by|within)\\b', weight: 3, reason: 'says when the response will come' },
  { kind: 'acknowledgement', pattern: '\\b(?:will be|is being) (?:investigated|looked into|handled|dealt with|reviewed) by\\b|\\b(?:will|\'ll|’ll)(?: be)? (?:investigat|look\\w* into|review your complaint|look at your complaint)', weight: 2, reason: 'says the complaint will be investigated' },
  { kind: 'refusal', pattern: "\\b(?:unable to|not able to|cannot|can['’]t|will not|won['’]t|(?:are|is) not(?: going to)?|not be)(?: be)? (?:accept|consider|log|investigat|tak|deal|register|escalat|open|re-?open|treat|progress|pursue|handl|look)\\w*\\b[^.]{0,60}\\b(?:complaint|complaints process|stage 2|further)", weight: 5, reason: 'declines to take the complaint' },
  { kind: 'refusal', pattern: "\\bnot (?:suitable|appropriate) for (?:the|our) complaints?\\b|\\bcomplaints? (?:procedure|process) (?:cannot|can['’]t|is not able to|is unable to) (?:consider|cover|deal|look|change|investigate)\\b|\\bconcluded (?:that )?(?:it|this|we) (?:cannot|can['’]t)\\b|\\b(?:falls?|is) outside (?:of )?(?:our|the) complaints?\\b|\\bexclu(?:ded|sion)\\b", weight: 5, reason: 'says the matter is outside the complaints process' },
  // Weaker: an acknowledgement says it of a part of the complaint ("the shed isn't something we can deal with").
  { kind: 'refusal', pattern: "\\b(?:is not|isn['’]t) something (?:that )?we can\\b", weight: 3, reason: 'says the matter is outside the complaints process' },
  { kind: 'refusal', pattern: '\\b(?:decision|decided) (?:not to|to not) (?:accept|consider|escalate|investigate|treat|log|(?:re-?)?open|progress)\\b|\\b(?:already|previously) (?:been )?considered\\b|\\bservice request rather than\\b', weight: 5, reason: 'refers to a decision not to accept' },
  { kind: 'refusal', pattern: '\\b(?:gave|sent|issued) (?:you )?(?:our|a|the) (?:stage[- ]?(?:2|two) )?final (?:complaint )?response (?:on|dated|of)\\b', weight: 3, reason: 'says a final response was already given' },
  { kind: 'stage1-response', pattern: '\\b(?:uphold|upheld)\\b', weight: 2, reason: 'gives a decision (upheld or not)' },
  { kind: 'stage2-response', pattern: '\\b(?:uphold|upheld)\\b', weight: 2, reason: 'gives a decision (upheld or not)' },
  { kind: 'stage1-response', pattern: '(?:^|\\n)[^\\n.]{0,60}(?<!\\bthe )\\bstage[- ]?(?:1|one) (?:complaint )?(?:response|decision|reply|outcome)\\b[^\\n.]{0,40}(?:\\n|$)|\\b(?:this (?:letter |email )?is|here is) (?:our|my) (?:stage[- ]?(?:1|one)|first stage) (?:complaint )?(?:response|reply)\\b|\\byour stage[- ]?(?:1|one) complaint\\b|\\b(?:we|i)(?: have|’ve|\'ve)? (?:considered|dealt with|investigated|looked (?:at|into)) (?:it |this |your complaint )?(?:at|under) stage[- ]?(?:1|one)\\b', weight: 4, reason: 'calls itself a stage 1 response' },
  { kind: 'stage1-response', pattern: "\\b(?:can|may|could|want to|would like to|wish to|you['’]d like to)(?: also)? (?:ask|request|escalate|take)\\b[^.]{0,60}(?:stage[- ]?(?:2|two)|(?<!\\b(?:stage[- ]?(?:3|three)|third[- ]stage|final|further|another) )review)\\b|\\bnot happy\\?? reply\\b", weight: 3, reason: 'explains how to ask for stage 2' },
  { kind: 'stage2-response', pattern: `${OTHER_RESPONSE}\\bstage[- ]?(?:2|two) (?:complaint )?(?:response|decision|reply|outcome|review (?:response|decision|outcome))\\b|${OTHER_RESPONSE}\\bfinal (?:complaint )?response\\b|\\breview (?:of )?(?:our|the|your) stage[- ]?(?:1|one)\\b|\\bthe stage[- ]?(?:1|one) (?:response|decision|letter|findings)\\b|\\byour stage[- ]?(?:2|two) complaint\\b`, weight: 4, reason: 'calls itself a stage 2 or final response' },
  { kind: 'stage2-response', pattern: '\\b(?:end|conclusion|last stage|final stage) of (?:our|the) (?:internal )?(?:complaints? )?(?:process|procedure)\\b|\\b(?:concludes|completes|exhausts|ends) (?:our|the) (?:internal )?complaints? (?:process|procedure)\\b', weight: 4, reason: 'says the complaints process is over' },
  { kind: 'stage2-response', pattern: '(?:^|\\n)[^\\n.]{0,60}\\bstage[- ]?(?:2|two)\\b[^\\n.]{0,40}(?:\\n|$)|\\byou (?:have )?asked us to (?:review|look again)\\b', weight: 2, reason: 'has a stage 2 heading' },
  { kind: 'stage1-response', pattern: '(?:^|\\n)[^\\n.]{0,60}\\bstage[- ]?(?:1|one)\\b[^\\n.]{0,40}(?:\\n|$)', weight: 2, reason: 'has a stage 1 heading' },
  { kind: 'stage2-response', pattern: '\\b(?:refer|take|bring|escalate|contact|complain)\\w*[^.]{0,50}\\bombudsman\\b|\\bombudsman (?:can|may|will|could) (?:then |also )?(?:investigate|look|review|consider|help)', weight: 2, reason: 'explains how to go to the Ombudsman' },
  { kind: 'stage1-response', pattern: '\\b(?:we|i) (?:have )?(?:found|investigated|looked into|spoke to|inspected)\\b', weight: 1, reason: 'reports what the investigation found' },
  { kind: 'stage2-response', pattern: '\\b(?:we|i) (?:have )?(?:found|investigated|looked into|spoke to|inspected|reviewed)\\b', weight: 1, reason: 'reports what the investigation found' },
];
