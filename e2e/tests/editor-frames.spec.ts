// Journey: the reply editor where real CRMs put it — two frames down (Salesforce Lightning's email
// publisher, Dynamics 365's email form), inside a form that is itself a frame (ServiceNow's
// gsft_main) — with the countdown shown once, the checklist beside the editor's outermost frame,
// typing checked, "Add" and the extension notice written into the editor in its frame.
//
// Today is Tue 24 Nov 2026 (fixtures.ts). Hand-worked dates (HO Code 2024, 6.2 acknowledge within 5
// working days of receipt, 6.3 respond within 10 of the acknowledgement; no bank holidays in range):
// - HC-2026-0429: acknowledged Fri 20 Nov → response due Fri 4 Dec (Mon 23 Nov is day 1); 8 left.
//   An extension of 10 working days (6.4): Mon 7 Dec (1) … Fri 18 Dec (10); then 18 left.
// - HC-2026-0412: received Mon 23 Nov → acknowledgement due Mon 30 Nov (Tue 24 … Mon 30); 4 left.
// - HC-2026-0463: acknowledged Wed 4 Nov → response due Wed 18 Nov; Thu 19 … Tue 24 = 4 late.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { checklist } from '../pages/checklist.js';
import { boxText, typeAtEnd, vendorPages } from '../pages/framed-editors.js';
import { badgeName, overlay } from '../pages/overlay.js';

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  return errors;
}

test('Salesforce-style email publisher: checklist, Add and the extension notice in the body two frames down', async ({ page }) => {
  const errors = watchErrors(page);
  const { salesforce } = vendorPages(page);
  await salesforce.open('HC-2026-0429');
  const countdown = overlay(page);
  await expect(countdown.badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 4 Dec 2026', '8 working days left', 'On track'));
  // Shown once, although the publisher's frames run the content script too.
  await expect(page.locator('complaint-code-countdown')).toHaveCount(1);

  const list = checklist(page);
  // Beside the editor's outermost frame, in the case page.
  await expect(page.locator('iframe[title="CK Editor Container"] + complaint-code-checklist')).toHaveCount(1);
  await expect(list.host).toHaveAttribute('data-editor', 'contenteditable');
  await expect(list.host).toHaveAttribute('data-in-frame', '');
  await list.kind.selectOption({ label: 'Stage 1 response' });
  await expect(list.element('stage')).toHaveAttribute('data-present', 'false');
  await typeAtEnd(page, salesforce.reply, 'This is our stage 1 response. Your complaint is upheld.');
  await expect(list.element('stage')).toHaveAttribute('data-present', 'true');

  await list.add('Outstanding actions').click();
  await expect.poll(() => boxText(salesforce.reply)).toContain('Your complaint is upheld. We will [outstanding action]');
  await expect(list.element('outstanding-actions')).toHaveAttribute('data-present', 'true');

  await list.letterButton('Extend deadline').click();
  const form = list.host.getByRole('form', { name: 'Extend the stage 1 response deadline' });
  await expect(form.getByRole('textbox', { name: 'New due date (YYYY-MM-DD)' })).toHaveValue('2026-12-18');
  await form.getByRole('textbox', { name: /^Why you need more time/ }).fill('we are waiting for a damp survey report');
  await form.getByRole('textbox', { name: 'Your organisation' }).fill('CaseHub Housing');
  await form.getByRole('button', { name: 'Add notice to reply' }).click();
  await expect(list.host.getByText(/Extension recorded: the stage 1 response is now due Fri 18 Dec 2026/)).toBeVisible();
  await expect.poll(() => boxText(salesforce.reply)).toContain('We will now send you our full response by Friday 18 December 2026.');
  await expect(countdown.badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 18 Dec 2026', '18 working days left', 'On track'));
  expect(errors).toEqual([]);
});

test('Dynamics-style email form: the checklist follows the draft in the srcdoc → about:blank editor frames', async ({ page }) => {
  const errors = watchErrors(page);
  const { dynamicsEmail } = vendorPages(page);
  await dynamicsEmail.open('HC-2026-0412');
  await expect(overlay(page).badge).toHaveAccessibleName(
    badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Mon 30 Nov 2026', '4 working days left', 'On track'),
  );
  await expect(page.locator('complaint-code-countdown')).toHaveCount(1);
  const list = checklist(page);
  await expect(page.locator('iframe.fullPageContentEditorFrame + complaint-code-checklist')).toHaveCount(1);
  await list.kind.selectOption({ label: 'Stage 1 response' });
  await typeAtEnd(page, dynamicsEmail.reply, 'Your complaint is partially upheld.');
  await expect(list.caution('partially-upheld')).toContainText('partially upheld');
  await list.add('Outstanding actions').click();
  await expect.poll(() => boxText(dynamicsEmail.reply)).toContain('partially upheld. We will [outstanding action]');
  expect(errors).toEqual([]);
});

test('ServiceNow-style classic UI: the form frame gsft_main owns the case; the reply is "Additional comments", never "Work notes"', async ({ page }) => {
  const errors = watchErrors(page);
  const { serviceNow } = vendorPages(page);
  await serviceNow.open('HC-2026-0463');
  const countdown = overlay(serviceNow.form);
  await expect(countdown.badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Wed 18 Nov 2026', '4 working days late', 'Overdue'));
  await expect(serviceNow.form.locator('complaint-code-countdown')).toHaveCount(1);
  // The navigator page around it shows nothing of ours.
  await expect(page.locator('complaint-code-countdown, complaint-code-checklist')).toHaveCount(0);

  const list = checklist(serviceNow.form);
  await expect(serviceNow.form.locator('#activity-stream-comments-textarea + complaint-code-checklist')).toHaveCount(1);
  await expect(serviceNow.form.locator('complaint-code-checklist')).toHaveCount(1);
  await list.kind.selectOption({ label: 'Stage 1 response' });
  await typeAtEnd(page, serviceNow.reply, 'This is our stage 1 response.');
  await expect(list.element('stage')).toHaveAttribute('data-present', 'true');
  // Typing a work note changes nothing: it is not the reply.
  await typeAtEnd(page, serviceNow.workNotes, 'Called the resident; survey booked.');
  await expect(serviceNow.form.locator('complaint-code-checklist')).toHaveCount(1);
  await expect(serviceNow.form.locator('#activity-stream-work_notes-textarea + complaint-code-checklist')).toHaveCount(0);
  await list.add('Outstanding actions').click();
  await expect.poll(() => boxText(serviceNow.reply)).toContain('This is our stage 1 response. We will [outstanding action]');
  expect(await boxText(serviceNow.workNotes)).toBe('Called the resident; survey booked.');
  expect(errors).toEqual([]);
});
