/**
 * @module extension/content/on-demand/parts
 *
 * What the overlay loads only after an officer's click (entrypoints/crm-on-demand.ts): the forms
 * of the timeline (correct a fact, record an extension, record evidence), the letter forms of the
 * checklist, and "Point at the editor". Kept out of the content script every CRM frame loads.
 */
import { CorrectionForm } from '../../ui/CorrectionForm.js';
import { EvidenceForms } from '../../ui/evidence/EvidenceForms.js';
import { ExtensionNoticeForm } from '../../ui/extension-notice/ExtensionNoticeForm.js';
import { AcknowledgementForm, EscalationRefusalForm, RefusalForm } from '../../ui/extension-notice/SimpleLetterForms.js';
import { RecordExtensionForm } from '../../ui/RecordExtensionForm.js';
import { pickEditor } from '../picker/pick-editor.js';

/**
 * @example
 * handover().register(onDemandParts); // in the on-demand script
 */
export const onDemandParts = {
  CorrectionForm,
  RecordExtensionForm,
  EvidenceForms,
  ExtensionNoticeForm,
  AcknowledgementForm,
  RefusalForm,
  EscalationRefusalForm,
  pickEditor,
};

/** The on-demand parts, as the content script receives them. */
export type OnDemandParts = typeof onDemandParts;
