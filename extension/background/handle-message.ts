/**
 * @module extension/background/handle-message
 *
 * The background's one entrance for messages: parse with zod, check the sender, dispatch to the
 * handler for that `type`, and wrap the outcome in a `Reply`. Nothing here keeps state in memory:
 * the service worker may be stopped between any two messages.
 */
import {
  ExtensionRequest,
  checkHarvestedRows,
  describeInvalid,
  findAdapterFor,
  findListAdapterFor,
  type CrmAdapter,
  type ExtensionRequestType,
  type ExtensionResponses,
  type Reply,
  type Settings,
  type TrackedCase,
} from '@complaint-code/shared';
import { buildCaseView, type ComplaintDb, correctFact, harvestCases, recordEvidence, recordExtension, recordSeen } from '../data/index.js';
import { checkCaseDraft, proposeCaseExtension, writeCaseLetter } from './drafts.js';
import { buildEvidencePack, keepLetter } from './evidence-pack.js';
import { withAdapterEditor } from './set-adapter-editor.js';

/** What the handlers need from the outside world; tests pass fakes. */
export interface MessageDeps {
  runtimeId: string;
  db: () => ComplaintDb;
  settings: () => Promise<Settings>;
  builtinAdapters: readonly CrmAdapter[];
  isGrantedOrigin: (origin: string) => Promise<boolean>;
  today: () => Promise<string>;
  now: () => Date;
  /** Called after cases were added or changed (the side panel's badge is refreshed from it). */
  onCasesChanged?: () => void;
  /** One frame a tab shows a case (see case-frames.ts). */
  claimCase?: (claim: { tabId: number; frameId: number; caseId: string }) => Promise<boolean>;
  /**
   * Change the officer's own stored settings ("Point at the editor"): `change` gets them as stored,
   * never merged with the organisation's policy, so a policy value is never written back as the officer's.
   */
  saveSettings?: (change: (own: Settings) => Settings) => Promise<void>;
  /** Run the overlay's on-demand script in one frame (see background/load-on-demand.ts). */
  loadOnDemand?: (frame: { tabId: number; frameId: number }) => Promise<void>;
}

/** The sender fields we rely on (a subset of `runtime.MessageSender`). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** The checked origin of the content script that sent a request, and its tab and frame. */
interface Origin {
  origin: string;
  tabId?: number;
  frameId?: number;
}

type Handlers = {
  [K in ExtensionRequestType]: (
    request: Extract<ExtensionRequest, { type: K }>,
    from: Origin,
  ) => Promise<ExtensionResponses[K]>;
};

function createHandlers(deps: MessageDeps): Handlers {
  const sameOrigin = (url: string, from: Origin) => {
    if (new URL(url).origin !== from.origin) throw new Error('The page URL does not match the sending tab');
  };
  const sameOriginCase = (caseId: string, from: Origin) => {
    if (!caseId.startsWith(`${from.origin}|`)) throw new Error('That case belongs to another CRM origin');
  };
  const view = async (tracked: TrackedCase) => buildCaseView(tracked, await deps.settings(), await deps.today());
  return {
    async 'page/context'(request, from) {
      sameOrigin(request.url, from);
      const settings = await deps.settings();
      const adapters = [...settings.adapters, ...deps.builtinAdapters];
      const url = new URL(request.url);
      return { adapter: findAdapterFor(url, adapters) ?? null, listAdapter: findListAdapterFor(url, adapters) ?? null };
    },
    async 'cases/harvested'(request, from) {
      sameOrigin(request.url, from);
      // One bad row (an over-long link, an impossible date) is refused alone; the page's other rows are kept.
      const { rows, rejected, firstProblem } = checkHarvestedRows(request.rows);
      for (const row of rows) sameOrigin(row.url, from);
      const outcome = await harvestCases(deps.db(), { origin: from.origin, adapterId: request.adapterId, rows, now: deps.now() });
      if (outcome.added + outcome.updated > 0) deps.onCasesChanged?.();
      if (rejected === 0) return outcome;
      console.warn(`Complaint Code: ${rejected} list row(s) not stored, e.g. ${firstProblem ?? ''}`);
      return { ...outcome, rejected };
    },
    async 'case/seen'(request, from) {
      sameOrigin(request.url, from);
      const { url, adapterId, facts } = request;
      return view(await recordSeen(deps.db(), { origin: from.origin, url, adapterId, facts, now: deps.now() }));
    },
    async 'case/correct'(request, from) {
      sameOriginCase(request.caseId, from);
      const { caseId, fact, value } = request;
      return view(await correctFact(deps.db(), { caseId, fact, value, now: deps.now() }));
    },
    async 'case/extend'(request, from) {
      sameOriginCase(request.caseId, from);
      const { caseId, extension } = request;
      return view(await recordExtension(deps.db(), { caseId, extension, now: deps.now() }));
    },
    async 'case/evidence'(request, from) {
      sameOriginCase(request.caseId, from);
      const { caseId, evidence } = request;
      return view(await recordEvidence(deps.db(), { caseId, evidence, now: deps.now() }));
    },
    async 'case/evidence-pack'(request, from) {
      sameOriginCase(request.caseId, from);
      return buildEvidencePack(deps.db(), await deps.settings(), await deps.today(), request.caseId);
    },
    async 'draft/check'(request, from) {
      if (request.caseId) sameOriginCase(request.caseId, from);
      const { caseId, draft, kind } = request;
      return checkCaseDraft({ db: deps.db(), settings: await deps.settings(), today: await deps.today(), draft, ...(caseId ? { caseId } : {}), ...(kind ? { kind } : {}) });
    },
    async 'letter/propose-extension'(request, from) {
      sameOriginCase(request.caseId, from);
      const { type: _type, ...rest } = request;
      return proposeCaseExtension({ db: deps.db(), settings: await deps.settings(), today: await deps.today(), ...rest });
    },
    async 'frame/claim-case'(request, from) {
      sameOriginCase(request.caseId, from);
      if (from.tabId === undefined || from.frameId === undefined || !deps.claimCase) return { owner: true };
      return { owner: await deps.claimCase({ tabId: from.tabId, frameId: from.frameId, caseId: request.caseId }) };
    },
    async 'adapter/set-editor'(request, from) {
      sameOrigin(request.url, from);
      if (!deps.saveSettings) throw new Error('Settings cannot be saved here');
      const settings = await deps.settings();
      // Only the adapter this very page uses: a page cannot rewrite another CRM's adapter.
      const adapter = findAdapterFor(new URL(request.url), [...settings.adapters, ...deps.builtinAdapters]);
      if (adapter?.id !== request.adapterId) throw new Error('That adapter is not the one this page uses');
      let copied = false;
      await deps.saveSettings((own) => {
        if (!own.adapters.some((mine) => mine.id === request.adapterId) && settings.adapters.some((set) => set.id === request.adapterId) && !deps.builtinAdapters.some((builtin) => builtin.id === request.adapterId)) {
          throw new Error('That adapter is set by your organisation: ask your IT team to change its reply editor.');
        }
        const changed = withAdapterEditor(own, deps.builtinAdapters, request.adapterId, request.editor);
        copied = changed.copied;
        return changed.settings;
      });
      return { adapterId: request.adapterId, copied };
    },
    async 'frame/load-on-demand'(_request, from) {
      // Only into the very frame that asked (already a granted CRM origin), and only our own file.
      if (from.tabId === undefined || from.frameId === undefined || !deps.loadOnDemand) throw new Error('The forms cannot be loaded here');
      await deps.loadOnDemand({ tabId: from.tabId, frameId: from.frameId });
      return { loaded: true };
    },
    async 'letter/write'(request, from) {
      sameOriginCase(request.caseId, from);
      const settings = await deps.settings();
      const today = await deps.today();
      const written = await writeCaseLetter({ db: deps.db(), settings, today, caseId: request.caseId, letter: request.letter });
      // Kept only with the officer's consent (a setting, off by default): the letter holds personal data.
      if (settings.keepLetters) await keepLetter(deps.db(), { caseId: request.caseId, kind: request.letter.kind, writtenOn: today, text: written.text, now: deps.now() });
      return written;
    },
  };
}

/**
 * Build the message handler. It answers every message with a `Reply`, never throws.
 *
 * WARNING: content scripts run beside page code; a compromised renderer can send anything. So a
 * request is handled only when it parses, comes from this extension, and comes from a tab whose
 * origin the user granted; and it may only touch cases of that same origin.
 *
 * @example
 * const handle = createMessageHandler(deps);
 * browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
 *   void handle(message, sender).then(sendResponse);
 *   return true;
 * });
 */
export function createMessageHandler(deps: MessageDeps): (message: unknown, sender: Sender) => Promise<Reply<unknown>> {
  const handlers = createHandlers(deps);
  return async (message, sender) => {
    if (sender.id !== deps.runtimeId) return { ok: false, error: 'Messages are accepted only from this extension' };
    const parsed = ExtensionRequest.safeParse(message);
    if (!parsed.success) return { ok: false, error: describeInvalid(parsed.error) };
    const senderUrl = sender.tab ? (sender.url ?? sender.tab.url) : undefined;
    if (!senderUrl) return { ok: false, error: `${parsed.data.type} is accepted only from a CRM tab` };
    let origin: string;
    try {
      origin = new URL(senderUrl).origin;
    } catch {
      return { ok: false, error: 'The sending tab has no valid URL' };
    }
    if (!(await deps.isGrantedOrigin(origin))) return { ok: false, error: `${origin} is not a CRM origin you added` };
    try {
      const handler = handlers[parsed.data.type] as (request: ExtensionRequest, from: Origin) => Promise<unknown>;
      const from: Origin = { origin, ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }), ...(sender.frameId === undefined ? {} : { frameId: sender.frameId }) };
      return { ok: true, data: await handler(parsed.data, from) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
