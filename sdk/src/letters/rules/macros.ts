/**
 * Shared pieces of the phrase patterns, written once. A pattern in the rule data refers to one as `{NAME}`;
 * {@link compilePattern} expands them. Spaces in a pattern match any run of white space (letters wrap).
 */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun),?';

/**
 * The named fragments the rule data may use.
 *
 * @example
 * PATTERN_MACROS.STAGE2; // '(?:stage (?:2|two)|second stage|…)'
 */
export const PATTERN_MACROS: Readonly<Record<string, string>> = {
  DATE: `(?:(?:${DAY} )?(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? \\d{4})?|(?:${DAY} )?${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`,
  WD: '(?:\\d{1,2}|five|ten|fifteen|twenty|thirty) (?:working|business) days',
  STAGE1: '(?:stage[- ]?(?:1|one)|first stage|stage[- ]?(?:1|one) complaint)',
  STAGE2: '(?:stage[- ]?(?:2|two)|second stage|review stage)',
  OMB: '(?:the )?(?:relevant )?(?:housing ombudsman(?: service)?|local government (?:and|&) social care ombudsman|lgsco|ombudsman(?: service)?)',
  WE: "(?:we|i)(?:['’]ve|['’]m)?",
};

/**
 * Expands `{MACRO}`s, lets each space match any white space, and compiles a case-insensitive global regex.
 * Throws a clear error naming the pattern when it is not a valid regular expression.
 *
 * @example
 * compilePattern('by {DATE}').test('by 3 March 2027'); // true
 */
export function compilePattern(source: string): RegExp {
  const expanded = source.replace(/\{([A-Z0-9]+)\}/g, (whole, name: string) => PATTERN_MACROS[name] ?? whole);
  const spaced = expanded.replace(/ (?![^[]*\])/g, '\\s+');
  try {
    return new RegExp(spaced, 'gi');
  } catch (error) {
    throw new Error(`Invalid letter pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
  }
}

/**
 * Turns a landlord's literal phrase (not a regex) into a pattern: special characters are escaped,
 * spaces match any white space, and the phrase must start and end on word boundaries.
 *
 * @example
 * literalPattern('Local resolution response'); // '\\bLocal resolution response\\b'
 */
export function literalPattern(phrase: string): string {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `(?<![\\w])${escaped}(?![\\w])`;
}
