import * as z from '../errors/zod.js';
import { checkDraft } from './check-draft.js';
import { LetterKind, LetterRuleSetId } from './types.js';

/**
 * The label of one corpus letter: what a person reading it found.
 *
 * @example
 * CorpusLabel.parse({ file: 'a.txt', kind: 'refusal', rules: 'ho-2024', present: ['reasons'], absent: ['ombudsman-right'], cautions: [] });
 */
export const CorpusLabel = z.object({
  file: z.string(),
  kind: LetterKind,
  rules: LetterRuleSetId,
  present: z.array(z.string()),
  absent: z.array(z.string()),
  cautions: z.array(z.string()),
  /**
   * Set when the letter is genuinely ambiguous: the other kinds a careful reader could take it for. Asking the
   * officer ("Which letter is this?") counts as right only for such letters; so does guessing one of these kinds.
   */
  ambiguous: z.optional(z.array(LetterKind)),
  note: z.optional(z.string()),
});
export type CorpusLabel = z.infer<typeof CorpusLabel>;

/** Counts and scores for one element or caution. */
export interface Score {
  readonly id: string;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  /** 1 when nothing was predicted present (no false alarms possible). */
  readonly precision: number;
  /** 1 when nothing was labelled present. */
  readonly recall: number;
}

/** The scores of the checker on a labelled corpus, and every disagreement. */
export interface CorpusScores {
  readonly letters: number;
  readonly elements: readonly Score[];
  readonly cautions: readonly Score[];
  /**
   * Share of letters whose kind was detected right: the labelled kind (or, for a letter labelled `ambiguous`,
   * one of those kinds, or asking the officer). Asking about a letter that is not ambiguous counts as wrong.
   */
  readonly kindAccuracy: number;
  /** How many letters the checker asked the officer about (`needsKind`). */
  readonly kindAsked: number;
  readonly mistakes: readonly string[];
}

type Tally = { tp: number; fp: number; fn: number; tn: number };
const score = (id: string, t: Tally): Score => ({
  id,
  truePositives: t.tp,
  falsePositives: t.fp,
  falseNegatives: t.fn,
  trueNegatives: t.tn,
  precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
  recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
});

/**
 * Runs the checker over labelled letters (kind given, as an officer would) and scores every element and caution;
 * separately measures kind detection. Used by the corpus test and `pnpm bench`.
 *
 * @example
 * scoreCorpus([{ label: { file: 'a.txt', kind: 'refusal', rules: 'ho-2024', present: [], absent: ['reasons', 'ombudsman-right'], cautions: [] }, content: 'Hello' }]).elements;
 */
export function scoreCorpus(letters: readonly { label: CorpusLabel; content: string }[]): CorpusScores {
  const elements = new Map<string, Tally>();
  const cautions = new Map<string, Tally>();
  const mistakes: string[] = [];
  let kindsRight = 0;
  let kindsAsked = 0;
  const tally = (map: Map<string, Tally>, id: string) => {
    const t = map.get(id) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    map.set(id, t);
    return t;
  };
  const cautionIds = ['partially-upheld', 'names-staff', 'informal-stage', 'third-stage', 'obsolete-ombudsman-route', 'outdated-ombudsman-contact'];
  for (const { label, content } of letters) {
    const source = label.file.endsWith('.html') ? { html: content } : { text: content };
    const result = checkDraft({ ...source, kind: label.kind, rules: label.rules });
    const guessed = checkDraft({ ...source, rules: label.rules });
    const ambiguous = label.ambiguous ?? [];
    if (guessed.needsKind) kindsAsked += 1;
    if (guessed.needsKind ? ambiguous.length > 0 : guessed.kind === label.kind || ambiguous.includes(guessed.kind)) kindsRight += 1;
    else if (guessed.needsKind) mistakes.push(`${label.file}: asked which letter this is (${guessed.detection?.candidates.join(' or ')}), labelled ${label.kind} and not ambiguous`);
    else mistakes.push(`${label.file}: kind guessed ${guessed.kind}, labelled ${label.kind}`);
    for (const finding of result.elements) {
      const expected = label.present.includes(finding.id) ? true : label.absent.includes(finding.id) ? false : undefined;
      if (expected === undefined) continue;
      const t = tally(elements, finding.id);
      if (expected && finding.present) t.tp += 1;
      else if (!expected && !finding.present) t.tn += 1;
      else if (finding.present) {
        t.fp += 1;
        mistakes.push(`${label.file}: ${finding.id} found but labelled absent (evidence "${finding.evidence?.text ?? ''}")`);
      } else {
        t.fn += 1;
        mistakes.push(`${label.file}: ${finding.id} labelled present but not found`);
      }
    }
    for (const id of cautionIds) {
      const found = result.cautions.find((c) => c.id === id);
      const expected = label.cautions.includes(id);
      const t = tally(cautions, id);
      if (expected && found) t.tp += 1;
      else if (!expected && !found) t.tn += 1;
      else if (found) {
        t.fp += 1;
        mistakes.push(`${label.file}: caution ${id} found but not labelled ("${found.evidence.text}")`);
      } else {
        t.fn += 1;
        mistakes.push(`${label.file}: caution ${id} labelled but not found`);
      }
    }
  }
  return {
    letters: letters.length,
    elements: [...elements].map(([id, t]) => score(id, t)).sort((a, b) => a.id.localeCompare(b.id)),
    cautions: [...cautions].map(([id, t]) => score(id, t)),
    kindAccuracy: letters.length === 0 ? 1 : kindsRight / letters.length,
    kindAsked: kindsAsked,
    mistakes,
  };
}
