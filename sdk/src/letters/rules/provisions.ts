import type { LetterProvision, LetterRuleSetId } from '../types.js';

const S002 = 'Housing Ombudsman Complaint Handling Code 2024, https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/';
const S003 = 'Housing Ombudsman and LGSCO joint Complaint Handling Code, consultation draft 2023, https://www.housing-ombudsman.org.uk/2023/09/28/ombudsman-opens-consultation-on-complaint-handling-code-ahead-of-statutory-requirements/';
const P11 = 'Housing Ombudsman Complaint Handling Code 2022, https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/complaint-handling-code-2022/ (text as reproduced in landlord self-assessments, e.g. https://www.slough.gov.uk/complaints-feedback/housing-ombudsman-complaint-handling-code-self-assessment/5)';
const P6 = 'LGSCO Complaint Handling Code 2024, section 6, https://www.lgo.org.uk/information-centre/information-for-organisations-we-investigate/complaint-handling-code/complaint-handling-code?chapter=7';
const LGSCO_NOTE = 'LGSCO numbering assumed to follow the Housing Ombudsman Code it is aligned with; not confirmed from LGSCO text.';
const P13 = 'Housing Ombudsman news, 3 October 2022, "Scheme changes improve access to Ombudsman"';

const ADDRESS_ALL = 'must address all points raised in the complaint definition and provide clear reasons for any decisions, referencing the relevant policy, law and good practice where appropriate.';
const HO_69 = 'Landlords must confirm the following in writing to the resident at the completion of stage 1 in clear, plain language:';
const HO_619 = 'Landlords must confirm the following in writing to the resident at the completion of stage 2 in clear, plain language:';
const J_610 = 'Organisations must confirm the following in writing to the individual at the completion of stage 1 in clear, plain language:';
const J_621 = 'Organisations must confirm the following in writing to the individual at the completion of stage 2 in clear, plain language:';
const ITEMS: Record<string, string> = {
  a: 'the complaint stage', b: 'the complaint definition', c: 'the decision on the complaint', d: 'the reasons for any decisions made',
  e: 'the details of any remedy offered to put things right', f: 'details of any outstanding actions',
};
const items = (lead: string, prefix: string, g: string, source: string, ruleSet: LetterRuleSetId) =>
  Object.fromEntries(
    [...Object.entries(ITEMS), ['g', g] as const].map(([letter, words]) => [
      `${prefix} ${letter}`,
      { ruleSet, ref: `${prefix} ${letter}`, text: `${lead} … ${letter}. ${words}`, source },
    ]),
  );

type Table = Record<string, LetterProvision>;
const p = (ruleSet: LetterRuleSetId, ref: string, text: string, source: string, note?: string): LetterProvision =>
  note ? { ruleSet, ref, text, source, note } : { ruleSet, ref, text, source };

const ho2024: Table = {
  ...items(HO_69, '6.9', 'details of how to escalate the matter to stage 2 if the individual is not satisfied with the response', S002, 'ho-2024'),
  ...items(HO_619, '6.19', 'details of how to escalate the matter to the Ombudsman Service if the individual remains dissatisfied', S002, 'ho-2024'),
  '2.4': p('ho-2024', '2.4', 'If a landlord decides not to accept a complaint, an explanation must be provided to the resident setting out the reasons why the matter is not suitable for the complaints process and the right to take that decision to the Ombudsman.', S002),
  '5.2': p('ho-2024', '5.2', "It is not appropriate to have extra named stages (such as 'stage 0' or 'informal complaint') as this causes unnecessary confusion.", S002),
  '5.3': p('ho-2024', '5.3', 'A process with more than two stages is not acceptable under any circumstances as this will make the complaint process unduly long and delay access to the Ombudsman.', S002),
  '5.6': p('ho-2024', '5.6', 'When a complaint is logged at Stage 1 or escalated to Stage 2, landlords must set out their understanding of the complaint and the outcomes the resident is seeking. The Code will refer to this as "the complaint definition".', S002),
  '5.7': p('ho-2024', '5.7', 'When a complaint is acknowledged at either stage, landlords must be clear which aspects of the complaint they are, and are not, responsible for and clarify any areas where this is not clear.', S002),
  '6.2': p('ho-2024', '6.2', 'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.', S002),
  '6.3': p('ho-2024', '6.3', 'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.', S002),
  '6.4': p('ho-2024', '6.4', 'Landlords must decide whether an extension to this timescale is needed … and then inform the resident of the expected timescale for response. Any extension must be no more than 10 working days without good reason, and the reason(s) must be clearly explained to the resident.', S002),
  '6.5': p('ho-2024', '6.5', 'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.', S002),
  '6.7': p('ho-2024', '6.7', `Landlords ${ADDRESS_ALL}`, S002),
  '6.18': p('ho-2024', '6.18', `Landlords ${ADDRESS_ALL}`, S002),
  '6.11': p('ho-2024', '6.11', 'Requests for stage 2 must be acknowledged, defined and logged at stage 2 of the complaints procedure within five working days of the escalation request being received.', S002),
  '6.14': p('ho-2024', '6.14', 'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.', S002),
  '6.15': p('ho-2024', '6.15', 'Landlords must decide whether an extension to this timescale is needed … Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the resident.', S002),
  '6.16': p('ho-2024', '6.16', 'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.', S002),
  scheme: p('ho-2024', 'Scheme (Oct 2022)', "Residents will no longer have to contact a designated person or wait eight weeks before referring their complaint to us if they remain dissatisfied at the end of their landlord's complaint process.", P13),
};

const joint: Table = {
  ...items(J_610, '6.10', 'details of how to escalate the matter to stage 2 if the individual is not satisfied with the response', S003, 'joint-draft-2023'),
  ...items(J_621, '6.21', 'details of how to escalate the matter to the relevant Ombudsman Service if the individual remains dissatisfied', S003, 'joint-draft-2023'),
  '2.5': p('joint-draft-2023', '2.5', 'If an organisation decides not to accept a complaint, a detailed explanation must be provided to the individual setting out the reasons why the matter is not suitable for the complaints process and the right to take that decision to the relevant Ombudsman.', S003),
  '5.2': p('joint-draft-2023', '5.2', "It is not appropriate to have extra named stages (such as 'stage 0' or 'informal complaint') as this causes unnecessary confusion.", S003),
  '5.3': p('joint-draft-2023', '5.3', 'Organisations must then set out their understanding of the complaint and the outcomes the individual is seeking. This Code will refer to this as "the complaint definition".', S003),
  '5.5': p('joint-draft-2023', '5.5', 'When defining a complaint, organisations must be clear which aspects of the complaint they are, and are not, responsible for and clarify any areas where this is not clear.', S003),
  '5.6': p('joint-draft-2023', '5.6', 'Communication with the individual must not identify individual members of staff or contractors, except in exceptional circumstances, as their actions are undertaken on behalf of the organisation.', S003),
  '6.2': p('joint-draft-2023', '6.2', 'Complaints must be acknowledged and logged at stage 1 of the complaints procedure within five working days of the complaint being received.', S003),
  '6.3': p('joint-draft-2023', '6.3', 'Organisations must issue a full response to stage 1 complaints within 10 working days of the complaint being received.', S003),
  '6.4': p('joint-draft-2023', '6.4', 'Any extension must be no more than 10 working days without good reason, and the reason(s) must be clearly explained to the individual.', S003),
  '6.5': p('joint-draft-2023', '6.5', 'When an organisation informs an individual about an extension to these timescales, they must be provided with the contact details of the relevant Ombudsman.', S003),
  '6.7': p('joint-draft-2023', '6.7', `Organisations ${ADDRESS_ALL}`, S003),
  '6.8': p('joint-draft-2023', '6.8', 'If an organisation has got something wrong it must record the complaint as being upheld, even if there are elements of the complaint it has not upheld. It is not appropriate to record a complaint as being partially upheld.', S003),
  '6.16': p('joint-draft-2023', '6.16', 'On receipt of the escalation request, organisations must set out their understanding of any outstanding issues and the outcomes the individual is seeking.', S003),
  '6.18': p('joint-draft-2023', '6.18', 'Organisations must issue a final response to the stage 2 review within 20 working days of the complaint being escalated by the individual.', S003),
  '6.19': p('joint-draft-2023', '6.19', 'Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the individual.', S003),
  '6.20': p('joint-draft-2023', '6.20', 'When an organisation informs an individual about an extension to these timescales they must be provided with the contact details of the relevant Ombudsman.', S003),
  '6.24': p('joint-draft-2023', '6.24', 'A process with more than two stages is not acceptable under any circumstances as this will make the complaint process unduly long and delay access to the relevant Ombudsman.', S003),
};

const ho2022Lead = 'Landlords must confirm the following in writing to the resident at the completion of stage one';
const ho2022: Table = {
  '5.8': p('ho-2022', '5.8', `${ho2022Lead}: the complaint stage; the decision; the reasons; any remedy; outstanding actions; how to escalate to stage two.`, P11, 'Paraphrased list; six items, no complaint definition. Stage 2 contents in the 2022 Code not confirmed: the same list is applied.'),
  '5.1': p('ho-2022', '5.1', 'Exceptionally, landlords may provide an explanation to the resident containing a clear timeframe for when the response will be received. This should not exceed a further 10 days without good reason.', P11),
  '5.9': p('ho-2022', '5.9', "…must clearly communicate in writing its reasons for not escalating as well as the resident's right to approach the Ombudsman about its decision.", P11, 'The 2022 provision on not escalating; used for refusals.'),
};

const lgscoFrom = (table: Table): Table =>
  Object.fromEntries(Object.entries(table).map(([ref, prov]) => [ref, { ...prov, ruleSet: 'lgsco-2024' as const, source: `${prov.source}; applied to the LGSCO Code`, note: LGSCO_NOTE }]));
const lgsco: Table = {
  ...lgscoFrom(ho2024),
  '6.5': p('lgsco-2024', '6.5', 'When an organisation informs an individual about an extension to these timescales, they should be provided with the details of the relevant Ombudsman.', P6),
};

/**
 * The provisions the letter checks cite, by rule set and reference.
 *
 * @example
 * letterProvisions['ho-2024']['6.9 g']?.text;
 */
export const letterProvisions: Readonly<Record<LetterRuleSetId, Readonly<Table>>> = {
  'ho-2024': ho2024,
  'joint-draft-2023': joint,
  'ho-2022': ho2022,
  'lgsco-2024': lgsco,
};

/**
 * Looks up a provision, falling back to the HO 2024 Code (marked in `note`) when a rule set has no such paragraph.
 *
 * @example
 * provisionFor('ho-2024', '6.5').ref; // '6.5'
 */
export function provisionFor(ruleSet: LetterRuleSetId, ref: string): LetterProvision {
  const own = letterProvisions[ruleSet][ref];
  if (own) return own;
  const fallback = letterProvisions['ho-2024'][ref];
  if (!fallback) throw new Error(`No provision ${ref} in rule set ${ruleSet}.`);
  return { ...fallback, note: `${ruleSet} has no confirmed equivalent; the Housing Ombudsman Code 2024 provision is shown.` };
}
