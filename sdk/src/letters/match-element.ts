import { hasContent, inPlaceholder, sentenceAt, type LetterDocument, type Line } from './document.js';
import { compilePattern } from './rules/macros.js';
import type { ElementRule } from './rules/elements.js';
import type { Evidence } from './types.js';

/** An element rule with its patterns compiled. */
export interface CompiledElementRule {
  readonly rule: ElementRule;
  readonly headings: readonly RegExp[];
  readonly phrases: readonly RegExp[];
  readonly nothingToSay: readonly RegExp[];
  readonly unless: readonly RegExp[];
}

/** What the checker found for one element. */
export interface ElementMatch {
  readonly present: boolean;
  readonly evidence?: Evidence;
  /** A matching heading with nothing under it (the template was not filled in). */
  readonly emptyHeading?: Evidence;
}

const headingRegex = (source: string) => {
  const inner = compilePattern(source).source;
  return new RegExp(`^(?:${inner})\\s*[:?]?$`, 'i');
};
const cache = new WeakMap<ElementRule, CompiledElementRule>();

/**
 * Compiles a rule (cached for the lifetime of the rule object).
 *
 * @example
 * compileElementRule({ id: 'remedy', headings: ['remedy'] }).headings[0]?.test('Remedy:'); // true
 */
export function compileElementRule(rule: ElementRule): CompiledElementRule {
  const cached = cache.get(rule);
  if (cached) return cached;
  const compiled: CompiledElementRule = {
    rule,
    headings: (rule.headings ?? []).map(headingRegex),
    phrases: (rule.phrases ?? []).map(compilePattern),
    nothingToSay: (rule.nothingToSay ?? []).map(compilePattern),
    unless: (rule.unless ?? []).map((source) => new RegExp(compilePattern(source).source, 'i')),
  };
  cache.set(rule, compiled);
  return compiled;
}

/** Paragraphs that open a new part of a letter even without a heading: the escalation paragraph, the close. */
// "you're" has no space before the apostrophe: the verb sits right after "you".
const OPENS_SECTION = /^(?:if you(?:['’]re| are| remain)? (?:still )?(?:not |un|dis)?(?:happy|satisfied|dissatisfied|unhappy)|this is (?:our|my|the council['’]s) final response)/i;

/**
 * Lines that start a new section: heading-shaped lines marked as headings or known headings, and
 * paragraphs that open a new part of a letter ("If you are not happy…").
 *
 * @example
 * // sectionBreaks(analyseLetter('Remedy\n\nIf you are not happy, ask for stage 2.'), () => false) → [false, false, true]
 */
export function sectionBreaks(doc: LetterDocument, knownHeading: (label: string) => boolean): boolean[] {
  return doc.lines.map((line) => (line.headingLike && (line.strong || knownHeading(line.label))) || OPENS_SECTION.test(line.label));
}

function sectionHasContent(doc: LetterDocument, index: number, breaks: readonly boolean[]): boolean {
  const line = doc.lines[index] as Line;
  const bodyStart = line.inlineBodyStart ?? line.end + 1;
  let bodyEnd = doc.text.length;
  for (let next = index + 1; next < doc.lines.length; next += 1) {
    if (breaks[next]) {
      bodyEnd = (doc.lines[next] as Line).start;
      break;
    }
  }
  return bodyStart < bodyEnd && hasContent(doc.text.slice(bodyStart, bodyEnd));
}

const evidence = (doc: LetterDocument, start: number, end: number, rule: Evidence['rule']): Evidence => ({ start, end, text: doc.text.slice(start, end), rule });

/**
 * Looks for one element in a letter using every rule given for it: headings with content first, then phrases,
 * then "nothing to say" statements. Phrase matches inside placeholders, inside an empty section's heading,
 * or in a sentence matching an `unless` pattern do not count.
 *
 * @example
 * // see checkDraft, which calls this for every required element
 */
export function matchElement(doc: LetterDocument, rules: readonly CompiledElementRule[], breaks: readonly boolean[]): ElementMatch {
  let emptyHeading: Evidence | undefined;
  const emptyHeadingLines: Line[] = [];
  for (let index = 0; index < doc.lines.length; index += 1) {
    const line = doc.lines[index] as Line;
    if (!line.headingLike) continue;
    if (!rules.some((rule) => rule.headings.some((re) => re.test(line.label)))) continue;
    const labelStart = doc.text.indexOf(line.label, line.start);
    const span = evidence(doc, labelStart >= 0 ? labelStart : line.start, labelStart >= 0 ? labelStart + line.label.length : line.end, 'heading');
    if (sectionHasContent(doc, index, breaks)) return { present: true, evidence: span };
    emptyHeading ??= span;
    emptyHeadingLines.push(line);
  }
  const find = (kind: 'phrases' | 'nothingToSay'): Evidence | undefined => {
    for (const rule of rules) {
      for (const re of rule[kind]) {
        re.lastIndex = 0;
        for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
          const start = m.index;
          const end = start + m[0].length;
          if (m[0].length === 0) re.lastIndex += 1;
          if (inPlaceholder(doc, start, end)) continue;
          if (emptyHeadingLines.some((line) => start >= line.start && start <= line.end)) continue;
          // "Nothing further for us to do, so you can go to the Ombudsman" still says there is nothing outstanding.
          if (kind === 'phrases' && rule.unless.length > 0) {
            const [s, e] = sentenceAt(doc, start);
            const sentence = doc.text.slice(s, Math.max(e, end));
            if (rule.unless.some((u) => u.test(sentence))) continue;
          }
          return evidence(doc, start, end, kind === 'phrases' ? 'phrase' : 'nothing-to-say');
        }
      }
    }
    return undefined;
  };
  const found = find('phrases') ?? find('nothingToSay');
  if (found) return { present: true, evidence: found };
  return emptyHeading ? { present: false, emptyHeading } : { present: false };
}
