import type { LetterDocument } from './document.js';
import { compilePattern } from './rules/macros.js';
import type { AdviceId, Evidence } from './types.js';

/** Plain-language advice about one sentence or phrase. */
export interface PlainLanguageAdvice {
  readonly id: AdviceId;
  readonly message: string;
  readonly evidence: Evidence;
}

/**
 * Words and phrases that plain-English guides (GOV.UK style) suggest replacing, with a plainer choice.
 *
 * @example
 * jargon.find((j) => j.phrase === 'in receipt of')?.plain; // 'received'
 */
export const jargon: readonly { readonly phrase: string; readonly plain: string }[] = [
  { phrase: 'aforementioned', plain: 'this / that' }, { phrase: 'hereby', plain: '(leave out)' }, { phrase: 'herewith', plain: 'with this letter' },
  { phrase: 'pursuant to', plain: 'under' }, { phrase: 'notwithstanding', plain: 'despite' }, { phrase: 'in receipt of', plain: 'received' },
  { phrase: 'utilise', plain: 'use' }, { phrase: 'facilitate', plain: 'help / arrange' }, { phrase: 'expedite', plain: 'speed up' },
  { phrase: 'please be advised', plain: '(leave out)' }, { phrase: 'we acknowledge receipt', plain: 'we have received' },
  { phrase: 'inter alia', plain: 'among other things' }, { phrase: 'heretofore', plain: 'until now' }, { phrase: 'in lieu of', plain: 'instead of' },
  { phrase: 'with regard to', plain: 'about' }, { phrase: 'in relation to', plain: 'about' }, { phrase: 'commence', plain: 'start' },
  { phrase: 'remedial works', plain: 'repairs' }, { phrase: 'ascertain', plain: 'find out' }, { phrase: 'endeavour', plain: 'try' },
  { phrase: 'prior to', plain: 'before' }, { phrase: 'per se', plain: '(leave out)' }, { phrase: 'thereof', plain: 'of it' },
];
const JARGON = compilePattern(`\\b(?:${jargon.map((j) => j.phrase).join('|')})\\b`);
const PLAIN = new Map(jargon.map((j) => [j.phrase, j.plain]));

/** Sentences longer than this many words get advice. GOV.UK suggests an average of 25; 35 leaves room. */
export const LONG_SENTENCE_WORDS = 35;

/**
 * Plain-language advice (HO 2024 6.9 and 6.19 ask for "clear, plain language"): very long sentences and jargon.
 * Advice only: it never makes a letter fail.
 *
 * @example
 * // plainLanguageAdvice(analyseLetter('We are in receipt of your letter.'))[0]?.id === 'jargon'
 */
export function plainLanguageAdvice(doc: LetterDocument): PlainLanguageAdvice[] {
  const advice: PlainLanguageAdvice[] = [];
  const { text, sentenceStarts } = doc;
  for (let i = 0; i < sentenceStarts.length; i += 1) {
    const start = sentenceStarts[i] as number;
    const end = i + 1 < sentenceStarts.length ? (sentenceStarts[i + 1] as number) : text.length;
    // Cheap length test first: a sentence of fewer than 100 characters cannot hold 36 words.
    if (end - start < 100) continue;
    const sentence = text.slice(start, end).trimEnd();
    const words = sentence.match(/[A-Za-z0-9£][^\s]*/g)?.length ?? 0;
    if (words > LONG_SENTENCE_WORDS) {
      advice.push({
        id: 'long-sentence',
        message: `This sentence has ${words} words. Sentences under 25 words are easier to follow: try splitting it.`,
        evidence: { start, end: start + sentence.length, text: sentence, rule: 'pattern' },
      });
    }
  }
  JARGON.lastIndex = 0;
  for (let m = JARGON.exec(text); m; m = JARGON.exec(text)) {
    const plain = PLAIN.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? '(a plainer word)';
    advice.push({
      id: 'jargon',
      message: `"${m[0]}" is formal language. Plainer: ${plain}.`,
      evidence: { start: m.index, end: m.index + m[0].length, text: m[0], rule: 'pattern' },
    });
  }
  return advice.sort((a, b) => a.evidence.start - b.evidence.start);
}
