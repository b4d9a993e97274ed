import { elementRules } from './rules/elements.js';
import { kindClues } from './rules/kinds.js';
import { compilePattern } from './rules/macros.js';
import { LetterKind } from './types.js';

/** The guessed kind of a letter, how sure the guess is (0 to 1), and why. */
export interface KindDetection {
  readonly kind: LetterKind;
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** The score of every kind, for a UI that offers the runner-up. */
  readonly scores: Readonly<Record<LetterKind, number>>;
  /**
   * True when the evidence is too weak to choose (no clue, a tie, or only weak clues): the caller should ask
   * the officer "Which letter is this?" rather than assume `kind`, which is then only the likeliest guess.
   */
  readonly needsKind: boolean;
  /** The kinds worth offering first when asking, likeliest first (every kind with any score, or all kinds). */
  readonly candidates: readonly LetterKind[];
}

/** Below this score the best clue is too weak to trust (one generic phrase such as "we found"). */
const WEAK_SCORE = 2;

const CLUES = kindClues.map((clue) => ({ ...clue, re: compilePattern(clue.pattern) }));
// The element rules' own decision phrases ("we have upheld…", "there was no service failure"…).
const DECISION = elementRules.filter((rule) => rule.id === 'decision').flatMap((rule) => rule.phrases ?? []).map(compilePattern);
const RESPONSE_KINDS: readonly LetterKind[] = ['stage1-response', 'stage2-response'];

/**
 * Guesses what kind of letter a text is, from weighted clues (see `kindClues`). When the evidence is weak
 * (no clue, a tie between two kinds, or only a weak clue) it sets `needsKind` and lists the `candidates`, so
 * the caller asks the officer instead of assuming; `kind` is then only the likeliest guess.
 *
 * @example
 * detectKind('We need more time to respond. We will now reply by 3 March 2027.').kind; // 'extension-notice'
 */
export function detectKind(text: string): KindDetection {
  const scores: Record<LetterKind, number> = { acknowledgement: 0, 'stage1-response': 0, 'stage2-response': 0, 'extension-notice': 0, refusal: 0 };
  const reasons: Record<LetterKind, string[]> = { acknowledgement: [], 'stage1-response': [], 'stage2-response': [], 'extension-notice': [], refusal: [] };
  for (const clue of CLUES) {
    clue.re.lastIndex = 0;
    if (clue.re.test(text)) {
      scores[clue.kind] += clue.weight;
      reasons[clue.kind].push(clue.reason);
    }
  }
  // A response gives a decision; an acknowledgement, extension or refusal does not. Without one, a letter that
  // also reads as another kind ("you will get our stage 2 response by…") is that other kind.
  const otherKinds = LetterKind.options.filter((kind) => !RESPONSE_KINDS.includes(kind));
  // And an acknowledgement gives none: with a decision its clues count half (a response says when stage 2 would reply).
  const decided = DECISION.some((re) => ((re.lastIndex = 0), re.test(text)));
  const halved: readonly LetterKind[] = decided ? ['acknowledgement'] : otherKinds.some((kind) => scores[kind] > 0) ? RESPONSE_KINDS : [];
  for (const kind of halved) {
    if (scores[kind] === 0) continue;
    scores[kind] /= 2;
    reasons[kind].push(`gives ${decided ? 'a' : 'no'} decision, so counts half`);
  }
  const ranked = LetterKind.options.map((kind) => [kind, scores[kind]] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0] as readonly [LetterKind, number], ranked[1] as readonly [LetterKind, number]];
  const scored = ranked.filter(([, score]) => score > 0).map(([kind]) => kind);
  if (best[1] === 0) {
    return { kind: 'stage1-response', confidence: 0, reasons: ['no clue to the kind of letter: ask which letter this is'], scores, needsKind: true, candidates: [...LetterKind.options] };
  }
  const share = best[1] / (best[1] + second[1]);
  const strength = Math.min(1, best[1] / 6);
  const confidence = Math.round(share * strength * 100) / 100;
  // A response with no clue to its stage beyond what both stages share is read as stage 1 (a stage 2 letter
  // says so: "stage 2", "final response", "review"); any other tie is asked about.
  const responsesTie = best[0] === 'stage1-response' && second[0] === 'stage2-response';
  const tie = best[1] - second[1] < 1 && !responsesTie;
  const needsKind = tie || (best[1] < WEAK_SCORE && !responsesTie);
  const because = `${tie ? `reads as a ${second[0]} as much` : 'the clues are weak'}: ask which letter this is`;
  return { kind: best[0], confidence, reasons: needsKind ? [...reasons[best[0]], because] : reasons[best[0]], scores, needsKind, candidates: scored };
}
