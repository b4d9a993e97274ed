import type { Provision } from '../rules/index.js';
import type { LetterProvision } from '../letters/index.js';

/** The one JSON shape every `--json` output gives a provision. */
export interface ProvisionJson {
  ruleSet: string;
  ref: string;
  text: string;
  source: string;
}

/**
 * A provision as `--json` outputs print it (deadlines, report, check, notice): always
 * `{ ruleSet, ref, text, source }`, in that key order, whatever object the SDK handed over.
 *
 * @example
 * provisionJson(getRuleSet('ho-2024').provisions['stage1-response']);
 * // { ruleSet: 'ho-2024', ref: '6.3', text: 'Landlords must issue a full response …', source: 'Housing Ombudsman Complaint Handling Code 2024, https://…' }
 */
export function provisionJson(provision: Provision | LetterProvision): ProvisionJson {
  return { ruleSet: provision.ruleSet, ref: provision.ref, text: provision.text, source: provision.source };
}

const serialised = new WeakMap<object, string>();

/**
 * `JSON.stringify(provisionJson(provision))`, kept per provision object: a million-row report repeats a handful of provisions.
 *
 * @example
 * provisionJsonText(getRuleSet('ho-2024').provisions['stage1-response']); // '{"ruleSet":"ho-2024","ref":"6.3",…}'
 */
export function provisionJsonText(provision: Provision | LetterProvision): string {
  let text = serialised.get(provision);
  if (text === undefined) {
    text = JSON.stringify(provisionJson(provision));
    serialised.set(provision, text);
  }
  return text;
}
