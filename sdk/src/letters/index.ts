export { checkDraft, CheckDraftInput, DRAFT_LIMITS, type CheckResult, type ElementFinding } from './check-draft.js';
export type { CautionFinding } from './find-cautions.js';
export { detectKind, type KindDetection } from './detect-kind.js';
export { htmlToText, type PlainText } from './html-to-text.js';
export { LetterContext, letterDate } from './context.js';
export { LandlordPhrases } from './compiled-rules.js';
export { plainLanguageAdvice, jargon, LONG_SENTENCE_WORDS, type PlainLanguageAdvice } from './plain-language.js';
export { elementMessages } from './messages.js';
export { suggestElement, suggestCaution, ombudsmanSentence } from './suggestions.js';
export {
  OmbudsmanContacts, housingOmbudsman, localGovernmentOmbudsman, ombudsmanContacts, contactLines, type OmbudsmanId,
} from './ombudsman-contacts.js';
export { elementRules, type ElementRule } from './rules/elements.js';
export { cautionRules, staffRoleWords, contractorSuffixes, type CautionRule } from './rules/cautions.js';
export { kindClues, type KindClue } from './rules/kinds.js';
export { letterProvisions, provisionFor } from './rules/provisions.js';
export { requirementsFor, cautionPolicy, type Requirement, type CautionPolicy } from './rules/requirements.js';
export { PATTERN_MACROS } from './rules/macros.js';
export {
  LetterKind, LetterRuleSetId, type ElementId, type CautionId, type AdviceId, type LetterProvision, type Evidence, type Suggestion,
} from './types.js';
// Deadline logic, kept here too so `letters` users still find it.
export { proposeExtension, ProposeExtensionInput, type ExtensionProposal } from '../timeline/proposeExtension.js';
export { writeExtensionNotice, ExtensionNoticeInput } from './notices/extension-notice.js';
export { writeAcknowledgement, AcknowledgementInput } from './notices/acknowledgement.js';
export { writeRefusal, RefusalInput } from './notices/refusal.js';
export { writeEscalationRefusal, EscalationRefusalInput } from './notices/escalation-refusal.js';
export { renderNotice, escapeHtml, InvalidNoticeError, type Notice, type Block } from './notices/render.js';
export { NoticeBase } from './notices/common.js';
