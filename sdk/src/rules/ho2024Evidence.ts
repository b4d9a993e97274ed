import type { Provision } from './RuleSet.js';

const SOURCE = 'Housing Ombudsman Complaint Handling Code 2024, https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/';
const CAMDEN = SOURCE;

function provision(ref: string, text: string, source = SOURCE): Provision {
  return { ruleSet: 'ho-2024', ref, text, source };
}

/**
 * The HO Code 2024 provisions behind the evidence the SDK keeps (outcomes, remedies, refusals, keeping
 * the resident informed, the annual report), quoted exactly. The timeline's rule sets quote only the
 * deadline provisions; these sit beside them so the evidence findings and reports can cite the Code's
 * own words. Evidence findings cite the 2024 Code whatever a record's rule set (it is the statutory Code).
 *
 * @example
 * ```ts
 * evidenceProvisions['remedy-follow-through'].ref; //=> '7.3'
 * ```
 */
export const evidenceProvisions = {
  'accept-complaints': provision(
    '2.1',
    'Landlords must accept a complaint unless there is a valid reason not to do so. If landlords decide not to accept a complaint they must be able to evidence their reasoning. Each complaint must be considered on its own merits',
  ),
  'acceptance-window': provision(
    '2.3',
    'Landlords must accept complaints referred to them within 12 months of the issue occurring or the resident becoming aware of the issue, unless they are excluded on other grounds. Landlords must consider whether to apply discretion to accept complaints made outside this time limit where there are good reasons to do so.',
  ),
  'refusal-explanation': provision(
    '2.4',
    'If a landlord decides not to accept a complaint, an explanation must be provided to the resident setting out the reasons why the matter is not suitable for the complaints process and the right to take that decision to the Ombudsman. If the Ombudsman does not agree that the exclusion has been fairly applied, the Ombudsman may tell the landlord to take on the complaint.',
  ),
  'no-blanket-exclusion': provision(
    '2.5',
    'Landlords must not take a blanket approach to excluding complaints; they must consider the individual circumstances of each complaint.',
  ),
  'keep-informed': provision(
    '5.9',
    'Where a response to a complaint will fall outside the timescales set out in this Code, the landlord must agree with the resident suitable intervals for keeping them informed about their complaint.',
  ),
  'refuse-to-escalate': provision(
    '5.11',
    'Landlords must not refuse to escalate a complaint through all stages of the complaints procedure unless it has valid reasons to do so. Landlords must clearly set out these reasons, and they must comply with the provisions set out in section 2 of this Code.',
    CAMDEN,
  ),
  'stage1-outstanding-actions': provision(
    '6.6',
    'A complaint response must be provided to the resident when the answer to the complaint is known, not when the outstanding actions required to address the issue are completed. Outstanding actions must still be tracked and actioned promptly with appropriate updates provided to the resident.',
  ),
  'stage1-all-points': provision(
    '6.7',
    'Landlords must address all points raised in the complaint definition and provide clear reasons for any decisions, referencing the relevant policy, law and good practice where appropriate.',
  ),
  'stage2-outstanding-actions': provision(
    '6.17',
    'A complaint response must be provided to the resident when the answer to the complaint is known, not when the outstanding actions required to address the issue are completed. Outstanding actions must still be tracked and actioned promptly with appropriate updates provided to the resident.',
    CAMDEN,
  ),
  'stage2-all-points': provision(
    '6.18',
    'Landlords must address all points raised in the complaint definition and provide clear reasons for any decisions, referencing the relevant policy, law and good practice where appropriate.',
  ),
  'put-things-right': provision(
    '7.1',
    'Where something has gone wrong a landlord must acknowledge this and set out the actions it has already taken, or intends to take, to put things right. These can include: …',
  ),
  'remedy-follow-through': provision(
    '7.3',
    'The remedy offer must clearly set out what will happen and by when, in agreement with the resident where appropriate. Any remedy proposed must be followed through to completion.',
  ),
  'annual-report': provision(
    '8.1',
    'Landlords must produce an annual complaints performance and service improvement report for scrutiny and challenge, which must include: a. the annual self-assessment against this Code to ensure their complaint handling policy remains in line with its requirements. b. a qualitative and quantitative analysis of the landlord\'s complaint handling performance. This must also include a summary of the types of complaints the landlord has refused to accept. c. any findings of non-compliance with this Code by the Ombudsman. d. the service improvements made as a result of the learning from complaints. e. any annual report about the landlord\'s performance from the Ombudsman; and f. any other relevant reports or publications produced by the Ombudsman in relation to the work of …',
    CAMDEN,
  ),
  'mrc-updates': provision(
    '9.7',
    'As a minimum, the MRC and the governing body (or equivalent) must receive: regular updates on the volume, categories and outcomes of complaints, alongside complaint handling performance; …',
  ),
} satisfies Record<string, Provision>;

/**
 * The names of the {@link evidenceProvisions}.
 *
 * @example
 * ```ts
 * const key: EvidenceProvisionKey = 'refuse-to-escalate';
 * ```
 */
export type EvidenceProvisionKey = keyof typeof evidenceProvisions;
