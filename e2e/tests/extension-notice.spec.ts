// Journey: the one-click extension notice, and the acknowledgement and refusal letters.
//
// Today is Tue 24 Nov 2026. HC-2026-0429 was acknowledged Fri 20 Nov, so its stage 1 response is due
// Fri 4 Dec (HO Code 2024 6.3: Mon 23 Nov is working day 1 … Fri 4 Dec is day 10). The longest
// extension without a good reason is 10 working days (6.4): Mon 7 Dec (1) … Fri 18 Dec 2026 (10).
// HC-2026-0463's response was due Wed 18 Nov: a notice now would go after the deadline it extends.
import { expect, test } from '../fixtures.js';
import { checklist, replyEditor } from '../pages/checklist.js';
import { demoCrm } from '../pages/crm.js';
import { badgeName, overlay } from '../pages/overlay.js';

test('the extension notice lands in the reply, and the countdown moves to the new date', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await demoCrm(page).classicCase('HC-2026-0429');
  await expect(overlay(page).badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 4 Dec 2026', '8 working days left', 'On track'));
  const list = checklist(page);
  await list.letterButton('Extend deadline').click();
  const form = list.host.getByRole('form', { name: 'Extend the stage 1 response deadline' });
  await expect(form).toContainText('Currently due Fri 4 Dec 2026');
  await expect(form).toContainText('up to 10 working days more, to Fri 18 Dec 2026');
  await expect(form.getByRole('textbox', { name: 'New due date (YYYY-MM-DD)' })).toHaveValue('2026-12-18');
  await expect(form.getByRole('alert')).toHaveCount(0); // not late

  // Going past the cap asks for the good reason.
  await form.getByRole('textbox', { name: 'New due date (YYYY-MM-DD)' }).fill('2026-12-22');
  await expect(form.getByRole('textbox', { name: /^Good reason for going past/ })).toBeVisible();
  await form.getByRole('textbox', { name: 'New due date (YYYY-MM-DD)' }).fill('2026-12-18');
  await expect(form.getByRole('textbox', { name: /^Good reason for going past/ })).toHaveCount(0);

  // Without a reason or an organisation the notice is not written.
  await form.getByRole('button', { name: 'Add notice to reply' }).click();
  await expect(form.getByRole('alert')).toBeVisible();

  await form.getByRole('textbox', { name: /^Why you need more time/ }).fill('we are waiting for a damp survey report');
  await form.getByRole('textbox', { name: 'Your organisation' }).fill('CaseHub Housing');
  await replyEditor(page, 'textarea').focusEnd();
  await form.getByRole('button', { name: 'Add notice to reply' }).click();

  await expect(list.host.getByText(/Extension recorded: the stage 1 response is now due Fri 18 Dec 2026/)).toBeVisible();
  const draft = await replyEditor(page, 'textarea').text();
  expect(draft).toContain('We will now send you our full response by Friday 18 December 2026.');
  expect(draft).toContain('we need more time to respond because we are waiting for a damp survey report');
  expect(draft).toContain('Housing Ombudsman Service');
  expect(draft).toContain('0300 111 3000');
  // The countdown re-reads the case: due Fri 18 Dec, 18 working days left (Wed 25 Nov … Fri 18 Dec).
  await expect(overlay(page).badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 18 Dec 2026', '18 working days left', 'On track'));
  // It stays recorded across a reload (Dexie, in the extension).
  await page.reload();
  await expect(overlay(page).badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 18 Dec 2026', '18 working days left', 'On track'));
  expect(errors).toEqual([]);
});

test('a notice after the deadline it extends is flagged before it is written', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0463');
  const list = checklist(page);
  await list.letterButton('Extend deadline').click();
  const form = list.host.getByRole('form', { name: 'Extend the stage 1 response deadline' });
  await expect(form.getByRole('alert')).toContainText('The response was due on Wednesday 18 November 2026');
  await expect(form.getByRole('alert')).toContainText('this notice would go late');
});

test('the acknowledgement and refusal letters are written from the case', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://localhost:4310' });
  await demoCrm(page).spaCase('HC-2026-0412');
  const list = checklist(page);
  await expect(list.summary).toHaveText(list.checked);
  await list.letterButton('Write refusal').click();
  const refusal = list.host.getByRole('form', { name: 'Decline to accept a complaint' });
  await refusal.getByRole('textbox', { name: /^What the resident raised/ }).fill('your complaint about the kitchen fitted in 2024');
  await refusal.getByRole('textbox', { name: /^Why it cannot be a complaint/ }).fill('legal proceedings have started');
  await refusal.getByRole('textbox', { name: 'Your organisation' }).fill('CaseHub Housing');
  await replyEditor(page, 'contenteditable').focusEnd();
  await refusal.getByRole('button', { name: 'Add letter to reply' }).click();
  await expect(list.host.getByText('Refusal letter added to the reply.')).toBeVisible();
  const text = await replyEditor(page, 'contenteditable').text();
  expect(text).toContain('We are sorry, but we cannot accept your complaint about the kitchen fitted in 2024 as a complaint because legal proceedings have started.');
  expect(text).toContain('You have the right to ask the Housing Ombudsman Service');
  // The checklist now checks the letter as a refusal.
  await list.kind.selectOption({ label: 'Refusal to accept a complaint' });
  await expect(list.element('ombudsman-right')).toHaveAttribute('data-present', 'true');

  await list.letterButton('Write acknowledgement').click();
  const ack = list.host.getByRole('form', { name: 'Acknowledge the stage 1 complaint' });
  await ack.getByRole('textbox', { name: /^What the complaint is about/ }).fill('the damp in your bedroom has come back');
  await ack.getByRole('textbox', { name: /^Outcomes the resident wants/ }).fill('a permanent repair');
  await ack.getByRole('textbox', { name: 'Your organisation' }).fill('CaseHub Housing');
  await ack.getByRole('button', { name: 'Copy letter' }).click();
  await expect(list.host.getByText('Acknowledgement copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('You told us that the damp in your bedroom has come back.');
});

test('“Extend deadline” in the countdown opens the notice form beside the reply', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0429');
  const countdown = overlay(page);
  await countdown.badge.click();
  await countdown.panel.getByRole('button', { name: 'Extend deadline' }).click();
  const form = checklist(page).host.getByRole('form', { name: 'Extend the stage 1 response deadline' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'New due date (YYYY-MM-DD)' })).toBeFocused();
});
