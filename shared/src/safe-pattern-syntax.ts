/**
 * @module @complaint-code/shared/safe-pattern-syntax
 *
 * The parser of the safe pattern language (see `safe-pattern.ts`): pattern text to a syntax tree,
 * refusing what cannot be matched in linear time with a message saying what is allowed.
 */
/** The most capture groups a pattern may have. */
export const MAX_GROUPS = 9;
/** The largest compiled program (after `{m,n}` expansion). */
export const MAX_PROGRAM = 4000;
/** The largest count in `{m,n}`. */
export const MAX_REPEAT = 1000;

/** What a safe pattern language accepts, for error messages. */
export const SAFE_PATTERN_HELP =
  'Allowed: letters and digits, . \\d \\w \\s (and \\D \\W \\S), [classes], ^ $ \\b, ( ) and (?: ) groups, |, and ? * + {m,n}; not look-ahead (?= (?!, look-behind or back-references.';

/** An inclusive range of UTF-16 code units. */
export type Range = readonly [number, number];
/** The syntax tree the compiler turns into a Pike VM program. */
export type Node =
  | { kind: 'empty' }
  | { kind: 'char'; code: number }
  | { kind: 'class'; ranges: Range[]; negate: boolean }
  | { kind: 'any' }
  | { kind: 'assert'; what: 'bol' | 'eol' | 'word' | 'notword' }
  | { kind: 'group'; index: number | null; body: Node }
  | { kind: 'concat'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number; lazy: boolean };

/** A pattern outside the safe language; its message says why. */
export class PatternError extends Error {}

const DIGIT: Range[] = [[48, 57]];
const WORD: Range[] = [[48, 57], [65, 90], [95, 95], [97, 122]];
const SPACE: Range[] = [[9, 13], [32, 32], [160, 160], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x3000, 0x3000], [0xfeff, 0xfeff]];

function complement(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

/**
 * Recursive-descent parser over the pattern's code units; `groups` counts capture groups.
 *
 * @example
 * new Parser('Complaint:\\s*(\\d+)').parse(); //=> { kind: 'concat', items: [...] }
 */
export class Parser {
  private at = 0;
  groups = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.src.length) throw new PatternError(`unmatched ")" at position ${this.at + 1}`);
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.at];
  }

  private alternation(): Node {
    const options = [this.concatenation()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.concatenation());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: 'alt', options };
  }

  private concatenation(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) items.push(this.quantified());
    return items.length === 1 ? (items[0] as Node) : items.length === 0 ? { kind: 'empty' } : { kind: 'concat', items };
  }

  private quantified(): Node {
    let node = this.atom();
    for (;;) {
      const c = this.peek();
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.at, this.at + 12))) {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at, this.at + 12)) as RegExpExecArray;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (max < min) throw new PatternError(`{${m[1]},${m[3] ?? ''}} has its numbers the wrong way round`);
        if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) throw new PatternError(`repeat counts over ${MAX_REPEAT} are not allowed`);
        this.at += m[0].length - 1;
      } else return node;
      this.at++;
      if (node.kind === 'assert' || node.kind === 'empty') throw new PatternError(`nothing to repeat before position ${this.at}`);
      const lazy = this.peek() === '?';
      if (lazy) this.at++;
      node = { kind: 'repeat', body: node, min, max, lazy };
    }
  }

  private atom(): Node {
    const c = this.src[this.at++] as string;
    switch (c) {
      case '(': {
        let index: number | null = null;
        if (this.peek() === '?') {
          const next = this.src[this.at + 1];
          if (next !== ':') {
            const what = next === '=' || next === '!' ? 'look-ahead' : next === '<' ? 'look-behind and named groups' : 'flags';
            throw new PatternError(`${what} (at position ${this.at}) cannot be matched safely`);
          }
          this.at += 2;
        } else {
          index = ++this.groups;
          if (index > MAX_GROUPS) throw new PatternError(`more than ${MAX_GROUPS} capture groups`);
        }
        const body = this.alternation();
        if (this.peek() !== ')') throw new PatternError('a "(" is never closed');
        this.at++;
        return { kind: 'group', index, body };
      }
      case '[':
        return this.charClass();
      case '.':
        return { kind: 'any' };
      case '^':
        return { kind: 'assert', what: 'bol' };
      case '$':
        return { kind: 'assert', what: 'eol' };
      case '\\':
        return this.escape(false);
      case '*':
      case '+':
      case '?':
        throw new PatternError(`nothing to repeat before "${c}" at position ${this.at}`);
      default:
        if (c === '{' && /^\d/.test(this.peek() ?? '')) throw new PatternError(`nothing to repeat before "{" at position ${this.at}`);
        return { kind: 'char', code: c.charCodeAt(0) };
    }
  }

  /** After a backslash. Inside a class, `\b` is refused rather than meaning backspace. */
  private escape(inClass: boolean): Node {
    const c = this.src[this.at++];
    if (c === undefined) throw new PatternError('the pattern ends with a lone "\\"');
    switch (c) {
      case 'd':
        return { kind: 'class', ranges: DIGIT, negate: false };
      case 'D':
        return { kind: 'class', ranges: DIGIT, negate: true };
      case 'w':
        return { kind: 'class', ranges: WORD, negate: false };
      case 'W':
        return { kind: 'class', ranges: WORD, negate: true };
      case 's':
        return { kind: 'class', ranges: SPACE, negate: false };
      case 'S':
        return { kind: 'class', ranges: SPACE, negate: true };
      case 'n':
        return { kind: 'char', code: 10 };
      case 't':
        return { kind: 'char', code: 9 };
      case 'r':
        return { kind: 'char', code: 13 };
      case 'b':
      case 'B':
        if (inClass) throw new PatternError('"\\b" inside [ ] is not allowed');
        return { kind: 'assert', what: c === 'b' ? 'word' : 'notword' };
      default:
        if (/[1-9]/.test(c)) throw new PatternError(`back-references like "\\${c}" cannot be matched safely`);
        if (/[a-zA-Z0-9]/.test(c)) throw new PatternError(`"\\${c}" is not supported`);
        return { kind: 'char', code: c.charCodeAt(0) };
    }
  }

  private charClass(): Node {
    const negate = this.peek() === '^';
    if (negate) this.at++;
    const ranges: Range[] = [];
    let first = true;
    for (;;) {
      const c = this.src[this.at++];
      if (c === undefined) throw new PatternError('a "[" is never closed');
      if (c === ']' && !first) break;
      first = false;
      let lo: number;
      if (c === '\\') {
        const escaped = this.escape(true);
        if (escaped.kind === 'class') {
          ranges.push(...(escaped.negate ? complement(escaped.ranges) : escaped.ranges));
          continue;
        }
        lo = (escaped as { code: number }).code;
      } else lo = c.charCodeAt(0);
      if (this.peek() === '-' && this.src[this.at + 1] !== undefined && this.src[this.at + 1] !== ']') {
        this.at++;
        let hiChar = this.src[this.at++] as string;
        let hi = hiChar.charCodeAt(0);
        if (hiChar === '\\') {
          const escaped = this.escape(true);
          if (escaped.kind !== 'char') throw new PatternError('a range in [ ] must end with a single character');
          hi = escaped.code;
          hiChar = String.fromCharCode(hi);
        }
        if (hi < lo) throw new PatternError(`the range "${String.fromCharCode(lo)}-${hiChar}" is backwards`);
        ranges.push([lo, hi]);
      } else ranges.push([lo, lo]);
    }
    return { kind: 'class', ranges, negate };
  }
}
