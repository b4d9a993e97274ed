import type { LetterContext } from './context.js';
import { inPlaceholder, type LetterDocument } from './document.js';
import { cautionRules } from './rules/cautions.js';
import { compilePattern } from './rules/macros.js';
import { provisionFor } from './rules/provisions.js';
import { cautionPolicy } from './rules/requirements.js';
import { findStaffNames } from './staff-names.js';
import { suggestCaution } from './suggestions.js';
import type { CautionId, Evidence, LetterKind, LetterProvision, LetterRuleSetId, Suggestion } from './types.js';

/** Something the letter says that the Code forbids or discourages. */
export interface CautionFinding {
  readonly id: CautionId;
  /** Depends on the rule set: draft-only provisions are `advice` under the HO Code. */
  readonly severity: 'breach' | 'warning' | 'advice';
  readonly provision: LetterProvision;
  readonly message: string;
  /** The first place it was found (offsets into `CheckResult.text`). */
  readonly evidence: Evidence;
  /** Every place it was found. */
  readonly occurrences: readonly Evidence[];
  readonly suggestion: Suggestion;
}

const COMPILED = cautionRules.map((rule) => ({ rule, patterns: rule.patterns.map(compilePattern) }));
const STAFF_MESSAGE = 'The letter names a member of staff or a contractor. Communication should not identify individual staff or contractors, except in exceptional circumstances: name the role instead.';

/**
 * Finds every caution in a letter, with its severity under the rule set.
 *
 * @example
 * // findCautions(analyseLetter('Your complaint is partially upheld.'), 'stage1-response', 'joint-draft-2023', {})[0]?.id === 'partially-upheld'
 */
export function findCautions(doc: LetterDocument, kind: LetterKind, ruleSet: LetterRuleSetId, context: LetterContext): CautionFinding[] {
  const found = new Map<CautionId, { message: string; occurrences: Evidence[] }>();
  const add = (id: CautionId, message: string, evidence: Evidence) => {
    const entry = found.get(id) ?? { message, occurrences: [] };
    if (!entry.occurrences.some((e) => e.start === evidence.start)) entry.occurrences.push(evidence);
    found.set(id, entry);
  };
  for (const { rule, patterns } of COMPILED) {
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
        if (m[0].length === 0) {
          re.lastIndex += 1;
          continue;
        }
        if (inPlaceholder(doc, m.index, m.index + m[0].length)) continue;
        add(rule.id, rule.message, { start: m.index, end: m.index + m[0].length, text: m[0], rule: 'pattern' });
      }
    }
  }
  for (const name of findStaffNames(doc, context.residentName)) add('names-staff', STAFF_MESSAGE, name);

  return [...found].map(([id, { message, occurrences }]) => {
    const policy = cautionPolicy(ruleSet, id, kind);
    const sorted = occurrences.sort((a, b) => a.start - b.start);
    return {
      id,
      severity: policy.severity,
      provision: provisionFor(policy.ruleSet, policy.ref),
      message,
      evidence: sorted[0] as Evidence,
      occurrences: sorted,
      suggestion: suggestCaution(id, context),
    };
  });
}
