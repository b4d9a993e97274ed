import type { Provision, RuleSet } from './RuleSet.js';
import { deepFreeze } from '../errors/deep-freeze.js';

const P11 =
  'Housing Ombudsman Complaint Handling Code 2022, https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/complaint-handling-code-2022/ (text as reproduced in landlord self-assessments, e.g. https://www.slough.gov.uk/complaints-feedback/housing-ombudsman-complaint-handling-code-self-assessment/5)';

function provision(ref: string, text: string, source = P11): Provision {
  return { ruleSet: 'ho-2022', ref, text, source };
}

const S1_EXTENSION =
  'Exceptionally, landlords may provide an explanation to the resident containing a clear timeframe for when the response will be received. This should not exceed a further 10 days without good reason.';

const provisions = {
  'acceptance-window': provision(
    'acceptance',
    'The time limit was previously six months',
    'UNCONFIRMED: no 2022 Code text in hand; a landlord’s summary of the change to the 2024 Code: Tower Hamlets Community Housing, "Changes to the Complaint Handling Code", 29 May 2024, https://tch.org.uk/2024/05/29/changes-to-the-complaint-handling-code/',
  ),
  'stage1-acknowledgement': provision(
    'acknowledgement',
    'Complaints are acknowledged and logged within five working days.',
    'UNCONFIRMED: no 2022 Code text in hand; 5 working days per Four Million Homes tenant guidance, https://www.fourmillionhomes.org/?p=10819. Text is a paraphrase.',
  ),
  'stage1-response': provision(
    '5.1',
    'Landlords must respond to the complaint within 10 working days of the complaint being logged.',
  ),
  'stage1-extension': provision('5.1', S1_EXTENSION),
  'stage1-extension-notice': provision('5.1', S1_EXTENSION),
  'stage2-acknowledgement': provision(
    'acknowledgement',
    'Stage 2 requests are acknowledged and logged within five working days.',
    'UNCONFIRMED: no 2022 Code text in hand; 5 working days per Four Million Homes tenant guidance, https://www.fourmillionhomes.org/?p=10819. Text is a paraphrase.',
  ),
  'stage2-response': provision(
    'stage 2',
    'Stage 2: a final response within 20 working days of the escalation request.',
    'UNCONFIRMED: no 2022 Code text in hand; 20 working days from the escalation request per Tower Hamlets Community Housing, "Changes to the Complaint Handling Code", 29 May 2024, https://tch.org.uk/2024/05/29/changes-to-the-complaint-handling-code/ and Four Million Homes tenant guidance, https://www.fourmillionhomes.org/?p=10819. Text is a paraphrase.',
  ),
  'stage2-extension': provision(
    'stage 2',
    'The extension time was previously 10 working days',
    'UNCONFIRMED: no 2022 Code text in hand; quoted from a landlord’s summary: Tower Hamlets Community Housing, "Changes to the Complaint Handling Code", 29 May 2024, https://tch.org.uk/2024/05/29/changes-to-the-complaint-handling-code/',
  ),
  'stage2-extension-notice': provision(
    'stage 2',
    'The extension time was previously 10 working days',
    'UNCONFIRMED: no 2022 Code text in hand; Tower Hamlets Community Housing, "Changes to the Complaint Handling Code", 29 May 2024, https://tch.org.uk/2024/05/29/changes-to-the-complaint-handling-code/',
  ),
  'different-handler': provision(
    '5.12',
    'The person considering the complaint at stage two, must not be the same person that considered the complaint at stage one.',
  ),
  'keep-informed': provision(
    '5.1',
    S1_EXTENSION,
    'UNCONFIRMED: no separate keep-informed provision in hand for the 2022 Code; 5.1 is the nearest',
  ),
} satisfies RuleSet['provisions'];

/**
 * The Housing Ombudsman's Complaint Handling Code 2022: complaints made 1 April 2022 – 31 March 2024
 * (and, as the nearest rule set the SDK has, anything earlier). Stage 1 responds within 10 working days of
 * the complaint being "logged", which the SDK takes as the acknowledgement; stage 2 within 20 working
 * days of the escalation request; extensions of up to 10 working days at both stages.
 *
 * @example
 * ```ts
 * ho2022.stages[2].responseClockFrom;       //=> 'received'
 * ho2022.stages[2].extensionMaxWorkingDays; //=> 10
 * ```
 */
export const ho2022: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'ho-2022',
  title: 'Housing Ombudsman Complaint Handling Code 2022',
  shortTitle: 'HO Code 2022',
  version: '2022',
  ombudsman: 'housing',
  appliesUntil: '2024-03-31',
  status: 'in-force',
  stages: {
    1: {
      acknowledgeWorkingDays: 5,
      respondWorkingDays: 10,
      // 5.1 says "logged"; the Code logs a complaint when it acknowledges it, so the clock starts there.
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
      responseClockFrom: 'received',
      extensionMaxWorkingDays: 10,
      extensionCap: 'without-good-reason',
      acknowledgeProvision: provisions['stage2-acknowledgement'],
      respondProvision: provisions['stage2-response'],
      extensionProvision: provisions['stage2-extension'],
    },
  },
  acceptanceWindowMonths: 6,
  provisions,
  notes: [
    '"applicable for complaints made before 1 April 2024" (housing-ombudsman.org.uk, Complaint Handling Code 2022).',
    'Stage 1 (5.1) runs from the complaint being "logged": the SDK uses the acknowledgement date, or the acknowledgement deadline when it is unknown.',
    'Acknowledgement, stage 2 timescales, the stage 2 extension and the six-month acceptance window are not confirmed from the 2022 text (see each provision’s source).',
  ],
});
