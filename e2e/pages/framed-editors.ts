/**
 * Page object for the demo pages in other products' styles (e2e/demo-crm/vendor-routes.ts): how a
 * test opens each one, and where the officer types in its reply editor (inside frames, beside a
 * note, in a toggled composer). Texts are read from the editor's own DOM in its frame.
 */
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { demoComplaints } from '../demo-crm/data.js';
import { dynamicsEmailUrl } from '../demo-crm/pages/dynamics-email.js';
import { ticketNumber } from '../demo-crm/pages/omnicomposer.js';
import { salesforceId } from '../demo-crm/pages/salesforce.js';
import { serviceNowNavUrl } from '../demo-crm/pages/servicenow.js';
import { demoToday } from '../fixtures.js';

function complaint(reference: string) {
  const found = demoComplaints(demoToday).find((candidate) => candidate.reference === reference);
  if (!found) throw new Error(`The demo CRM has no complaint ${reference}`);
  return found;
}

/** The page styles, each with how to open a case and where its reply is typed. */
export function vendorPages(page: Page) {
  const salesforceBody: FrameLocator = page.frameLocator('iframe[title="CK Editor Container"]').frameLocator('iframe[title="Email Body"]');
  const dynamicsBody: FrameLocator = page.frameLocator('iframe.fullPageContentEditorFrame').frameLocator('iframe.cke_wysiwyg_frame');
  const gsft: FrameLocator = page.frameLocator('iframe#gsft_main');
  return {
    salesforce: {
      open: (reference: string, publisher?: 'textarea' | 'external') =>
        page.goto(`/lightning/r/Case/${salesforceId(complaint(reference))}/view${publisher ? `?publisher=${publisher}` : ''}`),
      textarea: page.locator('textarea#quick-email'),
      reply: salesforceBody.locator('body.cke_editable'),
    },
    dynamicsEmail: {
      open: (reference: string) => page.goto(dynamicsEmailUrl(complaint(reference))),
      reply: dynamicsBody.locator('body[contenteditable="true"]'),
    },
    serviceNow: {
      open: (reference: string) => page.goto(serviceNowNavUrl(complaint(reference))),
      /** The form frame, where the case (and so the overlay) lives. */
      form: gsft,
      reply: gsft.locator('#activity-stream-comments-textarea'),
      workNotes: gsft.locator('#activity-stream-work_notes-textarea'),
      formFrame: (): Frame => {
        const frame = page.frames().find((candidate) => candidate.url().includes('/sn/x_hh_complaint.do'));
        if (!frame) throw new Error('No gsft_main form frame');
        return frame;
      },
    },
    helpdesk: {
      open: (reference: string) => page.goto(`/helpdesk/conversation/${reference}`),
      replyButton: page.getByRole('button', { name: 'Reply', exact: true }),
      reply: page.locator('.conv-reply-block .note-editable'),
      note: page.locator('.conv-note-block .note-editable'),
    },
    oneBox: {
      open: (reference: string) => page.goto(`/agent/tickets/${ticketNumber(complaint(reference))}`),
      composer: page.locator('[data-test-id="omnicomposer"]'),
      reply: page.locator('[data-test-id="omnicomposer-rich-text"]'),
      mode: (name: 'Public reply' | 'Internal note') => page.getByRole('button', { name, exact: true }),
    },
  };
}

/** Put the caret at the end of a box and type, as an officer would. */
export async function typeAtEnd(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
}

/** The text in a box (a textarea's value, or an editable's text), spaces made plain. */
export async function boxText(box: Locator): Promise<string> {
  const raw = await box.evaluate((element) => (element.tagName === 'TEXTAREA' ? (element as HTMLTextAreaElement).value : (element as HTMLElement).innerText));
  return raw.replace(/\u00a0/g, ' ');
}
