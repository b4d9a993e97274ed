import * as z from '../errors/zod.js';
import { compileElementRule, type CompiledElementRule } from './match-element.js';
import { elementRules, type ElementRule } from './rules/elements.js';
import { compilePattern, literalPattern } from './rules/macros.js';
import type { ElementId } from './types.js';

const ELEMENT_IDS = [
  'stage', 'definition', 'decision', 'reasons', 'remedy', 'outstanding-actions', 'escalation', 'reason', 'new-deadline',
  'ombudsman-contact', 'outcomes-sought', 'response-deadline', 'responsibility-scope', 'ombudsman-right',
] as const satisfies readonly ElementId[];

/**
 * A landlord's own headings and phrases for elements, added to the built-in rules. Written as plain words,
 * not regular expressions: "Local resolution response" matches those words with any spacing and case.
 *
 * @example
 * LandlordPhrases.parse({ stage: { phrases: ['Local resolution response'] }, remedy: { headings: ['Our offer to you'] } });
 */
export const LandlordPhrases = z.partialRecord(
  z.enum(ELEMENT_IDS, { error: (issue) => `Unknown element ${JSON.stringify(issue.input)} in phrases.` }),
  z.object({
    headings: z.optional(z.array(z.trimmed(2, 120, 'A heading must have at least 2 characters.')).check(z.maxLength(200))),
    phrases: z.optional(z.array(z.trimmed(2, 200, 'A phrase must have at least 2 characters.')).check(z.maxLength(500))),
  }),
);
export type LandlordPhrases = z.infer<typeof LandlordPhrases>;

/** Headings that start a new section although no element uses them. */
const GENERIC_HEADINGS = [
  'background', 'introduction', 'summary', 'next steps', 'what happens (?:next|now)', 'contact us', 'further information', 'chronology',
  // "If you are not happy…" lines open a section without being listed (OPENS_SECTION in match-element.ts).
  'timeline', 'our policy', 'learning', 'service improvements?', 'what we have learned',
  'how to contact us', 'who is dealing with your complaint', 'what we will do',
];

let builtIn: CompiledElementRule[] | undefined;
const landlordCache = new Map<string, CompiledElementRule[]>();
const headingTests = new WeakMap<readonly CompiledElementRule[], (label: string) => boolean>();

/**
 * The compiled rules: the built-ins plus the landlord's phrases (cached per distinct set of phrases).
 *
 * @example
 * compiledRulesFor({ stage: { phrases: ['Local resolution response'] } }).length > elementRules.length; // true
 */
export function compiledRulesFor(phrases?: LandlordPhrases): readonly CompiledElementRule[] {
  builtIn ??= elementRules.map(compileElementRule);
  if (!phrases || Object.keys(phrases).length === 0) return builtIn;
  const key = JSON.stringify(phrases);
  const cached = landlordCache.get(key);
  if (cached) return cached;
  const extra: ElementRule[] = Object.entries(phrases).map(([id, own]) => ({
    id: id as ElementId,
    headings: (own?.headings ?? []).map(literalPattern),
    phrases: (own?.phrases ?? []).map(literalPattern),
  }));
  const all = [...builtIn, ...extra.map(compileElementRule)];
  if (landlordCache.size > 16) landlordCache.clear();
  landlordCache.set(key, all);
  return all;
}

/**
 * A test for "is this line a known heading?" across every element and the generic headings.
 *
 * @example
 * knownHeadingTest(compiledRulesFor())('Background'); // true
 */
export function knownHeadingTest(rules: readonly CompiledElementRule[]): (label: string) => boolean {
  const cached = headingTests.get(rules);
  if (cached) return cached;
  const sources = [...rules.flatMap((rule) => rule.headings.map((re) => re.source)), ...GENERIC_HEADINGS.map((g) => `^(?:${compilePattern(g).source})\\s*[:?]?$`)];
  const combined = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i');
  const test = (label: string) => combined.test(label);
  headingTests.set(rules, test);
  return test;
}
