// Journey: a hostile CRM page. The page's own script (main world, loaded before ours) tries to read
// our overlay, to drive its controls with synthetic events, to replay our start-up messages, to
// switch the case under the overlay and read that case's stored correction, and to choose what
// "Pick on page" picks. It must find nothing and change nothing; storage is checked through the
// service worker.
//
// The main journey loads the shipped build (`pnpm build`: closed shadow roots, no test hooks), with
// only the demo CRM origin granted in a copy of its manifest. The second loads the e2e build, whose
// roots are open (a test hook), to prove the second wall: even a page that reaches our buttons
// cannot write with them, because every write needs a trusted click or key press.
import type { Page, Worker } from '@playwright/test';
import { demoCrmUrl, expect, test } from '../fixtures.js';
import { checklist } from '../pages/checklist.js';
import { demoCrm } from '../pages/crm.js';
import { overlay } from '../pages/overlay.js';

/** The bit of the extension API the picker journey calls in the service worker. */
declare const chrome: {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
};

/** Case A is open in the tab; case B is another case with an officer's correction stored. */
const caseA = 'HC-2026-0412';
const caseB = 'HC-2026-0463';
const caseId = (reference: string) => `${demoCrmUrl}|${reference}`;
/** B's stored correction, as the overlay would print it. */
const correctionOnB = { fact: 'stage1AcknowledgedOn', value: '2026-11-06', shown: '6 Nov 2026' };

interface StoredCase {
  id: string;
  corrections: Record<string, unknown>;
  lastSeenAt: string;
}
interface Stored {
  cases: StoredCase[];
  audit: { caseId: string; type: string }[];
}

/** Everything in the extension's IndexedDB, read in the service worker. */
function stored(worker: Worker): Promise<Stored> {
  return worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((info) => info.name === 'complaint-code')) return { cases: [], audit: [] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('complaint-code');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const all = <T,>(name: string) =>
      new Promise<T[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(name)) return resolve([]);
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    const result = { cases: await all<StoredCase>('cases'), audit: await all<{ caseId: string; type: string }>('audit') };
    db.close();
    return result;
  });
}

/** What the officer made: every case's corrections and the audit of their own actions. */
async function officerData(worker: Worker) {
  const { cases, audit } = await stored(worker);
  return {
    corrections: Object.fromEntries(cases.map((tracked) => [tracked.id, tracked.corrections])),
    actions: audit.filter((event) => event.type === 'fact-corrected' || event.type === 'extension-recorded'),
  };
}

async function lastSeen(worker: Worker, reference: string): Promise<string | undefined> {
  return (await stored(worker)).cases.find((tracked) => tracked.id === caseId(reference))?.lastSeenAt;
}

/** Store a correction on a case as the officer did earlier (straight into IndexedDB, in the worker). */
async function correctInStorage(worker: Worker, id: string, fact: string, value: string): Promise<void> {
  await worker.evaluate(
    async ({ id, fact, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('complaint-code');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const store = db.transaction('cases', 'readwrite').objectStore('cases');
        const get = store.get(id);
        get.onsuccess = () => {
          const tracked = get.result as { corrections: Record<string, string> };
          tracked.corrections = { ...tracked.corrections, [fact]: value };
          const put = store.put(tracked);
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error ?? new Error('put failed'));
        };
        get.onerror = () => reject(get.error ?? new Error('get failed'));
      });
      db.close();
    },
    { id, fact, value },
  );
}

/** The page's script, in the main world before any of ours: it records what it can catch. */
async function plantAttacker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const loot = { messages: [] as string[], roots: [] as ShadowRoot[] };
    Object.assign(window, { loot });
    addEventListener('message', (event) => loot.messages.push(JSON.stringify(event.data)));
    // Patch attachShadow to keep every root made, closed or not.
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      loot.roots.push(root);
      return root;
    };
  });
}

/** Everything the page can learn of our UI by reading: what it finds of `words`. */
function pageReads(page: Page, words: string[]) {
  return page.evaluate((words) => {
    const loot = (window as unknown as { loot: { messages: string[]; roots: ShadowRoot[] } }).loot;
    const hosts = [...document.querySelectorAll('complaint-code-countdown, complaint-code-checklist, complaint-code-picker')];
    // Selections reach into closed roots: select everything, and find each word then extend the selection.
    const selection = getSelection();
    const selected: string[] = [];
    if (selection) {
      selection.selectAllChildren(document.body);
      selected.push(String(selection));
      for (const word of words) {
        selection.removeAllRanges();
        if (!(window as unknown as { find(text: string): boolean }).find(word)) continue;
        selection.modify('move', 'backward', 'line');
        for (let i = 0; i < 4; i += 1) selection.modify('extend', 'forward', 'line');
        selected.push(String(selection));
      }
      selection.removeAllRanges();
    }
    const texts = [
      ...selected,
      ...hosts.map((host) => host.shadowRoot?.innerHTML ?? ''),
      ...hosts.map((host) => (host as Element & { getHTML?: (o: object) => string }).getHTML?.({ serializableShadowRoots: true }) ?? ''),
      ...loot.roots.filter((root) => root.host.localName.startsWith('complaint-code')).map((root) => root.innerHTML),
      document.body.innerText,
      document.documentElement.outerHTML,
    ].join('\n');
    return {
      hosts: hosts.map((host) => host.localName),
      openRoots: hosts.filter((host) => host.shadowRoot !== null).length,
      stolenRoots: loot.roots.filter((root) => root.host.localName.startsWith('complaint-code')).length,
      found: words.filter((word) => texts.includes(word)),
    };
  }, words);
}

test.describe('the shipped build on a hostile page', () => {
  test.use({ build: 'production' });

  test('the page finds nothing, cannot drive the overlay or switch it off, and changes nothing', async ({ page, serviceWorker, extensionId }) => {
    await plantAttacker(page);
    // Earlier: the officer looked at case B and corrected it.
    await demoCrm(page).classicCase(caseB);
    await expect.poll(() => lastSeen(serviceWorker, caseB)).toBeTruthy();
    await correctInStorage(serviceWorker, caseId(caseB), correctionOnB.fact, correctionOnB.value);

    // Now case A is open; the overlay is up (seen in storage: the page cannot see into it).
    await demoCrm(page).classicCase(caseA);
    await expect.poll(() => lastSeen(serviceWorker, caseA)).toBeTruthy();
    const countdown = page.locator('complaint-code-countdown');
    await expect(countdown).toHaveCount(1);
    await expect(page.locator('complaint-code-checklist')).toHaveCount(1);
    const before = await officerData(serviceWorker);
    expect(before.corrections[caseId(caseB)]).toEqual({ [correctionOnB.fact]: correctionOnB.value });

    // 1. Our start-up said nothing to the page (WXT's postMessage carried the extension id).
    const messages = await page.evaluate(() => (window as unknown as { loot: { messages: string[] } }).loot.messages);
    expect.soft(messages.filter((message) => message.includes(extensionId) || message.includes('content-script-started'))).toEqual([]);

    // 2. Reading our UI: closed roots, none caught by a patched attachShadow, nothing serialised.
    expect.soft(await pageReads(page, ['Complaint deadline', 'Complaint Code checklist'])).toEqual({
      hosts: ['complaint-code-countdown', 'complaint-code-checklist'],
      openRoots: 0,
      stolenRoots: 0,
      found: [],
    });
    // The host carries no state for the page to read either (`data-state` is an e2e-build hook).
    expect.soft(await countdown.getAttribute('data-state')).toBeNull();

    // 3. The page puts case B's reference on case A's page; the overlay takes it as case B.
    const seenB = await lastSeen(serviceWorker, caseB);
    await page.evaluate((reference) => {
      for (const cell of document.querySelectorAll('tr[data-field="reference"] td, .case-ref')) cell.textContent = reference;
    }, caseB);
    await expect.poll(() => lastSeen(serviceWorker, caseB)).not.toBe(seenB);
    // The officer opens the timeline with a real click: B's correction is now drawn, inside the closed root.
    const heightClosed = (await countdown.boundingBox())?.height ?? 0;
    await countdown.click({ position: { x: 12, y: 12 } });
    await expect.poll(async () => (await countdown.boundingBox())?.height ?? 0).toBeGreaterThan(heightClosed + 50);
    const heightOpen = (await countdown.boundingBox())?.height ?? 0;
    expect.soft((await pageReads(page, [correctionOnB.shown, 'Your corrections', 'Correct a fact'])).found).toEqual([]);

    // 4. Synthetic events at our controls: the host, whatever is under the badge and the form, keys.
    await page.evaluate(() => {
      const hosts = [...document.querySelectorAll<HTMLElement>('complaint-code-countdown, complaint-code-checklist')];
      for (const host of hosts) {
        host.click();
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        for (const key of ['Enter', ' ', 'Escape']) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        const box = host.getBoundingClientRect();
        for (let y = box.top + 5; y < box.bottom; y += 15) {
          // A point inside our UI gives the page only the host (retargeted), never our button.
          const under = document.elementFromPoint(box.left + 40, y);
          if (under instanceof HTMLElement && under.localName.startsWith('complaint-code')) under.click();
        }
      }
      for (const form of document.querySelectorAll('form')) form.dispatchEvent(new Event('submit', { bubbles: true }));
    });
    // Nothing moved: the timeline is still open exactly as the officer left it.
    expect.soft((await countdown.boundingBox())?.height).toBe(heightOpen);

    // 5. Replays: the start-up event (the id is public for a store extension) and location changes.
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:crm:wxt:content-script-started`, { detail: { contentScriptName: 'crm', messageId: 'page' } }));
      for (let i = 0; i < 20; i += 1) window.dispatchEvent(new Event(`${id}:crm:wxt:locationchange`));
      window.postMessage({ type: `${id}:crm:wxt:content-script-started`, contentScriptName: 'crm', messageId: 'page' }, '*');
    }, extensionId);
    await page.waitForTimeout(1500);
    await expect.soft(countdown).toHaveCount(1);
    expect.soft((await countdown.boundingBox())?.height ?? 0).toBe(heightOpen);

    // 6. Storage: the officer's corrections and actions are exactly as before.
    expect(await officerData(serviceWorker)).toEqual(before);
  });

  test('"Pick on page" picks only what the officer really clicks', async ({ page, serviceWorker }) => {
    await demoCrm(page).classicCase(caseA);
    await expect.poll(() => lastSeen(serviceWorker, caseA)).toBeTruthy();
    // The options page's request, sent from the extension (the worker stands in for the options page).
    const picked = serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url: `${url}/cases/*` });
      // As the options page does (ui/options/pick-on-page.ts): the picker is injected on demand.
      await chrome.scripting.executeScript({ target: { tabId: tab?.id ?? -1, frameIds: [0] }, files: ['/picker.js'] });
      return chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'picker/pick', field: 'stage1ReceivedOn' });
    }, demoCrmUrl);
    await expect(page.locator('complaint-code-picker')).toHaveCount(1);
    // The page clicks a field of its choosing, and presses Esc.
    await page.evaluate(() => {
      (document.querySelector('tr[data-field="handler"] td') as HTMLElement).click();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await page.waitForTimeout(300);
    await expect(page.locator('complaint-code-picker')).toHaveCount(1);
    // The officer clicks the date received.
    await page.locator('tr[data-field="received"] td').click();
    expect(await picked).toEqual({ ok: true, data: { label: 'Date received' } });
  });
});

test.describe('the e2e build (open roots) on a hostile page', () => {
  test('a page that reaches our buttons still cannot write with synthetic events', async ({ page, serviceWorker }) => {
    await demoCrm(page).classicCase(caseB);
    await expect.poll(() => lastSeen(serviceWorker, caseB)).toBeTruthy();
    await correctInStorage(serviceWorker, caseId(caseB), correctionOnB.fact, correctionOnB.value);
    await demoCrm(page).classicCase(caseB);
    const countdown = page.locator('complaint-code-countdown');
    await expect(countdown).toHaveAttribute('data-state', /^(?!reading)/);
    const list = checklist(page);
    await expect(list.summary).toContainText(list.checked);
    // An empty draft is no kind of letter yet: the officer chooses one, so every button is there.
    if (/Which letter is this/.test((await list.summary.textContent()) ?? '')) await list.kind.selectOption('stage1-response');
    await expect(list.summary).toContainText('required parts present');
    const before = await officerData(serviceWorker);
    const draftBefore = await page.locator('textarea#reply').inputValue();

    // The forms arrive on demand, only after the officer's own click (ui/on-demand.tsx): the page's
    // clicks on the badge (open, close) load none of them…
    const correctionForm = page.locator('complaint-code-countdown').getByRole('form', { name: 'Correct a fact', includeHidden: true });
    await page.evaluate(async () => {
      const badge = document.querySelector('complaint-code-countdown')?.shadowRoot?.querySelector<HTMLButtonElement>('button.cc-badge');
      badge?.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      badge?.click();
    });
    await page.waitForTimeout(300);
    await expect(correctionForm).toHaveCount(0);
    // …so the officer opens the timeline once, and the page below meets the forms themselves.
    await overlay(page).open();
    await expect(correctionForm).toBeVisible();

    await page.evaluate(async () => {
      const roots = [...document.querySelectorAll('complaint-code-countdown, complaint-code-checklist')].map((host) => host.shadowRoot);
      const buttons = () => roots.flatMap((root) => [...(root?.querySelectorAll('button') ?? [])]);
      const press = (pattern: RegExp) => buttons().filter((button) => pattern.test(button.textContent ?? '')).forEach((button) => button.click());
      const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
      // The countdown: open it, type a date, Save (click, Enter, requestSubmit), remove the correction.
      press(/^Complaint deadline|Stage|Overdue|On track/);
      await pause();
      for (const root of roots) {
        const input = root?.querySelector<HTMLInputElement>('form[aria-label="Correct a fact"] input');
        if (!input) continue;
        input.value = '2026-11-20';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        input.form?.requestSubmit();
      }
      await pause();
      press(/^Save correction/);
      press(/^Remove correction/);
      // The checklist: Add every sentence, write letters, extend the deadline.
      press(/^Add/);
      press(/^(Extend deadline|Write acknowledgement)/);
      await pause();
      await pause();
      press(/^(Add notice to reply|Add letter to reply|Copy)/);
      press(/^Hide checklist/);
      await pause();
    });
    await page.waitForTimeout(500);
    expect(await officerData(serviceWorker)).toEqual(before);
    await expect(page.locator('textarea#reply')).toHaveValue(draftBefore);
    await expect(page.locator('complaint-code-checklist').getByRole('button', { name: 'Hide checklist' })).toBeVisible();
  });
});
