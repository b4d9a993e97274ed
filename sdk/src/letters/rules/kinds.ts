import type { LetterKind } from '../types.js';

/** A clue to the kind of letter: a pattern and how much it counts towards a kind. */
export interface KindClue {
  readonly kind: LetterKind;
  readonly pattern: string;
  readonly weight: number;
  /** Said in the reasons when the clue is found. */
  readonly reason: string;
}

/**
 * The clues used to guess a letter's kind. Data, so they can be read and extended.
 *
 * @example
 * kindClues.filter((clue) => clue.kind === 'refusal').length > 0; // true
 */
export const kindClues: readonly KindClue[] = [
  { kind: 'extension-notice', pattern: '\\b(?:extension|extend(?:ing|ed)? (?:the |this |our |that )?(?:deadline|time|timescale|date|response))\\b|(?<!if (?:we|i) )\\b(?:need|needs|require|requires|ask(?:ing)? for) (?:a little |some |a bit |an? )?(?:more|extra|additional|further) (?:time|\\d+ working days)\\b|\\btaking longer (?:than|to)\\b', weight: 5, reason: 'asks for more time' },
  { kind: 'extension-notice', pattern: '\\b(?:new|revised) (?:response |target |due )?(?:date|deadline)\\b|\\bwill now (?:send|respond|reply|write)\\b', weight: 2, reason: 'gives a new date' },
  { kind: 'extension-notice', pattern: '\\b(?:not (?:be )?able to|unable to|cannot|can\'t) (?:respond|reply|send (?:you )?(?:our|a|the|your) (?:full |final )?response)\\b[^.]{0,60}\\b(?:by|within)\\b', weight: 4, reason: 'says the response will be late' },
  { kind: 'acknowledgement', pattern: '\\backnowledg(?:e|ement|ing)\\b', weight: 2, reason: 'acknowledges the complaint' },
  { kind: 'acknowledgement', pattern: "\\b(?:we|i)(?: have|['’]ve) (?:received|logged|registered|recorded) (?:your|it|the) ?(?:complaint|escalation|request)?\\b|\\blogged (?:it|your complaint|your request) at stage\\b", weight: 3, reason: 'says the complaint was received or logged' },
  { kind: 'acknowledgement', pattern: '\\b(?:(?:get|receive|have) (?:our|a|the|your) (?:full |final |written |stage (?:1|2|one|two) )?response|response will be sent)\\b[^.]{0,40}\\b(?:by|within)\\b|\\b(?:will|aim to) (?:respond|reply|send (?:you )?(?:our|a|the|your) (?:full |final |written )?response)\\b[^.]{0,60}\\b(?:by|within)\\b', weight: 2, reason: 'says when the response will come' },
  { kind: 'acknowledgement', pattern: '\\b(?:will be|is being) (?:investigated|looked into|handled|dealt with|reviewed) by\\b|\\bwill (?:investigate|look into)\\b', weight: 2, reason: 'says the complaint will be investigated' },
  { kind: 'refusal', pattern: "\\b(?:unable to|not able to|cannot|can['’]t|will not|won['’]t|are not going to|not be)(?: be)? (?:accept|consider|log|investigat|tak|deal|register|escalat)\\w*\\b[^.]{0,60}\\b(?:complaint|complaints process|stage 2|any further)", weight: 5, reason: 'declines to take the complaint' },
  { kind: 'refusal', pattern: '\\bnot (?:suitable|appropriate) for (?:the|our) complaints?\\b|\\b(?:falls?|is) outside (?:of )?(?:our|the) complaints?\\b|\\bexclu(?:ded|sion)\\b', weight: 5, reason: 'says the matter is outside the complaints process' },
  { kind: 'refusal', pattern: '\\bdecis(?:ion|ided) (?:not to|to not) (?:accept|consider|escalate|investigate|treat|log)\\b|\\b(?:already|previously) (?:been )?considered\\b|\\bservice request rather than\\b', weight: 5, reason: 'refers to a decision not to accept' },
  { kind: 'stage1-response', pattern: '\\b(?:uphold|upheld|not upheld|partly upheld)\\b', weight: 2, reason: 'gives a decision (upheld or not)' },
  { kind: 'stage2-response', pattern: '\\b(?:uphold|upheld|not upheld|partly upheld)\\b', weight: 2, reason: 'gives a decision (upheld or not)' },
  { kind: 'stage1-response', pattern: '^[^\\n]{0,40}\\bstage[- ]?(?:1|one) (?:complaint )?(?:response|decision|reply|outcome)\\b|\\b(?:this (?:letter |email )?is|here is) (?:our|my) (?:stage[- ]?(?:1|one)|first stage) (?:complaint )?(?:response|reply)\\b|\\byour stage[- ]?(?:1|one) complaint\\b', weight: 4, reason: 'calls itself a stage 1 response' },
  { kind: 'stage1-response', pattern: "\\b(?:can|may|could|want to|would like to|wish to|you['’]d like to)(?: also)? (?:ask|request|escalate|take)\\b[^.]{0,60}(?:stage[- ]?(?:2|two)|review)\\b|\\bnot happy\\?? reply\\b", weight: 3, reason: 'explains how to ask for stage 2' },
  { kind: 'stage2-response', pattern: '\\bstage[- ]?(?:2|two) (?:complaint )?(?:response|decision|reply|outcome|review (?:response|decision|outcome))\\b|\\bfinal response\\b|\\breview (?:of )?(?:our|the|your) stage[- ]?(?:1|one)\\b|\\bthe stage[- ]?(?:1|one) (?:response|decision|letter|findings)\\b|\\byour stage[- ]?(?:2|two) complaint\\b', weight: 4, reason: 'calls itself a stage 2 or final response' },
  { kind: 'stage2-response', pattern: '\\b(?:refer|take|bring|escalate|contact|complain)\\w*[^.]{0,50}\\bombudsman\\b', weight: 2, reason: 'explains how to go to the Ombudsman' },
  { kind: 'stage1-response', pattern: '\\b(?:we|i) (?:have )?(?:found|investigated|looked into|spoke to|inspected)\\b', weight: 1, reason: 'reports what the investigation found' },
  { kind: 'stage2-response', pattern: '\\b(?:we|i) (?:have )?(?:found|investigated|looked into|spoke to|inspected|reviewed)\\b', weight: 1, reason: 'reports what the investigation found' },
];
