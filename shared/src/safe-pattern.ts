/**
 * @module @complaint-code/shared/safe-pattern
 *
 * Adapter patterns (case-page URLs, list-page URLs, value patterns) come from JSON files anyone can
 * hand an admin. JavaScript's `RegExp` backtracks: `^/x/(a+)+$` against a long URL spins for
 * minutes (issue 10). So adapters use a small regular-expression language compiled to a Pike VM
 * (Thompson NFA with captures): time is O(pattern × input) on every input, never exponential.
 *
 * Why not `re2js`: it is a full RE2 port whose bundle would take most of the content script's
 * 40 KB (gzipped) budget; adapters need only the subset below. Zod-free, so the content script can
 * carry it.
 *
 * The language (a subset of JavaScript's, same meaning, matched case-insensitively):
 * literals; `.`; `\d \D \w \W \s \S`; classes `[a-z0-9_-]`, `[^/?#]`; anchors `^ $ \b \B`;
 * groups `( )` and `(?: )`; alternation `|`; quantifiers `? * + {m} {m,} {m,n}` (n ≤ 1000), and
 * their lazy forms `?? *? +?`. Refused: look-around `(?= (?! (?<= (?<!`, back-references `\1`,
 * named groups and flags.
 */

/** The most capture groups a pattern may have. */
const MAX_GROUPS = 9;
/** The largest compiled program (after `{m,n}` expansion). */
const MAX_PROGRAM = 4000;
const MAX_REPEAT = 1000;

/** What a safe pattern language accepts, for error messages. */
export const SAFE_PATTERN_HELP =
  'Allowed: letters and digits, . \\d \\w \\s (and \\D \\W \\S), [classes], ^ $ \\b, ( ) and (?: ) groups, |, and ? * + {m,n}; not look-ahead (?= (?!, look-behind or back-references.';

type Range = readonly [number, number];
type Node =
  | { kind: 'empty' }
  | { kind: 'char'; code: number }
  | { kind: 'class'; ranges: Range[]; negate: boolean }
  | { kind: 'any' }
  | { kind: 'assert'; what: 'bol' | 'eol' | 'word' | 'notword' }
  | { kind: 'group'; index: number | null; body: Node }
  | { kind: 'concat'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: number; max: number; lazy: boolean };

type Inst =
  | { op: 'char'; code: number }
  | { op: 'class'; ranges: Range[]; negate: boolean }
  | { op: 'any' }
  | { op: 'assert'; what: 'bol' | 'eol' | 'word' | 'notword' }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'save'; slot: number }
  | { op: 'match' };

class PatternError extends Error {}

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

/** Recursive-descent parser over the pattern's code units. */
class Parser {
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

function compile(node: Node, prog: Inst[]): void {
  if (prog.length > MAX_PROGRAM) throw new PatternError('the pattern is too long once its repeats are counted');
  switch (node.kind) {
    case 'empty':
      return;
    case 'char':
      prog.push({ op: 'char', code: node.code });
      return;
    case 'class':
      prog.push({ op: 'class', ranges: node.ranges, negate: node.negate });
      return;
    case 'any':
      prog.push({ op: 'any' });
      return;
    case 'assert':
      prog.push({ op: 'assert', what: node.what });
      return;
    case 'group':
      if (node.index !== null) prog.push({ op: 'save', slot: node.index * 2 });
      compile(node.body, prog);
      if (node.index !== null) prog.push({ op: 'save', slot: node.index * 2 + 1 });
      return;
    case 'concat':
      for (const item of node.items) compile(item, prog);
      return;
    case 'alt': {
      const jumps: Inst[] = [];
      node.options.forEach((option, i) => {
        if (i < node.options.length - 1) {
          const split: Inst = { op: 'split', x: prog.length + 1, y: 0 };
          prog.push(split);
          compile(option, prog);
          const jmp: Inst = { op: 'jmp', x: 0 };
          prog.push(jmp);
          jumps.push(jmp);
          (split as { y: number }).y = prog.length;
        } else compile(option, prog);
      });
      for (const jmp of jumps) (jmp as { x: number }).x = prog.length;
      return;
    }
    case 'repeat': {
      const { body, min, max, lazy } = node;
      for (let i = 0; i < min; i++) compile(body, prog);
      const pick = (split: { x: number; y: number }, into: number, out: number) => {
        split.x = lazy ? out : into;
        split.y = lazy ? into : out;
      };
      if (max === Infinity) {
        const split = { op: 'split' as const, x: 0, y: 0 };
        const loop = prog.length;
        prog.push(split);
        compile(body, prog);
        prog.push({ op: 'jmp', x: loop });
        pick(split, loop + 1, prog.length);
        return;
      }
      const splits: { op: 'split'; x: number; y: number }[] = [];
      for (let i = min; i < max; i++) {
        const split = { op: 'split' as const, x: 0, y: 0 };
        splits.push(split);
        prog.push(split);
        const into = prog.length;
        compile(body, prog);
        (split as { into?: number }).into = into;
      }
      for (const split of splits) pick(split, (split as { into?: number }).into as number, prog.length);
      return;
    }
  }
}

const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code < 128 ? code : String.fromCharCode(code).toLowerCase().charCodeAt(0));
const upper = (code: number) => (code >= 97 && code <= 122 ? code - 32 : code < 128 ? code : String.fromCharCode(code).toUpperCase().charCodeAt(0));
const isWord = (code: number | undefined) =>
  code !== undefined && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95 || (code >= 97 && code <= 122));

function inRanges(ranges: readonly Range[], code: number): boolean {
  for (const [lo, hi] of ranges) if (code >= lo && code <= hi) return true;
  return false;
}

/** A compiled pattern. `exec` returns the whole match and each group (`undefined` when it took no part), or `null`. */
export interface SafePattern {
  readonly source: string;
  /** How many capture groups the pattern has. */
  readonly groups: number;
  test(input: string): boolean;
  exec(input: string): (string | undefined)[] | null;
}

interface Thread {
  pc: number;
  caps: number[];
}

function run(prog: readonly Inst[], groups: number, input: string): number[] | null {
  const n = input.length;
  const slots = (groups + 1) * 2;
  let clist: Thread[] = [];
  let nlist: Thread[] = [];
  // Generation marks per instruction: a pc is added at most once per input position.
  const mark = new Int32Array(prog.length).fill(-1);
  let matched: number[] | null = null;

  const add = (list: Thread[], pc: number, caps: number[], at: number, gen: number): void => {
    // An explicit stack instead of recursion: long chains of splits can't overflow the call stack.
    const stack: [number, number[]][] = [[pc, caps]];
    while (stack.length > 0) {
      const [p, c] = stack.pop() as [number, number[]];
      if (mark[p] === gen) continue;
      mark[p] = gen;
      const inst = prog[p] as Inst;
      switch (inst.op) {
        case 'jmp':
          stack.push([inst.x, c]);
          break;
        case 'split':
          // Pushed in reverse so x (the preferred branch) is explored first: leftmost-first priority.
          stack.push([inst.y, c], [inst.x, c]);
          break;
        case 'save': {
          const copy = c.slice();
          copy[inst.slot] = at;
          stack.push([p + 1, copy]);
          break;
        }
        case 'assert': {
          const before = at > 0 ? input.charCodeAt(at - 1) : undefined;
          const after = at < n ? input.charCodeAt(at) : undefined;
          const ok =
            inst.what === 'bol' ? at === 0 : inst.what === 'eol' ? at === n : (isWord(before) !== isWord(after)) === (inst.what === 'word');
          if (ok) stack.push([p + 1, c]);
          break;
        }
        default:
          list.push({ pc: p, caps: c });
      }
    }
  };

  let gen = 0;
  for (let at = 0; at <= n; at++) {
    if (matched === null) {
      const start = new Array<number>(slots).fill(-1);
      start[0] = at;
      add(clist, 0, start, at, gen); // lowest priority: a later start
    }
    gen++;
    if (clist.length === 0) {
      if (matched !== null) break;
      continue;
    }
    const code = at < n ? input.charCodeAt(at) : -1;
    for (const thread of clist) {
      const inst = prog[thread.pc] as Inst;
      if (inst.op === 'match') {
        matched = thread.caps.slice();
        matched[1] = at;
        break; // threads after this one have lower priority
      }
      if (code === -1) continue;
      let ok = false;
      if (inst.op === 'any') ok = code !== 10 && code !== 13;
      else if (inst.op === 'char') ok = lower(code) === lower(inst.code);
      else if (inst.op === 'class') {
        const hit = inRanges(inst.ranges, code) || inRanges(inst.ranges, lower(code)) || inRanges(inst.ranges, upper(code));
        ok = hit !== inst.negate;
      }
      if (ok) add(nlist, thread.pc + 1, thread.caps, at + 1, gen);
    }
    [clist, nlist] = [nlist, clist];
    nlist.length = 0;
  }
  return matched;
}

export type CompiledPattern = { ok: true; pattern: SafePattern } | { ok: false; message: string };

/**
 * Compile `source` in the safe pattern language, or say why not (and what is allowed).
 *
 * @example
 * const p = compileSafePattern('Complaint:\\s*(\\d+)');
 * p.ok && p.pattern.exec('Complaint: 10000412')?.[1]; //=> '10000412'
 * compileSafePattern('^/x/(?=a)').ok; //=> false
 */
export function compileSafePattern(source: string): CompiledPattern {
  let ast: Node;
  const parser = new Parser(source);
  const prog: Inst[] = [];
  try {
    ast = parser.parse();
    compile(ast, prog);
    prog.push({ op: 'match' });
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, message: `${error.message}. ${SAFE_PATTERN_HELP}` };
    throw error;
  }
  const groups = parser.groups;
  const pattern: SafePattern = {
    source,
    groups,
    test: (input) => run(prog, groups, input) !== null,
    exec(input) {
      const caps = run(prog, groups, input);
      if (!caps) return null;
      const out: (string | undefined)[] = [];
      for (let g = 0; g <= groups; g++) {
        const from = caps[g * 2] as number;
        const to = caps[g * 2 + 1] as number;
        out.push(from >= 0 && to >= 0 ? input.slice(from, to) : undefined);
      }
      return out;
    },
  };
  return { ok: true, pattern };
}

const cache = new Map<string, SafePattern | null>();

/**
 * Test `input` against a pattern source, compiling it once per source. A source that does not
 * compile never matches (adapters are checked at import, so this only guards stored data).
 *
 * @example
 * safeTest('^/cases/\\d+', '/cases/42'); //=> true
 */
export function safeTest(source: string, input: string): boolean {
  return safePattern(source)?.test(input) ?? false;
}

/**
 * The compiled pattern for `source` (cached), or `null` when it is not in the safe language.
 *
 * @example
 * safePattern('Raised:\\s*(.+)')?.exec('Raised: 2 Nov 2026')?.[1]; //=> '2 Nov 2026'
 */
export function safePattern(source: string): SafePattern | null {
  let pattern = cache.get(source);
  if (pattern === undefined) {
    const compiled = compileSafePattern(source);
    pattern = compiled.ok ? compiled.pattern : null;
    if (cache.size > 200) cache.clear();
    cache.set(source, pattern);
  }
  return pattern;
}
