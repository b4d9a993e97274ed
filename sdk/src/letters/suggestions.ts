import type { LetterContext } from './context.js';
import { letterDate } from './context.js';
import { contactLines, ombudsmanContacts } from './ombudsman-contacts.js';
import type { CautionId, ElementId, LetterKind, Suggestion } from './types.js';

/** Fills a sentence: each value given or a bracketed prompt, remembering which were missing. */
class Filler {
  readonly missing: string[] = [];
  value(field: string, value: string | undefined, prompt: string): string {
    if (value) return value;
    if (!this.missing.includes(field)) this.missing.push(field);
    return `[${prompt}]`;
  }
  date(field: string, value: string | undefined): string {
    return this.value(field, value ? letterDate(value) : undefined, 'date');
  }
  done(sentence: string): Suggestion {
    return { sentence, missing: this.missing };
  }
}

/**
 * The Ombudsman's name and contact details as one sentence, from the context (Housing Ombudsman by default).
 *
 * @example
 * ombudsmanSentence({}); // 'Housing Ombudsman Service: Phone: 0300 111 3000; Email: …'
 */
export function ombudsmanSentence(context: LetterContext): string {
  const contacts = ombudsmanContacts(context.ombudsman ?? 'housing', context.contacts);
  return `${contacts.name}: ${contactLines(contacts).join('; ')}.`;
}

/**
 * A sentence to insert for a missing element, filled from the context. Never contains `{placeholders}`;
 * what the officer must still write is in square brackets, and `missing` names the context fields not given.
 *
 * @example
 * suggestElement('new-deadline', 'extension-notice', { newDueOn: '2027-01-27' }).sentence;
 * // 'We will now send you our full response by Wednesday 27 January 2027.'
 */
export function suggestElement(id: ElementId, kind: LetterKind, context: LetterContext): Suggestion {
  const f = new Filler();
  const us = context.landlord ?? 'we';
  const stage = kind === 'stage2-response' ? 2 : kind === 'stage1-response' ? 1 : (context.stage ?? 1);
  const ref = context.reference ? ` (reference ${context.reference})` : '';
  switch (id) {
    case 'stage':
      return f.done(`This is our stage ${stage} response to your complaint${ref}.`);
    case 'definition':
      return f.done(`We understand your complaint${ref} to be about ${f.value('summary', undefined, 'what the complaint is about')}.`);
    case 'outcomes-sought':
      return f.done(`You have told us that, to put things right, you would like ${f.value('outcomes', undefined, 'the outcome you are seeking')}.`);
    case 'decision':
      return f.done(`We have ${f.value('decision', undefined, 'upheld / not upheld')} your complaint.`);
    case 'reasons':
      return kind === 'refusal'
        ? f.done(`We cannot take this forward as a complaint because ${f.value('reasons', undefined, 'the reason it is not suitable for the complaints process')}.`)
        : f.done(`We reached this decision because ${f.value('reasons', undefined, 'your reasons')}.`);
    case 'remedy':
      return f.done(`To put things right, we will ${f.value('remedy', undefined, 'remedy')} by ${f.date('remedyDueOn', undefined)}. (If there is no remedy, say so: "No remedy is offered because …")`);
    case 'outstanding-actions':
      return f.done(`We will ${f.value('actions', undefined, 'outstanding action')} by ${f.date('actionDueOn', undefined)}. (If there is nothing left to do, write: "There are no outstanding actions.")`);
    case 'escalation':
      return stage === 2
        ? f.done(`This is our final response. If you remain dissatisfied, you can refer your complaint to the ${ombudsmanSentence(context)}`)
        : f.done(`If you are not satisfied with this response, you can ask ${us === 'we' ? 'us' : us} to escalate your complaint to stage 2 by replying to this letter${ref}. You do not have to give a reason.`);
    case 'reason':
      return f.done(`We need more time to respond because ${f.value('reason', undefined, 'the reason for the extension')}.`);
    case 'new-deadline':
      return f.done(`We will now send you our full response by ${f.date('newDueOn', context.newDueOn)}.`);
    case 'response-deadline':
      return f.done(`We will send you our full response by ${f.date('responseDueOn', context.responseDueOn)}.`);
    case 'ombudsman-contact':
      return f.done(`If you are unhappy with this delay, you can contact the ${ombudsmanSentence(context)}`);
    case 'ombudsman-right':
      return f.done(`If you disagree with our decision not to accept your complaint, you have the right to ask the ${ombudsmanSentence(context)}`);
    case 'responsibility-scope':
      return f.done(`We will look at ${f.value('inScope', undefined, 'the parts of the complaint we are responsible for')}. ${f.value('outOfScope', undefined, 'Any part we are not responsible for')} is not our responsibility, so we will not look at it as part of this complaint.`);
  }
}

/**
 * A sentence that replaces what a caution flagged.
 *
 * @example
 * suggestCaution('partially-upheld', {}).sentence;
 */
export function suggestCaution(id: CautionId, context: LetterContext): Suggestion {
  const f = new Filler();
  switch (id) {
    case 'partially-upheld':
      return f.done('We have upheld your complaint, because we got some things wrong, although we have not upheld every part of it.');
    case 'names-staff':
      return f.done('Refer to the role, not the person: for example "our surveyor" or "our contractor".');
    case 'informal-stage':
      return f.done('Your complaint has been logged at stage 1 of our complaints process.');
    case 'third-stage':
      return f.done(`This is our final response. If you remain dissatisfied, you can refer your complaint to the ${ombudsmanSentence(context)}`);
    case 'obsolete-ombudsman-route':
      return f.done(`You can contact the ${ombudsmanSentence(context)} You do not need to go through a designated person or wait eight weeks.`);
    case 'outdated-ombudsman-contact':
      return f.done(`The current contact details are: ${ombudsmanSentence(context)}`);
  }
}
