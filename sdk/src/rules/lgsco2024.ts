import type { Provision, RuleSet } from './RuleSet.js';
import { deepFreeze } from '../errors/deep-freeze.js';

const P6 =
  'LGSCO Complaint Handling Code 2024, section 6, https://www.lgo.org.uk/information-centre/information-for-organisations-we-investigate/complaint-handling-code/complaint-handling-code?chapter=7 (fragments, shortened with "…")';

function provision(ref: string, text: string, source = P6): Provision {
  return { ruleSet: 'lgsco-2024', ref, text, source };
}

const STAGE2_UNCONFIRMED =
  'UNCONFIRMED: from a law-firm summary, not the LGSCO text (Local Government Lawyers, https://llg.org.uk/news/the-lgsco-release-the-complaint-handling-code). Text is a paraphrase.';

const provisions = {
  'acceptance-window': provision(
    'acceptance',
    'Complaints are accepted within 12 months of the issue occurring or the individual becoming aware of the issue.',
    'UNCONFIRMED: LGSCO text not in hand; the joint draft (2.2) and HO Code (2.3) both say 12 months. Text is a paraphrase.',
  ),
  'stage1-acknowledgement': provision('6.2', '… within five working days of the complaint being received'),
  'stage1-response': provision('6.3', 'full response … within 10 working days of the complaint being acknowledged'),
  'stage1-extension': provision('6.4', 'no more than 10 working days without good reason'),
  'stage1-extension-notice': provision('6.5', 'should be provided with the details of the relevant Ombudsman'),
  'stage2-acknowledgement': provision('stage 2', 'Stage 2 requests are acknowledged within 5 working days of the request.', STAGE2_UNCONFIRMED),
  'stage2-response': provision('stage 2', 'from the time that the complaint was acknowledged', STAGE2_UNCONFIRMED),
  'stage2-extension': provision(
    'stage 2',
    'a further 20 working days',
    'UNCONFIRMED: the LGSCO stage 2 extension cap is not in hand; 20 working days as in Cumberland Council’s policy (https://www.cumberland.gov.uk/book/export/html/5811171) and the HO Code 6.15',
  ),
  'stage2-extension-notice': provision('6.5', 'should be provided with the details of the relevant Ombudsman'),
  'different-handler': provision(
    'stage 2',
    'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
    'UNCONFIRMED: LGSCO text not in hand; wording of the joint draft 6.17, with which the LGSCO Code is "aligned" (https://www.lgo.org.uk/information-centre/information-for-organisations-we-investigate/complaint-handling-code)',
  ),
  'keep-informed': provision(
    'timescales',
    'Where a response to a complaint will fall outside the timescales set out in this Code the organisation must agree with the individual suitable intervals for keeping them informed about their complaint.',
    'UNCONFIRMED: LGSCO text not in hand; wording of the joint draft 5.7',
  ),
} satisfies RuleSet['provisions'];

/**
 * The Local Government and Social Care Ombudsman's Complaint Handling Code (councils' non-housing
 * complaints; launched Feb 2024, used in LGSCO investigations from 1 April 2026). Stage 1 as the HO Code;
 * stage 2 from a secondary summary (marked unconfirmed in each provision's `source`).
 *
 * @example
 * ```ts
 * lgsco2024.ombudsman;                     //=> 'lgsco'
 * lgsco2024.stages[1].responseClockFrom;   //=> 'acknowledged'
 * ```
 */
export const lgsco2024: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'lgsco-2024',
  title: 'Local Government and Social Care Ombudsman Complaint Handling Code',
  shortTitle: 'LGSCO Code',
  version: '2024',
  ombudsman: 'lgsco',
  status: 'guidance',
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
    'Issued as "advice and guidance" ("should" wording) under s.23(12A) Local Government Act 1974 (https://www.lgo.org.uk/information-centre/information-for-organisations-we-investigate/complaint-handling-code).',
    'Stage 2 timescales and the stage 2 extension cap are not confirmed from the LGSCO text.',
  ],
});
