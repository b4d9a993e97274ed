/**
 * The plain text of an HTML draft, with a way back to the HTML.
 */
export interface PlainText {
  /** The text: block elements (p, li, h1–h6, div, br, tr…) become line breaks, runs of spaces collapse. */
  readonly text: string;
  /** `sourceOffsets[i]` is the offset in the HTML of `text[i]` (so an editor can highlight the source). */
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

/**
 * Turns an HTML draft into plain text without a DOM, keeping block boundaries as line breaks so that
 * headings and list items stay on their own lines, and recording where each character came from.
 * Tolerant of broken HTML: an unclosed `<` is kept as text.
 *
 * @example
 * const { text } = htmlToText('<h2>Decision</h2><p>We have <b>upheld</b> your complaint.</p>');
 * // text === 'Decision\nWe have upheld your complaint.'
 */
export function htmlToText(html: string): PlainText {
  // Chunks joined at the end; reading back a string built with += would flatten it on every call.
  const chunks: string[] = [];
  let length = 0;
  let lastChar = '';
  const offsets: number[] = [];
  const headings: { start: number; end: number }[] = [];
  let pendingBreak = false;
  let pendingSpace = false;
  let skipUntil: string | undefined;
  let headingStart: number | undefined; // -1: inside a heading, nothing written yet
  let boldOnlyStart: number | undefined;
  let blockHasPlain = false;
  let boldDepth = 0;

  // Writes a run of characters taken from `at` in the HTML (`step` 1), or a decoded entity (`step` 0).
  const emit = (ch: string, at: number, step: 0 | 1 = 0) => {
    if (length > 0 && (pendingBreak || pendingSpace) && !(pendingSpace && !pendingBreak && lastChar === '\n')) {
      chunks.push(pendingBreak ? '\n' : ' ');
      length += 1;
      offsets.push(at);
    }
    pendingBreak = false;
    pendingSpace = false;
    if (headingStart === -1) headingStart = length;
    if (boldDepth > 0) {
      if (boldOnlyStart === undefined && !blockHasPlain) boldOnlyStart = length;
    } else {
      blockHasPlain = true;
    }
    chunks.push(ch);
    length += ch.length;
    lastChar = ch[ch.length - 1] as string;
    for (let k = 0; k < ch.length; k += 1) offsets.push(at + k * step);
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
    if (code === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close === -1 ? n : close + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      const match = close === -1 ? null : /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(i, Math.min(close + 1, i + 40)));
      if (close === -1 || !match) {
        if (!skipUntil) emit('<', i);
        i += 1;
        continue;
      }
      const closing = match[1] === '/';
      const name = (match[2] as string).toLowerCase();
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
      if (/^h[1-6]$/.test(name)) {
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
    if (code === 38 /* & */) {
      const semi = html.indexOf(';', i + 1);
      if (semi !== -1 && semi - i <= 10) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== undefined) {
          if (decoded === ' ') pendingSpace = true;
          else emit(decoded, i);
          i = semi + 1;
          continue;
        }
      }
    }
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 12) {
      pendingSpace = true;
      i += 1;
      continue;
    }
    let j = i + 1;
    for (; j < n; j += 1) {
      const c = html.charCodeAt(j);
      if (c === 60 || c === 38 || c === 32 || c === 10 || c === 13 || c === 9 || c === 12) break;
    }
    emit(html.slice(i, j), i, 1);
    i = j;
  }
  endBlock();
  return { text: chunks.join(''), sourceOffsets: offsets, headings };
}
