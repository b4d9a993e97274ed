import type { Provision, RuleSet } from './RuleSet.js';
import { deepFreeze } from '../errors/deep-freeze.js';

const SOURCE = 'Housing Ombudsman Complaint Handling Code 2024, https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/';

function provision(ref: string, text: string, source = SOURCE): Provision {
  return { ruleSet: 'ho-2024', ref, text, source };
}

const provisions = {
  'acceptance-window': provision(
    '2.3',
    'Landlords must accept complaints referred to them within 12 months of the issue occurring or the resident becoming aware of the issue, unless they are excluded on other grounds. Landlords must consider whether to apply discretion to accept complaints made outside this time limit where there are good reasons to do so.',
  ),
  'stage1-acknowledgement': provision(
    '6.2',
    'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.',
  ),
  'stage1-response': provision(
    '6.3',
    'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.',
  ),
  'stage1-extension': provision(
    '6.4',
    'Landlords must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform the resident of the expected timescale for response. Any extension must be no more than 10 working days without good reason, and the reason(s) must be clearly explained to the resident.',
  ),
  'stage1-extension-notice': provision(
    '6.5',
    'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.',
  ),
  'stage2-acknowledgement': provision(
    '6.11',
    'Requests for stage 2 must be acknowledged, defined and logged at stage 2 of the complaints procedure within five working days of the escalation request being received.',
  ),
  'stage2-response': provision(
    '6.14',
    'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.',
  ),
  'stage2-extension': provision(
    '6.15',
    'Landlords must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform the resident of the expected timescale for response. Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the resident.',
  ),
  'stage2-extension-notice': provision(
    '6.16',
    'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.',
  ),
  'different-handler': provision(
    '6.13',
    'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
  ),
  'keep-informed': provision(
    '5.9',
    'Where a response to a complaint will fall outside the timescales set out in this Code, the landlord must agree with the resident suitable intervals for keeping them informed about their complaint.',
  ),
} satisfies RuleSet['provisions'];

/**
 * The Housing Ombudsman's Complaint Handling Code 2024, statutory from 1 April 2024 (the default).
 * Response clocks start at acknowledgement (6.3, 6.14).
 *
 * @example
 * ```ts
 * ho2024.stages[1].respondWorkingDays;     //=> 10
 * ho2024.stages[1].responseClockFrom;      //=> 'acknowledged'
 * ho2024.stages[2].extensionMaxWorkingDays; //=> 20
 * ```
 */
export const ho2024: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'ho-2024',
  title: 'Housing Ombudsman Complaint Handling Code 2024',
  shortTitle: 'HO Code 2024',
  version: '2024',
  ombudsman: 'housing',
  appliesFrom: '2024-04-01',
  status: 'statutory',
  stages: {
    1: {
      acknowledgeWorkingDays: 5,
      respondWorkingDays: 10,
      responseClockFrom: 'acknowledged',
      extensionMaxWorkingDays: 10,
      extensionCap: 'without-good-reason',
      acknowledgeProvision: provisions['stage1-acknowledgement'],
      respondProvision: provisions['stage1-response'],
      extensionProvision: provisions['stage1-extension'],
    },
    2: {
      acknowledgeWorkingDays: 5,
      respondWorkingDays: 20,
      responseClockFrom: 'acknowledged',
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
    'The Code does not define "working day"; the SDK counts Monday to Friday except bank holidays and the day of the event is day 0.',
    'Statutory from 1 April 2024: "The statutory Code will take effect from 1 April 2024" (housing-ombudsman.org.uk, The Code 2024).',
  ],
});
