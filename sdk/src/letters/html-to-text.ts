/**
 * The plain text of an HTML draft, with a way back to the HTML.
 */
export interface PlainText {
  /** The text: block elements (p, li, h1–h6, div, br, tr…) become line breaks, runs of spaces collapse. */
  readonly text: string;
  /** `sourceOffsets[i]` is the offset in the HTML of `text[i]` (so an editor can highlight the source). Built on first read. */
  readonly sourceOffsets: readonly number[];
  /** Ranges of `text` that came from h1–h6 elements, or from a block holding only bold text. */
  readonly headings: readonly { readonly start: number; readonly end: number }[];
}

const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table',
  'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'dd', 'dt', 'dl', 'pre', 'address',
]);
const SKIP = new Set(['script', 'style', 'head', 'title', 'template']);
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', pound: '£', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', bull: '•', euro: '€', copy: '©',
};

function decodeEntity(entity: string): string | undefined {
  if (entity.startsWith('#x') || entity.startsWith('#X')) {
    const code = Number.parseInt(entity.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  if (entity.startsWith('#')) {
    const code = Number.parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED[entity.toLowerCase()];
}

/** Character codes the scanner tests. */
const LT = 60;
const AMP = 38;
const SPACE = 32;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/** The tag at `i` (which holds `<`): its lower-case name and whether it closes, or undefined when it is not a tag. */
function readTag(html: string, i: number, close: number): { closing: boolean; name: string } | undefined {
  let k = i + 1;
  while (k < close && isSpace(html.charCodeAt(k))) k += 1;
  const closing = html.charCodeAt(k) === 47; /* / */
  if (closing) k += 1;
  while (k < close && isSpace(html.charCodeAt(k))) k += 1;
  if (k >= close || k - i > 30 || !isLetter(html.charCodeAt(k))) return undefined;
  let end = k + 1;
  while (end < close && isAlnum(html.charCodeAt(end))) end += 1;
  return { closing, name: html.slice(k, end).toLowerCase() };
}

/**
 * Turns an HTML draft into plain text without a DOM, keeping block boundaries as line breaks so that
 * headings and list items stay on their own lines, and recording where each character came from. Lines
 * inside a `<blockquote>` (quoted email) start with "> ".
 * Tolerant of broken HTML: an unclosed `<` is kept as text.
 *
 * @example
 * const { text } = htmlToText('<h2>Decision</h2><p>We have <b>upheld</b> your complaint.</p>');
 * // text === 'Decision\nWe have upheld your complaint.'
 */
export function htmlToText(html: string): PlainText {
  // Text is written in runs (a stretch copied from the HTML, or one inserted/decoded character), not a character
  // at a time: a 3,000-word draft is a few thousand runs. The per-character offsets are filled from the runs at the end.
  const chunks: string[] = [];
  const runText: number[] = [];
  const runSource: number[] = [];
  const runCopied: boolean[] = [];
  let length = 0;
  let lastIsNewline = false;
  const headings: { start: number; end: number }[] = [];
  let pendingBreak = false;
  let pendingSpace = false;
  let skipUntil: string | undefined;
  let headingStart: number | undefined; // -1: inside a heading, nothing written yet
  let boldOnlyStart: number | undefined;
  let blockHasPlain = false;
  let boldDepth = 0;
  let quoteDepth = 0;

  const run = (chunk: string, at: number, copied: boolean) => {
    chunks.push(chunk);
    runText.push(length);
    runSource.push(at);
    runCopied.push(copied);
    length += chunk.length;
  };
  // Writes `chunk`, copied from `at` in the HTML (`copied`), or a decoded entity found at `at`.
  const emit = (chunk: string, at: number, copied: boolean) => {
    const lineStart = length === 0 || pendingBreak || lastIsNewline;
    if (length > 0 && (pendingBreak || (pendingSpace && !lastIsNewline))) run(pendingBreak ? '\n' : ' ', at, false);
    // Lines of a <blockquote> (a quoted email) start with "> ", as in a plain-text reply, so the checker skips them.
    if (lineStart && quoteDepth > 0) run('> ', at, false);
    pendingBreak = false;
    pendingSpace = false;
    if (headingStart === -1) headingStart = length;
    if (boldDepth > 0) {
      if (boldOnlyStart === undefined && !blockHasPlain) boldOnlyStart = length;
    } else {
      blockHasPlain = true;
    }
    run(chunk, at, copied);
    lastIsNewline = chunk.charCodeAt(chunk.length - 1) === 10;
  };
  const endBlock = () => {
    // A paragraph made only of bold text reads as a heading in most CRM editors.
    if (boldOnlyStart !== undefined && !blockHasPlain && length > boldOnlyStart) headings.push({ start: boldOnlyStart, end: length });
    boldOnlyStart = undefined;
    blockHasPlain = false;
    pendingBreak = true;
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const code = html.charCodeAt(i);
    if (code === LT) {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close === -1 ? n : close + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      const tag = close === -1 ? undefined : readTag(html, i, close);
      if (!tag) {
        if (!skipUntil) emit('<', i, true);
        i += 1;
        continue;
      }
      const { closing, name } = tag;
      const selfClosing = html.charCodeAt(close - 1) === 47; /* / */
      i = close + 1;
      if (skipUntil) {
        if (closing && name === skipUntil) skipUntil = undefined;
        continue;
      }
      if (!closing && !selfClosing && SKIP.has(name)) {
        skipUntil = name;
        continue;
      }
      if (name.length === 2 && name.charCodeAt(0) === 104 /* h */ && name >= 'h1' && name <= 'h6') {
        if (!closing) {
          endBlock();
          headingStart = -1;
        } else if (headingStart !== undefined) {
          if (headingStart >= 0 && length > headingStart) headings.push({ start: headingStart, end: length });
          headingStart = undefined;
          endBlock();
        }
      } else if (name === 'b' || name === 'strong') {
        boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
      } else if (BLOCK.has(name)) {
        if (name === 'blockquote' && !selfClosing) quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
        endBlock();
      }
      // Other inline tags (span, a, em…) do not break words apart.
      continue;
    }
    if (skipUntil) {
      const next = html.indexOf('<', i);
      i = next === -1 ? n : next;
      continue;
    }
    if (code === AMP) {
      const semi = html.indexOf(';', i + 1);
      if (semi !== -1 && semi - i <= 10) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== undefined) {
          if (decoded === ' ') pendingSpace = true;
          else emit(decoded, i, false);
          i = semi + 1;
          continue;
        }
      }
    }
    if (isSpace(code)) {
      pendingSpace = true;
      i += 1;
      continue;
    }
    // A stretch of words separated by single spaces is copied as it is.
    let j = i + 1;
    for (; j < n; j += 1) {
      const c = html.charCodeAt(j);
      if (c === LT || c === AMP) break;
      if (c === SPACE) {
        const after = j + 1 < n ? html.charCodeAt(j + 1) : LT;
        if (isSpace(after) || after === LT || after === AMP) break;
      } else if (isSpace(c)) {
        break;
      }
    }
    emit(j === i + 1 ? (html[i] as string) : html.slice(i, j), i, true);
    i = j;
  }
  endBlock();

  // The offsets are built on first read: most callers never need them, and a per-character array of a long
  // draft is a large allocation (over 128 KB for 17,000 characters) that costs more than the whole conversion.
  let sourceOffsets: number[] | undefined;
  const offsetsFromRuns = (): number[] => {
    const offsets = new Array<number>(length);
    for (let r = 0; r < runText.length; r += 1) {
      const from = runText[r] as number;
      const to = r + 1 < runText.length ? (runText[r + 1] as number) : length;
      const at = runSource[r] as number;
      if (runCopied[r]) for (let k = from; k < to; k += 1) offsets[k] = at + k - from;
      else for (let k = from; k < to; k += 1) offsets[k] = at;
    }
    return offsets;
  };
  return {
    text: chunks.join(''),
    get sourceOffsets() {
      sourceOffsets ??= offsetsFromRuns();
      return sourceOffsets;
    },
    headings,
  };
}
