import type { CautionId, ElementId, LetterKind, LetterRuleSetId } from '../types.js';

/** One element a letter of a kind must (or should) contain, and the provision that says so. */
export interface Requirement {
  readonly id: ElementId;
  /** `required`: the Code says "must"; `advice`: good practice or a provision that applies elsewhere. */
  readonly level: 'required' | 'advice';
  /** Provision reference in the rule set (see `letterProvisions`). */
  readonly ref: string;
}

type Stage = 1 | 2;
/** `partsNotOurs`: the officer has said some of the complaint is not the landlord's to answer (5.7 applies). */
type Table = Record<LetterKind, (stage: Stage, partsNotOurs: boolean) => readonly Requirement[]>;
const req = (id: ElementId, ref: string, level: Requirement['level'] = 'required'): Requirement => ({ id, level, ref });

const responseItems = (prefix: string, withDefinition = true): Requirement[] => [
  req('stage', `${prefix} a`),
  ...(withDefinition ? [req('definition', `${prefix} b`)] : []),
  req('decision', `${prefix} c`),
  req('reasons', `${prefix} d`),
  req('remedy', `${prefix} e`),
  req('outstanding-actions', `${prefix} f`),
  req('escalation', `${prefix} g`),
];

const ho2024: Table = {
  'stage1-response': () => responseItems('6.9'),
  'stage2-response': () => responseItems('6.19'),
  'extension-notice': (stage) => [req('reason', stage === 1 ? '6.4' : '6.15'), req('new-deadline', stage === 1 ? '6.4' : '6.15'), req('ombudsman-contact', stage === 1 ? '6.5' : '6.16')],
  // 5.6 requires the complaint definition and outcomes sought; 5.7 is a "must" when some parts are not the
  // landlord's; a response date is good practice only (6.3/6.14 set the timescale, not the letter's content).
  acknowledgement: (stage, partsNotOurs) => [
    req('definition', '5.6'), req('outcomes-sought', '5.6'), req('responsibility-scope', '5.7', partsNotOurs ? 'required' : 'advice'),
    req('response-deadline', stage === 1 ? '6.3' : '6.14', 'advice'),
  ],
  refusal: () => [req('reasons', '2.4'), req('ombudsman-right', '2.4')],
};

const joint: Table = {
  'stage1-response': () => responseItems('6.10'),
  'stage2-response': () => responseItems('6.21'),
  'extension-notice': (stage) => [req('reason', stage === 1 ? '6.4' : '6.19'), req('new-deadline', stage === 1 ? '6.4' : '6.19'), req('ombudsman-contact', stage === 1 ? '6.5' : '6.20')],
  acknowledgement: (stage, partsNotOurs) => [
    req('definition', stage === 1 ? '5.3' : '6.16'), req('outcomes-sought', stage === 1 ? '5.3' : '6.16'),
    req('responsibility-scope', '5.5', partsNotOurs ? 'required' : 'advice'), req('response-deadline', stage === 1 ? '6.3' : '6.18', 'advice'),
  ],
  refusal: () => [req('reasons', '2.5'), req('ombudsman-right', '2.5')],
};

const ho2022: Table = {
  'stage1-response': () => responseItems('5.8', false).map((r) => ({ ...r, ref: '5.8' })),
  'stage2-response': () => responseItems('5.8', false).map((r) => ({ ...r, ref: '5.8' })),
  // The 2022 Code did not require Ombudsman details in an extension notice: shown as advice.
  'extension-notice': () => [req('reason', '5.1'), req('new-deadline', '5.1'), req('ombudsman-contact', '6.5', 'advice')],
  acknowledgement: () => [req('definition', '5.6', 'advice'), req('outcomes-sought', '5.6', 'advice'), req('response-deadline', '6.3', 'advice'), req('responsibility-scope', '5.7', 'advice')],
  refusal: () => [req('reasons', '5.9'), req('ombudsman-right', '5.9')],
};

/**
 * Which elements each kind of letter needs, per rule set and stage. `partsNotOurs` makes the
 * responsibility statement (HO 2024 5.7) required in an acknowledgement; otherwise it is advice.
 *
 * @example
 * requirementsFor('ho-2024', 'extension-notice', 2).map((r) => r.ref); // ['6.15', '6.15', '6.16']
 */
export function requirementsFor(ruleSet: LetterRuleSetId, kind: LetterKind, stage: Stage, partsNotOurs = false): readonly Requirement[] {
  const table = ruleSet === 'joint-draft-2023' ? joint : ruleSet === 'ho-2022' ? ho2022 : ho2024;
  return table[kind](stage, partsNotOurs);
}

/** How serious a caution is under a rule set, and the provision it cites. */
export interface CautionPolicy {
  readonly severity: 'breach' | 'warning' | 'advice';
  readonly ruleSet: LetterRuleSetId;
  readonly ref: string;
}

/**
 * Severity and provision of each caution under each rule set. Draft-only provisions (staff names,
 * "partially upheld") are advice under the Codes that do not have them.
 *
 * @example
 * cautionPolicy('joint-draft-2023', 'names-staff', 'stage1-response').severity; // 'warning'
 */
export function cautionPolicy(ruleSet: LetterRuleSetId, id: CautionId, kind: LetterKind): CautionPolicy {
  const isJoint = ruleSet === 'joint-draft-2023';
  const own = (ref: string, severity: CautionPolicy['severity']): CautionPolicy => ({ ruleSet, ref, severity });
  switch (id) {
    case 'partially-upheld':
      return { ruleSet: 'joint-draft-2023', ref: '6.8', severity: isJoint ? 'warning' : 'advice' };
    case 'names-staff':
      return { ruleSet: 'joint-draft-2023', ref: '5.6', severity: isJoint ? 'warning' : 'advice' };
    case 'informal-stage':
      return own('5.2', ruleSet === 'ho-2022' ? 'advice' : 'warning');
    case 'third-stage':
      return isJoint ? own('6.24', 'breach') : own('5.3', ruleSet === 'ho-2022' ? 'warning' : 'breach');
    case 'obsolete-ombudsman-route':
      return { ruleSet: 'ho-2024', ref: 'scheme', severity: 'warning' };
    case 'outdated-ombudsman-contact': {
      const ref = isJoint
        ? kind === 'refusal' ? '2.5' : kind === 'stage2-response' ? '6.21 g' : '6.5'
        : kind === 'refusal' ? '2.4' : kind === 'stage2-response' ? '6.19 g' : '6.5';
      return own(ref, 'warning');
    }
  }
}
