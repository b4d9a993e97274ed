import { inPlaceholder, sentenceAt, type LetterDocument } from './document.js';
import { kindClues } from './rules/kinds.js';
import { compilePattern } from './rules/macros.js';
import type { Evidence, LetterKind } from './types.js';

// Sentences after a decision that are not its explanation: the decision again, the remedy, the next step, the close.
const NOT_A_REASON =
  /^(?:if|please|thank|to put|as a|our offer|you (?:can|may|have the right)|this (?:is|was|letter|email|concludes) (?:our|my|the)|(?:we|i)(?: would| will|['’]ll|['’]d| are going to| can| also)? (?:like to )?(?:offer|pay|apologi|arrange|book|contact|call|write|send|ask|make|put|credit|refund|now)|(?:we|i)(?: are|['’]re| am|['’]m) (?:sorry|pleased|happy)|(?:we|i)(?: have|['’]ve)? (?:now )?(?:looked into|investigated|received|considered)|your (?:complaint|concern)|you (?:told|said|complained|raised|reported|asked|wanted|contacted|wrote)|(?:we|i) understand|(?:from|in) your|(?:our|the) (?:decision|outcome|remedy)\b)|£\s?\d|^there (?:is|are) no\b|\b(?:will|shall|is due|are due|going to|(?:is|are|has been|have been) (?:now )?(?:booked|arranged|scheduled|raised))\b|\b(?:uph[eo]ld\w*|ombudsman|stage[- ]?(?:2|two)|apologi[sz]e|sorry|compensation|goodwill|outstanding|remedy|nothing (?:further|else|more))\b/i;

// Sentences after "we need more time" that are not why: the new date, the apology, the Ombudsman, the close.
const NOT_WHY_MORE_TIME =
  /^(?:if|please|thank|sorry|in the meantime|you (?:can|will|may|should)|(?:we|i)(?: will|['’]ll| now| aim| expect| apologi[sz]e| would like| are sorry| am sorry)|this (?:is|means|extends)|(?:our|the|your) (?:new|full|stage|response)\b)|\bombudsman\b/i;

/** The sentence as evidence when it is a statement of five words or more that could be an explanation. */
function statement(doc: LetterDocument, start: number, end: number, not = NOT_A_REASON): Evidence | undefined {
  const sentence = doc.text.slice(start, end).trim();
  if (sentence.split(/\s+/).length < 5 || not.test(sentence) || inPlaceholder(doc, start, end) || !/[a-z]/.test(sentence)) return undefined;
  if (!/[.!?]["”’)]?$/.test(sentence)) return undefined;
  const from = start + doc.text.slice(start, end).indexOf(sentence);
  return { start: from, end: from + sentence.length, text: sentence, rule: 'pattern' };
}

/**
 * The explanation that follows a decision, counted as its reason even without "because" (issue 12): the
 * first of the next three sentences, in the same part of the letter, that is a statement of five words or
 * more and is not the decision again, the remedy, the next step or the close; failing that, the sentence just
 * before the decision in the same paragraph.
 *
 * @example
 * // "We have upheld your complaint. The job was closed in error before the work was done." → the second sentence
 */
export function reasonAfterDecision(doc: LetterDocument, decision: Evidence, not = NOT_A_REASON): Evidence | undefined {
  const [decisionStart, decisionEnd] = sentenceAt(doc, decision.start);
  // The rest of the decision's own sentence after a colon, semicolon or dash ("Upheld - the order was never raised.").
  const sep = decision.end > decision.start ? /^[^.:;–—]{0,40}?(?:[:;–—]| - )/.exec(doc.text.slice(decision.end, decisionEnd)) : null;
  const same = sep ? statement(doc, decision.end + sep[0].length, decisionEnd, not) : undefined;
  if (same) return same;
  let at = decisionEnd;
  for (let tries = 0; tries < 3 && at < doc.bodyEnd; tries += 1) {
    const [start, end] = sentenceAt(doc, at);
    const sentence = doc.text.slice(start, end).trim();
    // A heading (short, no closing full stop) ends the part of the letter the decision is in.
    if (sentence.length <= 70 && !/[.!?]["”’)]?$/.test(sentence)) break;
    const found = statement(doc, start, end, not);
    if (found) return found;
    at = Math.max(end, at + 1);
  }
  // Or the explanation just before it, in the same paragraph ("… should have kept you informed. I'm upholding your complaint.").
  if (decision.rule === 'heading' || decisionStart === 0 || not !== NOT_A_REASON) return undefined;
  const [start, end] = sentenceAt(doc, decisionStart - 1);
  return /\n[ \t]*\n/.test(doc.text.slice(start, decisionStart)) ? undefined : statement(doc, start, end);
}

// The strong kind clues of an extension ("we need more time", "we won't make Thursday") or a refusal ("we will not
// reopen the complaint") mark where the explanation is: what the letter says next, or (a refusal) just before.
const STRONG = kindClues.filter((clue) => clue.weight > 3 && /^(?:ext|ref)/.test(clue.kind)).map((clue) => ({ kind: clue.kind, re: compilePattern(clue.pattern) }));

/**
 * The reason of an extension notice or a refusal given with no "because": the first statement of the next three
 * sentences after the letter first asks for more time, says it is late, or declines the complaint, that is not
 * the new date, an apology, the Ombudsman or the close (for a refusal, failing that, the sentence just before).
 *
 * @example
 * // "We need more time to respond. We need the findings of a structural engineer." → the second sentence
 */
export function reasonAfterClue(doc: LetterDocument, kind: LetterKind): Evidence | undefined {
  const body = doc.text.slice(doc.bodyStart, doc.bodyEnd);
  let at = -1;
  let end = 0;
  for (const clue of STRONG) {
    clue.re.lastIndex = 0;
    const m = clue.kind === kind ? clue.re.exec(body) : null;
    if (m && (at < 0 || m.index < at)) [at, end] = [m.index, m.index + m[0].length];
  }
  return at < 0 ? undefined : reasonAfterDecision(doc, { start: doc.bodyStart + at, end: doc.bodyStart + end, text: '', rule: 'phrase' }, kind === 'refusal' ? NOT_A_REASON : NOT_WHY_MORE_TIME);
}
