import type { Provision, RuleSet } from './RuleSet.js';
import { deepFreeze } from '../errors/deep-freeze.js';

const SOURCE = 'Housing Ombudsman and LGSCO joint Complaint Handling Code, consultation draft 2023, https://www.housing-ombudsman.org.uk/2023/09/28/ombudsman-opens-consultation-on-complaint-handling-code-ahead-of-statutory-requirements/';

function provision(ref: string, text: string, source = SOURCE): Provision {
  return { ruleSet: 'joint-draft-2023', ref, text, source };
}

const provisions = {
  'acceptance-window': provision(
    '2.2',
    'Organisations must accept complaints referred to them within 12 months of the issue occurring, or the individual becoming aware of the issue. Organisations must consider whether to apply discretion to accept complaints made outside this time limit where there are good reasons to do so.',
  ),
  'stage1-acknowledgement': provision(
    '6.2',
    'Complaints must be acknowledged and logged at stage 1 of the complaints procedure within five working days of the complaint being received.',
  ),
  'stage1-response': provision(
    '6.3',
    'Organisations must issue a full response to stage 1 complaints within 10 working days of the complaint being received.',
  ),
  'stage1-extension': provision(
    '6.4',
    'Organisations must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform individuals of the expected timescale for response. Any extension must be no more than 10 working days without good reason, and the reason(s) must be clearly explained to the individual.',
  ),
  'stage1-extension-notice': provision(
    '6.5',
    'When an organisation informs an individual about an extension to these timescales, they must be provided with the contact details of the relevant Ombudsman.',
  ),
  'stage2-acknowledgement': provision(
    '6.13',
    'Requests for stage 2 must be acknowledged and logged at stage 2 of the complaints procedure within five working days of the escalation request being received.',
  ),
  'stage2-response': provision(
    '6.18',
    'Organisations must issue a final response to the stage 2 review within 20 working days of the complaint being escalated by the individual.',
  ),
  'stage2-extension': provision(
    '6.19',
    'Organisations must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform individuals of the expected timescale for response. Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the individual.',
  ),
  'stage2-extension-notice': provision(
    '6.20',
    'When an organisation informs an individual about an extension to these timescales they must be provided with the contact details of the relevant Ombudsman.',
  ),
  'different-handler': provision(
    '6.17',
    'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
  ),
  'keep-informed': provision(
    '5.7',
    'Where a response to a complaint will fall outside the timescales set out in this Code the organisation must agree with the individual suitable intervals for keeping them informed about their complaint.',
  ),
} satisfies RuleSet['provisions'];

/**
 * The joint HOS + LGSCO Complaint Handling Code consultation draft (28 Sep – 23 Nov 2023). Never adopted
 * as one code; kept so landlords can compare. Response clocks start at receipt / escalation (6.3, 6.18).
 *
 * @example
 * ```ts
 * jointDraft2023.stages[1].responseClockFrom; //=> 'received'
 * jointDraft2023.stages[2].respondProvision.ref; //=> '6.18'
 * ```
 */
export const jointDraft2023: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'joint-draft-2023',
  title: 'Joint Complaint Handling Code (consultation draft, 2023)',
  shortTitle: 'Joint draft Code 2023',
  version: 'draft-2023',
  ombudsman: 'joint',
  status: 'draft',
  stages: {
    1: {
      acknowledgeWorkingDays: 5,
      respondWorkingDays: 10,
      responseClockFrom: 'received',
      extensionMaxWorkingDays: 10,
      extensionCap: 'without-good-reason',
      acknowledgeProvision: provisions['stage1-acknowledgement'],
      respondProvision: provisions['stage1-response'],
      extensionProvision: provisions['stage1-extension'],
    },
    2: {
      acknowledgeWorkingDays: 5,
      respondWorkingDays: 20,
      responseClockFrom: 'received',
      extensionMaxWorkingDays: 20,
      extensionCap: 'without-good-reason',
      acknowledgeProvision: provisions['stage2-acknowledgement'],
      respondProvision: provisions['stage2-response'],
      extensionProvision: provisions['stage2-extension'],
    },
  },
  acceptanceWindowMonths: 12,
  provisions,
  notes: [
    'A consultation draft, not in force: on 8 Feb 2024 the Ombudsmen issued two aligned Codes instead (LGSCO news, Feb 2024).',
    'Its Appendix A self-assessment has numbering defects (6.1 and 6.19 twice, no 6.23); the body text is quoted here.',
  ],
});
