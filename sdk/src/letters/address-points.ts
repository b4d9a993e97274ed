import type { LetterDocument } from './document.js';
import type { Evidence } from './types.js';

/** A point of the complaint definition that the letter gives no decision on (HO Code 6.7 and 6.18). */
export interface UnaddressedPoint {
  /** The point, as the definition lists it. */
  readonly point: string;
  /** Where the point is listed (offsets into `CheckResult.text`). */
  readonly evidence: Evidence;
}

const ITEM = /^\s*(?:[*•\-–]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+/;
// Words that say something was decided about a point.
const DECIDED =
  /\b(?:uph[eo]ld\w*|(?:un)?justified|(?:we|i) (?:have |had )?(?:agree|accept|found|find|conclude|disagree|do not (?:agree|accept)|don['’]t (?:agree|accept)|did not find|could not find)|service failure|fault|got (?:this|it|that) wrong|should have|no evidence|(?:was|were) (?:right|wrong|correct|reasonable|fair)|apologi[sz]e|sorry|mistake|error|failed|failing)\b/i;
const MAX_POINTS = 30;
const OUTCOMES = /\b(?:would like|want|wish|seek|seeking|asked (?:us )?(?:to|for)|outcomes?|put (?:this|things) right)\b/i;
const STOP = new Set('the and for you was our has not but are who had his her its all any can did get got may now off own she too way why yes yet how out use one two new old part each very some made make about with that your this from have been were which when what they their there complaint complained because into after before also time them would could should said told'.split(' '));
const stems = (words: string) => (words.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));

/**
 * Lists the points of the complaint definition that get no decision. Finds a list of two or more items
 * (bullets or numbers) at or just below the definition, then, for each item, a later paragraph that shares a
 * distinctive word with it and decides something ("upheld", "we found", "should have"…). Reports nothing
 * when no point has its own decision (one overall decision may cover them all).
 *
 * @example
 * // findUnaddressedPoints(doc, definitionEvidence.start) → [{ point: 'the rude phone call', evidence }]
 */
export function findUnaddressedPoints(doc: LetterDocument, definitionAt: number): UnaddressedPoint[] {
  const first = doc.lines.findIndex((line) => line.end >= definitionAt);
  if (first < 0) return [];
  const items: { start: number; end: number; text: string }[] = [];
  let intro = '';
  // A definition lists a handful of points; the cap keeps the matching linear on any draft.
  for (let i = first, other = 0; i < doc.lines.length && other < 3 && items.length < MAX_POINTS; i += 1) {
    const line = doc.lines[i] as LetterDocument['lines'][number];
    const raw = doc.text.slice(line.start, line.end);
    const bullet = ITEM.exec(raw);
    if (bullet) {
      const text = raw.slice(bullet[0].length).trim().replace(/[;,.]$|\band$/g, '').trim();
      const start = line.start + raw.indexOf(text, bullet[0].length);
      items.push({ start, end: start + text.length, text });
    } else if (raw.trim().length > 0) {
      if (items.length > 0) break;
      other += 1;
      intro = raw;
    }
  }
  // A list of what the resident wants ("You would like us to:") is the outcomes sought, not the points.
  if (items.length < 2 || OUTCOMES.test(intro)) return [];
  const after = (items[items.length - 1] as { end: number }).end;
  // Each paragraph (line) that decides something, with the heading above it ("Damp" then "We found no damp…").
  const decisions: Set<string>[] = [];
  let heading = '';
  for (const line of doc.lines) {
    if (line.start < after || line.start >= doc.bodyEnd) continue;
    const text = doc.text.slice(line.start, line.end);
    if (DECIDED.test(text)) decisions.push(new Set(stems(`${heading} ${text}`)));
    if (text.trim()) heading = line.headingLike ? text : '';
  }
  const open = items.filter((item) => {
    const own = stems(item.text);
    return !decisions.some((decided) => own.some((stem) => decided.has(stem)));
  });
  // Only a letter that decides point by point can leave one out: one overall decision may cover them all.
  if (open.length === items.length) return [];
  return open.map((item) => ({ point: item.text, evidence: { start: item.start, end: item.end, text: item.text, rule: 'pattern' } }));
}
