/**
 * @module extension/background/case-frames
 *
 * One case per tab is shown once, however many frames of the tab read it (a CRM page and its
 * `iframe#gsft_main`, a record and its preview pane). The first frame to claim a case in a tab
 * owns it; another frame takes over only when the owner no longer shows that case (it navigated,
 * closed, or moved to another case). Coordinated here, by tab and frame id from the message sender,
 * never through `postMessage` the page could see or fake.
 *
 * The owners live in `storage.session`-like storage passed in: the service worker may stop between
 * two claims, and a tab's owner must survive that.
 */

/** The frame that shows a case in one tab. */
export interface FrameOwner {
  frameId: number;
  caseId: string;
}

/** Where owners are kept (the background passes `browser.storage.session`; tests pass a Map). */
export interface FrameOwnerStore {
  get(tabId: number): Promise<FrameOwner | undefined>;
  set(tabId: number, owner: FrameOwner): Promise<void>;
}

export interface ClaimDeps {
  store: FrameOwnerStore;
  /** Ask one frame whether it still shows `caseId`; `false` when it does not answer. */
  stillShows(tabId: number, frameId: number, caseId: string): Promise<boolean>;
}

/**
 * @example
 * await claimCase({ tabId: 7, frameId: 0, caseId: 'https://crm.example|CMP-1' }, deps); //=> true
 */
export async function claimCase(claim: { tabId: number; frameId: number; caseId: string }, deps: ClaimDeps): Promise<boolean> {
  const { tabId, frameId, caseId } = claim;
  const current = await deps.store.get(tabId);
  if (current && current.frameId !== frameId && (await deps.stillShows(tabId, current.frameId, current.caseId))) {
    // Another frame shows a case in this tab: the same one, or (a page that shows two) the first one.
    return false;
  }
  await deps.store.set(tabId, { frameId, caseId });
  return true;
}

/**
 * {@link claimCase}, one claim at a time: two frames of a tab that read the case at the same moment
 * must not both find "no owner yet" (the store is read and written asynchronously).
 *
 * @example
 * const claim = serialClaims(deps);
 * await Promise.all([claim(top), claim(frame)]); //=> [true, false]
 */
export function serialClaims(deps: ClaimDeps): (claim: { tabId: number; frameId: number; caseId: string }) => Promise<boolean> {
  let queue: Promise<unknown> = Promise.resolve();
  return (claim) => {
    const result = queue.then(() => claimCase(claim, deps));
    queue = result.catch(() => undefined);
    return result;
  };
}

/** A {@link FrameOwnerStore} over a `storage.session`-like area, one key a tab. */
export function sessionOwnerStore(area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }): FrameOwnerStore {
  const key = (tabId: number) => `frame-owner:${tabId}`;
  return {
    async get(tabId) {
      const value = (await area.get(key(tabId)))[key(tabId)] as Partial<FrameOwner> | undefined;
      return typeof value?.frameId === 'number' && typeof value.caseId === 'string' ? { frameId: value.frameId, caseId: value.caseId } : undefined;
    },
    set: (tabId, owner) => area.set({ [key(tabId)]: owner }),
  };
}
