import { compilePattern } from './rules/macros.js';

/** A line of the letter: offsets into the text, without the line break. */
export interface Line {
  readonly start: number;
  readonly end: number;
  /** The line without surrounding white space, bullets, numbering or markdown marks. */
  readonly label: string;
  /** Looks like a heading: short, no closing full stop, or an HTML heading. */
  readonly headingLike: boolean;
  /** Marked as a heading beyond its shape: an HTML heading, a closing colon, capitals, or a "Label: text" line. */
  readonly strong: boolean;
  /** For "Label: text" lines, where the text after the colon starts. */
  readonly inlineBodyStart?: number;
}

/** The plain text of a letter split into lines, sentences and its body (between greeting and sign-off). */
export interface LetterDocument {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly sentenceStarts: readonly number[];
  /** Placeholder ranges such as "[insert remedy]": matches inside them do not count. */
  readonly placeholders: readonly (readonly [number, number])[];
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

const BULLET = /^(?:[#*•\-–>]+|\(?\d{1,2}[.)]|\(?[a-g][.)])\s*/;
const SIGN_OFF = /^(?:yours (?:sincerely|faithfully|truly)|kind regards|best regards|warm regards|with regards|best wishes|regards|many thanks|thanks(?: again)?|with thanks|thank you),?$/i;
const INTRO = /^(?:you|we|i|they|he|she|it|this|these|those|there|the following|in summary)\b/i;
const GREETING = /^(?:dear|hello|hi|good (?:morning|afternoon))\b/i;
const PLACEHOLDER = compilePattern('\\[[^[\\]\\n]{0,200}\\]|\\{[^{}\\n]{0,200}\\}|<<[^<>\\n]{0,200}>>|\\((?:insert|add|enter)[^)\\n]{0,200}\\)|\\bX{3,}\\b|\\b(?:TBC|TBA)\\b');

/**
 * Splits plain text into lines (marking heading-like ones), sentences and placeholders.
 * `htmlHeadings` are ranges known to be headings from the HTML.
 *
 * @example
 * const doc = analyseLetter('Decision\nWe have upheld your complaint.');
 * doc.lines[0]?.headingLike; // true
 */
export function analyseLetter(text: string, htmlHeadings: readonly { start: number; end: number }[] = []): LetterDocument {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const start = at;
    const end = at + raw.length;
    at = end + 1;
    const trimmed = raw.trim();
    // Blank lines are most of some drafts (80,000 trailing newlines): no need to test their shape.
    if (trimmed.length === 0) {
      lines.push({ start, end, label: '', headingLike: false, strong: false });
      continue;
    }
    const lead = raw.length - raw.trimStart().length;
    const bullet = BULLET.exec(trimmed)?.[0].length ?? 0;
    const label = trimmed.slice(bullet).replace(/[*_#]+$/g, '').replace(/^[*_]+/, '').trim();
    const inHtmlHeading = htmlHeadings.length > 0 && htmlHeadings.some((h) => h.start < end && h.end > start);
    const short = label.length > 0 && label.length <= 70;
    const plainHeading = short && label.split(' ').length <= 9 && !/[.,;!]["”’)]?$/.test(label) && /^[A-Z0-9£"“‘']/.test(label);
    const inline = label.includes(':') ? /^([A-Z][^:\n]{1,50}):[ \t]+(?=\S)/.exec(label) : null;
    // "You raised three points:" introduces a list; it is a sentence, not a heading.
    const intro = /:$/.test(trimmed) && INTRO.test(label) && label.split(' ').length >= 3;
    const strong = inHtmlHeading || (/:$/.test(trimmed) && !intro) || (/[A-Z]{3}/.test(label) && !/[a-z]/.test(label));
    const line: Line = { start, end, label: label.replace(/:$/, '').trim(), headingLike: inHtmlHeading || (plainHeading && !intro), strong };
    // "You raised two concerns: firstly…" is a sentence that introduces a list, not a "Label: value" line.
    if (inline && (inline[1] as string).split(/\s+/).length <= 7 && !(INTRO.test(inline[1] as string) && (inline[1] as string).split(' ').length >= 3)) {
      const labelStart = start + lead + bullet + raw.trim().slice(bullet).indexOf(label);
      lines.push({ ...line, label: (inline[1] as string).trim(), headingLike: true, strong: true, inlineBodyStart: labelStart + inline[0].length });
    } else {
      lines.push(line);
    }
  }

  const sentenceStarts = [0];
  // Each alternative starts only at the first character of its run ("." or the first "\n"), so a run of
  // 80,000 blank lines is scanned once, not once per line (that was quadratic: issue 10, item 3).
  const boundary = /(?:[.!?]["”’)]?\s+|(?<!\n)\n+)(?=\S)/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) sentenceStarts.push(m.index + m[0].length);

  const placeholders: [number, number][] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) placeholders.push([m.index, m.index + m[0].length]);

  const greeting = lines.find((l) => GREETING.test(l.label));
  const bodyStart = greeting ? Math.min(text.length, greeting.end + 1) : 0;
  const signOff = lines.find((l) => l.start >= bodyStart && SIGN_OFF.test(l.label));
  const bodyEnd = signOff ? signOff.start : text.length;
  return { text, lines, sentenceStarts, placeholders, bodyStart, bodyEnd };
}

/**
 * The sentence around an offset: its start and end.
 *
 * @example
 * const doc = analyseLetter('One. Two three.');
 * sentenceAt(doc, 6); // [5, 15]
 */
export function sentenceAt(doc: LetterDocument, offset: number): [number, number] {
  const starts = doc.sentenceStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo] as number;
  const end = lo + 1 < starts.length ? (starts[lo + 1] as number) : doc.text.length;
  return [start, end];
}

/**
 * True when the range overlaps a placeholder such as "[insert date]".
 *
 * @example
 * inPlaceholder(analyseLetter('We will pay [amount].'), 12, 18); // true
 */
export function inPlaceholder(doc: LetterDocument, start: number, end: number): boolean {
  return doc.placeholders.some(([s, e]) => s < end && e > start);
}

/**
 * True when a stretch of text holds real words once placeholders, bullets and punctuation are removed
 * (a heading followed only by "[insert remedy]" has an empty section).
 *
 * @example
 * hasContent('  [insert remedy]  '); // false
 * hasContent('None.'); // true
 */
export function hasContent(body: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  const stripped = body.replace(PLACEHOLDER, ' ').replace(/\.{3}|…/g, ' ');
  return /[A-Za-z£0-9]{2,}/.test(stripped.replace(/\b(?:N\/A)\b/gi, 'none'));
}
