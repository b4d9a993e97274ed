/**
 * @module @complaint-code/shared/messages
 *
 * The one message protocol between the content script, the extension pages and the background.
 * Every message is a member of a zod discriminated union on `type`; receivers parse with
 * {@link ExtensionRequest} / {@link ContentRequest} before acting, so nothing unlisted is ever handled.
 * Replies travel in a {@link Reply} envelope, so an error arrives as words, not as a lost promise.
 */
import { IsoDate, type Timeline } from '@complaint-code/sdk';
import { z } from 'zod';
import { CaseFactName, CrmAdapter, type FieldLocator } from './adapter.js';
import { EditorLocator } from './adapter-editor.js';
import { CaseEvidence, CaseFacts, CorrectableFact, RecordedExtension, type TrackedCase } from './case.js';
import type { FieldProblem } from './fact-names.js';
import { CasesHarvested, type HarvestOutcome } from './panel.js';
import { DraftCheckRequest, ProposeExtensionRequest, WriteLetterRequest, type DraftCheck, type ExtensionProposalView, type WrittenLetter } from './draft-messages.js';

const PageUrl = z.url({ protocol: /^https?$/ }).max(2000);
const CaseId = z.string().min(1).max(2300);

/**
 * Requests handled by the background service worker.
 *
 * - `page/context`: content script → which adapter matches this URL.
 * - `case/seen`: content script → store the facts read from a case page; replies with its {@link CaseView}.
 * - `case/correct`: content script → set (or clear, with `null`) a fact the CRM lacks.
 * - `case/extend`: content script → record a notified extension of a deadline.
 * - `case/evidence`: content script → record evidence for the case (outcomes, category, remedies, refusals, updates).
 *
 * @example
 * ExtensionRequest.parse({ type: 'page/context', url: 'https://crm.example/cases/1' });
 */
export const ExtensionRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/context'), url: PageUrl }),
  z.strictObject({ type: z.literal('case/seen'), url: PageUrl, adapterId: z.string().min(1), facts: CaseFacts }),
  z.strictObject({
    type: z.literal('case/correct'),
    caseId: CaseId,
    fact: CorrectableFact,
    value: z.nullable(IsoDate),
  }),
  z.strictObject({ type: z.literal('case/extend'), caseId: CaseId, extension: RecordedExtension }),
  // countdown → record evidence (outcome, category, remedies, refusals, keeping informed): each key given replaces the stored one
  z.strictObject({ type: z.literal('case/evidence'), caseId: CaseId, evidence: CaseEvidence }),
  // countdown → the case evidence pack (printable HTML) for the Ombudsman
  z.strictObject({ type: z.literal('case/evidence-pack'), caseId: CaseId }),
  // draft checklist and letter writers (see draft-messages.ts)
  DraftCheckRequest,
  ProposeExtensionRequest,
  WriteLetterRequest,
  // content script on a CRM list page → add or update every row's complaint (see panel.ts)
  CasesHarvested,
  // a frame that shows a case's facts asks to be the one frame of its tab that shows it
  z.strictObject({ type: z.literal('frame/claim-case'), caseId: CaseId }),
  // "Point at the editor" in the overlay: set the reply editor of the adapter this page uses
  z.strictObject({ type: z.literal('adapter/set-editor'), url: PageUrl, adapterId: z.string().min(1).max(63), editor: EditorLocator }),
  // after the officer's click (a form, "Point at the editor"): put the on-demand part of the overlay in the sending frame
  z.strictObject({ type: z.literal('frame/load-on-demand') }),
]);
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;
export type ExtensionRequestType = ExtensionRequest['type'];

/** What the background knows about the page a content script is on. */
export interface PageContext {
  /** The adapter whose case page matches the URL, if any (the user's adapters win over built-in ones). */
  adapter: CrmAdapter | null;
  /** The adapter describing this URL as a list (queue) page, if any: its rows feed the side panel. */
  listAdapter?: CrmAdapter | null;
}

/**
 * A case as the overlay shows it. The background works out the timeline (so the SDK, its holiday
 * data and zod stay out of the content script), with the settings and "today" it owns.
 */
export interface CaseView {
  case: TrackedCase;
  /** `null` when the facts are not enough for a deadline; `problems` then says why. */
  timeline: Timeline | null;
  problems: FieldProblem[];
  /** The date the states were worked out for (Europe/London). */
  today: string;
  /** The rule set's title, e.g. "Housing Ombudsman Complaint Handling Code (2024)". */
  ruleSetTitle: string | null;
  /** The landlord's complaint categories (settings, else the SDK's default list). */
  categories?: readonly string[];
}

/** The reply data for each background request. */
export interface ExtensionResponses {
  'page/context': PageContext;
  'case/seen': CaseView;
  'case/correct': CaseView;
  'case/extend': CaseView;
  'case/evidence': CaseView;
  /** The case evidence pack as a printable HTML document, and a file name for it. */
  'case/evidence-pack': { fileName: string; html: string };
  'draft/check': DraftCheck;
  'letter/propose-extension': ExtensionProposalView;
  'letter/write': WrittenLetter;
  'cases/harvested': HarvestOutcome;
  /** `true`: this frame shows the case; `false`: another frame of the tab already does. */
  'frame/claim-case': { owner: boolean };
  /** `copied`: the adapter was built in, so a copy of it with this editor was added to the user's adapters. */
  'adapter/set-editor': { adapterId: string; copied: boolean };
  /** The on-demand script ran in the sending frame (it hands itself to the content script there). */
  'frame/load-on-demand': { loaded: true };
}

/**
 * Requests an extension page (the options page) sends to a content script in a CRM tab.
 *
 * - `picker/pick`: let the officer click the element showing `field`; replies with a locator, or
 *   `null` when they press Esc.
 * - `picker/test`: read the page with `adapter` (not saved yet) and highlight what each field
 *   found; replies with an {@link AdapterTestReport}.
 */
export const ContentRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('picker/pick'), field: z.union([CaseFactName, z.literal('header')]) }),
  // background → one frame: do you still show this case? (see `frame/claim-case`)
  z.strictObject({ type: z.literal('frame/owns-case'), caseId: CaseId }),
  z.strictObject({ type: z.literal('picker/test'), adapter: CrmAdapter }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** The reply data for each content-script request. */
export interface ContentResponses {
  'picker/pick': FieldLocator | null;
  'frame/owns-case': boolean;
  'picker/test': AdapterTestReport;
}

/** What "Test on this page" found for one field. */
export interface AdapterFieldTest {
  /** `header`, `editor` or a fact name. */
  field: string;
  /** Plain name of the field. */
  name: string;
  /** The text read from the page, when the element was found. */
  read?: string;
  /** What the reader made of it (a date, a stage, the text kept by a pattern). */
  parsed?: string;
  /** What went wrong, in the overlay's words. */
  problem?: string;
}

/** "Test on this page": every configured field and the reply editor, as read from the CRM tab. */
export interface AdapterTestReport {
  url: string;
  /** Is this address a case page for the adapter? */
  isCasePage: boolean;
  fields: AdapterFieldTest[];
  editor: { configured: boolean; found: boolean; detail: string };
}

/** A reply envelope: data, or a sentence saying what went wrong. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Turn a zod error into one readable line for a {@link Reply}.
 *
 * @example
 * describeInvalid(result.error); //=> 'Invalid message: fact: Invalid option: expected one of …'
 */
export function describeInvalid(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Invalid message';
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return `Invalid message: ${where}${first.message}`;
}
