/**
 * Shared pieces of the phrase patterns, written once. A pattern in the rule data refers to one as `{NAME}`;
 * {@link compilePattern} expands them. Spaces in a pattern match any run of white space (letters wrap).
 */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thurs?|fri|sat|sun),?';

/**
 * The named fragments the rule data may use.
 *
 * @example
 * PATTERN_MACROS.STAGE2; // '(?:stage (?:2|two)|second stage|…)'
 */
export const PATTERN_MACROS: Readonly<Record<string, string>> = {
  DATE: `(?:(?:${DAY} )?(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? \\d{4})?|(?:${DAY} )?${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|${DAY} (?:the )?\\d{1,2}(?:st|nd|rd|th)|\\d{4}-\\d{2}-\\d{2})`,
  WD: '(?:\\d{1,2}|five|ten|fifteen|twenty|thirty) (?:working|business) days',
  STAGE1: '(?:stage[- ]?(?:1|one)|first stage|stage[- ]?(?:1|one) complaint)',
  STAGE2: '(?:stage[- ]?(?:2|two)|second stage|review stage)',
  OMB: '(?:the )?(?:relevant )?(?:housing ombudsman(?: service)?|local government (?:and|&) social care ombudsman|lgsco|ombudsman(?: service)?)',
  WE: "(?:we|i)(?:['’]ve|['’]m)?",
  // The resident, or the resident named by a representative (an MP, a solicitor).
  YOU: "(?:you|your (?:client|constituent)|(?:mr|mrs|ms|miss|dr)\\.? [a-z'’-]+)",
  YOUR: "(?:your|his|her|their|(?:your )?(?:client|constituent)['’]s|(?:mr|mrs|ms|miss|dr)\\.? [a-z'’-]+['’]s)",
};

/**
 * A pattern matching `stem` and every misspelling of it one edit away (a letter dropped, added, changed or two
 * letters swapped): "esclate", "escalte" and "escallate" all match `fuzzyStem('escalat')`. Only for stems of
 * 7 letters or more, where one slip does not make another English word. Written in rule data as `{~stem}`.
 *
 * @example
 * new RegExp(fuzzyStem('escalat')).test('esclate'); // true
 */
export function fuzzyStem(stem: string): string {
  const word = stem.toLowerCase();
  if (!/^[a-z]{7,}$/.test(word)) throw new Error(`A fuzzy stem must be 7 or more letters a-z: ${JSON.stringify(stem)}.`);
  const variants = new Set<string>([word]);
  for (let i = 0; i <= word.length; i += 1) {
    const before = word.slice(0, i);
    variants.add(`${before}[a-z]${word.slice(i)}`);
    if (i < word.length) {
      variants.add(before + word.slice(i + 1));
      variants.add(`${before}[a-z]${word.slice(i + 1)}`);
    }
    if (i + 1 < word.length) variants.add(before + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2));
  }
  return `(?:${[...variants].join('|')})`;
}

/**
 * Expands `{MACRO}`s and `{~stem}`s (see {@link fuzzyStem}), lets each space match any white space, and compiles a case-insensitive global regex.
 * Throws a clear error naming the pattern when it is not a valid regular expression.
 *
 * @example
 * compilePattern('by {DATE}').test('by 3 March 2027'); // true
 */
export function compilePattern(source: string): RegExp {
  const expanded = source
    .replace(/\{([A-Z0-9]+)\}/g, (whole, name: string) => PATTERN_MACROS[name] ?? whole)
    .replace(/\{~([a-z]+)\}/g, (_whole, stem: string) => fuzzyStem(stem));
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
