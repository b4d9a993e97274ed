import type { ElementId } from './types.js';

/**
 * Plain-English messages for each element, when found and when missing. The missing message says what to add.
 *
 * @example
 * elementMessages.remedy.missing;
 */
export const elementMessages: Readonly<Record<ElementId, { readonly present: string; readonly missing: string; readonly title: string }>> = {
  stage: { title: 'Complaint stage', present: 'Says which stage of the complaints process this is.', missing: 'Say which stage this response is (for example "This is our stage 1 response"). Mentioning the next stage is not enough.' },
  definition: { title: 'Complaint definition', present: 'Sets out what the complaint is about.', missing: 'Set out your understanding of the complaint: what it is about and what the resident wants.' },
  decision: { title: 'Decision', present: 'Gives the decision on the complaint.', missing: 'Give the decision on the complaint: upheld or not upheld.' },
  reasons: { title: 'Reasons', present: 'Gives reasons.', missing: 'Explain the reasons for the decision.' },
  remedy: { title: 'Remedy', present: 'Sets out the remedy, or says no remedy is offered.', missing: 'Set out any remedy offered to put things right, what will happen and by when, or say that no remedy is offered.' },
  'outstanding-actions': { title: 'Outstanding actions', present: 'Sets out outstanding actions, or says there are none.', missing: 'List any outstanding actions with dates, or say that there are no outstanding actions.' },
  escalation: { title: 'How to escalate', present: 'Explains how to escalate.', missing: 'Explain how to escalate the complaint if the resident is not satisfied.' },
  reason: { title: 'Reason for the extension', present: 'Explains why more time is needed.', missing: 'Explain clearly why you need more time.' },
  'new-deadline': { title: 'New response date', present: 'Gives the new date for the response.', missing: 'Give the new date (or timescale) by which the resident will get the response.' },
  'ombudsman-contact': { title: "Ombudsman's contact details", present: "Gives the Ombudsman's contact details.", missing: "Give the Ombudsman's contact details (phone, email, website or address), not just its name." },
  'outcomes-sought': { title: 'Outcomes sought', present: 'Says what the resident wants to happen.', missing: 'Say what outcome the resident is seeking.' },
  'response-deadline': { title: 'When the response is due', present: 'Says when the response will be sent.', missing: 'Good practice: say when the resident will get the full response.' },
  'responsibility-scope': { title: 'What we are and are not responsible for', present: 'Says which aspects the landlord is, or is not, responsible for.', missing: 'Say which parts of the complaint you are responsible for and which you are not (or that all of it is yours to answer).' },
  'ombudsman-right': { title: 'Right to go to the Ombudsman', present: 'Explains the right to take the decision to the Ombudsman.', missing: 'Explain the resident\'s right to take this decision to the Ombudsman, with its contact details.' },
};
