import type { Provision, RuleSet } from './RuleSet.js';

/**
 * How explanations and findings cite a provision: `'HO Code 2024 6.2'`; a provision not confirmed from
 * the Code's own text says so (`'HO Code 2022, unconfirmed'`).
 *
 * @param ruleSet - The rule set the provision belongs to
 * @param provision - The provision
 * @returns The citation
 * @example
 * ```ts
 * citeProvision(ho2024, ho2024.provisions['stage1-response']);     //=> 'HO Code 2024 6.3'
 * citeProvision(ho2022, ho2022.provisions['stage2-response']);     //=> 'HO Code 2022, unconfirmed'
 * citeProvision(ho2022, ho2022.provisions['keep-informed']);       //=> 'HO Code 2022 5.1, unconfirmed'
 * ```
 */
export function citeProvision(ruleSet: Pick<RuleSet, 'shortTitle'>, provision: Provision): string {
  const numbered = /^\d+(\.\d+)*$/.test(provision.ref);
  const base = numbered ? `${ruleSet.shortTitle} ${provision.ref}` : ruleSet.shortTitle;
  return provision.source.startsWith('UNCONFIRMED') ? `${base}, unconfirmed` : base;
}
