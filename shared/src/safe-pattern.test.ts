import { describe, expect, it } from 'vitest';
import { compileSafePattern, safePattern, safeTest } from './safe-pattern.js';

const compiled = (source: string) => {
  const result = compileSafePattern(source);
  if (!result.ok) throw new Error(result.message);
  return result.pattern;
};

describe('compileSafePattern', () => {
  it.each([
    ['^/cases/[A-Z]{2,4}-\\d{4}-\\d{3,6}(?:[?#]|$)', '/cases/HC-2026-0412', true],
    ['^/cases/[A-Z]{2,4}-\\d{4}-\\d{3,6}(?:[?#]|$)', '/cases/HC-2026-0412/edit', false],
    ['[?&]etn=incident\\b', '/main.aspx?pagetype=entityrecord&etn=incident&id=1', true],
    ['[?&]etn=incident\\b', '/main.aspx?etn=incidents', false],
    ['^/app/cases/[^/?#]+', '/app/cases/x', true],
    ['^/app/cases/[^/?#]+', '/app/cases/', false],
    ['colou?r', 'COLOR', true],
    ['^a{3}$', 'aaa', true],
    ['^a{3}$', 'aaaa', false],
    ['^a{2,}$', 'a', false],
    ['^(?:ab|cd)+$', 'abcdab', true],
    ['^$', '', true],
    ['\\Bb', 'ab', true],
    ['[\\d-]+', 'x', false],
  ])('should match %s against %s like RegExp', (source, input, expected) => {
    expect(compiled(source).test(input)).toBe(expected);
    expect(new RegExp(source, 'i').test(input)).toBe(expected);
  });

  it.each([
    ['Complaint:\\s*(\\d+)', 'Complaint: 10000412', '10000412'],
    ['Raised:\\s*(.+)', 'Raised: 2 Nov 2026', '2 Nov 2026'],
    ['^(.+?),', 'Ms A Resident, 12 High Street, Leeds', 'Ms A Resident'],
    ['^([^,]+)', 'Ms A Resident, 12 High Street', 'Ms A Resident'],
    ['(a*)*b', 'aaab', 'aaa'],
    ['(a|ab)(c|bcd)?', 'abcd', 'a'],
    ['x(\\d+?)\\d', 'x1234', '1'],
  ])('should capture like RegExp: %s on %s', (source, input, group) => {
    expect(compiled(source).exec(input)?.[1]).toBe(group);
    expect(new RegExp(source, 'i').exec(input)?.[1]).toBe(group);
  });

  it('should agree with RegExp on the whole match and its group for random patterns and inputs', () => {
    // A small deterministic generator: patterns over {a,b}, inputs over {a,b,c}.
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const atoms = ['a', 'b', '.', '[ab]', '[^a]', '\\w', '(?:ab|a)', '(?:a|)'];
    const quants = ['', '', '*', '+', '?', '{1,2}', '*?', '+?', '??'];
    for (let i = 0; i < 400; i++) {
      const parts: string[] = [];
      const count = 1 + rand(4);
      const groupAt = rand(count);
      for (let j = 0; j < count; j++) {
        const atom = `${atoms[rand(atoms.length)]}${quants[rand(quants.length)]}`;
        parts.push(j === groupAt ? `(${atom})` : atom);
      }
      const source = `${rand(3) === 0 ? '^' : ''}${parts.join('')}${rand(3) === 0 ? '$' : ''}`;
      const input = Array.from({ length: rand(8) }, () => 'abc'[rand(3)]).join('');
      const ours = compiled(source).exec(input);
      const theirs = new RegExp(source, 'i').exec(input);
      expect({ source, input, match: ours ? [...ours] : null }).toEqual({ source, input, match: theirs ? [...theirs] : null });
    }
  });

  it.each([
    ['^/x/(?=a)', 'look-ahead'],
    ['(?!a)', 'look-ahead'],
    ['(?<=a)b', 'look-behind'],
    ['(a)\\1', 'back-references'],
    ['(a', 'never closed'],
    ['a)', 'unmatched'],
    ['[a', 'never closed'],
    ['*a', 'nothing to repeat'],
    ['a{5,2}', 'wrong way round'],
    ['a{1001}', 'over 1000'],
    ['[z-a]', 'backwards'],
    ['\\p{L}', 'not supported'],
    ['(?:(?:a{1000}){1000})', 'too long'],
  ])('should refuse %s and say what is allowed', (source, message) => {
    const result = compileSafePattern(source);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.message).toContain('Allowed:');
    }
  });
});

describe('linear time on adversarial input', () => {
  // Each of these takes RegExp exponential or quadratic time; a generous bound catches a regression.
  it.each([
    ['^/x/(a+)+$', `/x/${'a'.repeat(100_000)}!`],
    ['^(a|a)*$', `${'a'.repeat(100_000)}b`],
    ['^(\\w+\\s?)*$', `${'word '.repeat(20_000)}!`],
    ['(.*a){20}', 'a'.repeat(100_000)],
    ['^(?:.*&)?etn=incident(?:&|#|$)', `/main.aspx?${'&'.repeat(100_000)}`],
    ['Complaint:\\s*(\\d+)\\s*$', `Complaint: ${'1'.repeat(100_000)}x`],
  ])('should match %s in bounded time', (source, input) => {
    const pattern = compiled(source);
    const started = performance.now();
    pattern.exec(input);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('property: any pattern runs in linear time on 100k-character input', () => {
  it('should match random nested-quantifier patterns against adversarial inputs within a generous bound', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const atoms = ['a', '\\w', '.', '[ab]', '(?:a|aa)', '(a+)', '(?:a*)*', '(a|a?)+'];
    const quants = ['*', '+', '?', '{2,5}', '+?', ''];
    const inputs = ['a'.repeat(100_000), `${'a'.repeat(99_999)}!`, 'ab'.repeat(50_000), `${'&'.repeat(99_990)}etn=x`];
    const started = performance.now();
    for (let i = 0; i < 12; i++) {
      const source = `${rand(2) ? '^' : ''}${Array.from({ length: 2 + rand(3) }, () => `${atoms[rand(atoms.length)]}${quants[rand(quants.length)]}`).join('')}${rand(2) ? '$' : '!'}`;
      const pattern = compiled(source);
      for (const input of inputs) pattern.exec(input);
    }
    // 48 matches over 100k characters each; a backtracking engine takes hours on several of these.
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});

describe('safeTest / safePattern', () => {
  it('should cache compiled patterns and never match an unsafe one', () => {
    expect(safePattern('^a')).toBe(safePattern('^a'));
    expect(safeTest('^/x/(?=a)', '/x/a')).toBe(false);
    expect(safeTest('^/cases/\\d+', '/CASES/42')).toBe(true);
  });
});
