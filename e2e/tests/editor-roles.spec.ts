// Journey: editors that appear later or change role. A helpdesk conversation whose reply box is
// revealed by "Reply" (a class change) next to an open internal note; a ticket whose one composer is
// switched between "Public reply" and "Internal note"; and the notice when the adapter's editor is
// not on the page ("Point at the editor") or is in a frame from another site.
//
// Today is Tue 24 Nov 2026 (fixtures.ts). Hand-worked dates (HO Code 2024):
// - HC-2026-0480: received Tue 17 Nov → acknowledgement due Tue 24 Nov (Wed 18 … Tue 24, 6.2): today.
// - HC-2026-0497: stage 2 requested Tue 10 Nov, acknowledged Fri 13 Nov → response due 20 working days
//   later (6.14): Mon 16 Nov … Fri 11 Dec; Wed 25 Nov … Fri 11 Dec = 13 left.
// - HC-2026-0429: response due Fri 4 Dec, 8 working days left (see editor-frames.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { builtinAdapters } from '@complaint-code/shared';
import { expect, test } from '../fixtures.js';
import { checklist } from '../pages/checklist.js';
import { boxText, typeAtEnd, vendorPages } from '../pages/framed-editors.js';
import { optionsPage } from '../pages/options.js';
import { badgeName, overlay } from '../pages/overlay.js';

test('a reply box revealed by "Reply" gets the checklist; the internal note beside it never does', async ({ page }) => {
  const { helpdesk } = vendorPages(page);
  await helpdesk.open('HC-2026-0480');
  await expect(overlay(page).badge).toHaveAccessibleName(badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Tue 24 Nov 2026', 'Due today'));
  const list = checklist(page);
  // Only the note is shown: no checklist, and no "cannot find the editor" either (it is only hidden).
  await typeAtEnd(page, helpdesk.note, 'Resident called again about the damp.');
  await page.waitForTimeout(4_500);
  await expect(list.host).toHaveCount(0);
  await expect(page.locator('complaint-code-editor-notice')).toHaveCount(0);

  await helpdesk.replyButton.click();
  await expect(page.locator('.conv-reply-block complaint-code-checklist')).toHaveCount(1);
  await expect(page.locator('.conv-note-block complaint-code-checklist')).toHaveCount(0);
  await list.kind.selectOption({ label: 'Stage 1 response' });
  await typeAtEnd(page, helpdesk.reply, 'This is our stage 1 response.');
  await expect(list.element('stage')).toHaveAttribute('data-present', 'true');
  await list.add('Outstanding actions').click();
  await expect.poll(() => boxText(helpdesk.reply)).toContain('This is our stage 1 response. We will [outstanding action]');
  expect(await boxText(helpdesk.note)).toBe('Resident called again about the damp.');

  // "Reply" again hides the box: the checklist goes with it.
  await helpdesk.replyButton.click();
  await expect(list.host).toHaveCount(0);
});

test('one composer toggled between public reply and internal note: the checklist follows it', async ({ page }) => {
  const { oneBox } = vendorPages(page);
  await oneBox.open('HC-2026-0497');
  await expect(overlay(page).badge).toHaveAccessibleName(
    badgeName({ re: String.raw`Stage 2 (?:final )?response` }, 'due Fri 11 Dec 2026', '13 working days left', 'On track'),
  );
  const list = checklist(page);
  await expect(page.locator('[data-test-id="omnicomposer-rich-text"] + complaint-code-checklist')).toHaveCount(1);
  await typeAtEnd(page, oneBox.reply, 'This is our stage 2 response.');

  await oneBox.mode('Internal note').click();
  await expect(oneBox.composer).toHaveClass(/is-internal/);
  await expect(list.host).toHaveCount(0);

  await oneBox.mode('Public reply').click();
  await expect(list.host).toHaveCount(1);
  await list.kind.selectOption({ label: 'Stage 2 response' });
  await expect(list.element('stage')).toHaveAttribute('data-present', 'true');
});

test('no editor where the adapter says: the overlay says so, and "Point at the editor" sets it', async ({ page }) => {
  const { salesforce } = vendorPages(page);
  await salesforce.open('HC-2026-0429', 'textarea');
  await expect(overlay(page).badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 4 Dec 2026', '8 working days left', 'On track'));
  const notice = page.getByRole('region', { name: 'Complaint Code: reply editor' });
  await expect(notice).toContainText('cannot find the reply editor on this page');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).include('complaint-code-editor-notice').analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await notice.getByRole('button', { name: 'Point at the editor' }).click();
  await salesforce.textarea.click();
  await expect(notice.getByRole('status')).toHaveText('Saved as your own copy of the adapter "demo-salesforce".');
  const list = checklist(page);
  await expect(page.locator('textarea#quick-email + complaint-code-checklist')).toHaveCount(1);
  await expect(notice).toHaveCount(0);
  await typeAtEnd(page, salesforce.textarea, 'This is our stage 1 response.');
  await expect(list.element('stage')).toHaveAttribute('data-present', 'true');
  // Saved in the settings: after a reload the copy's editor is used straight away.
  await page.reload();
  await expect(page.locator('textarea#quick-email + complaint-code-checklist')).toHaveCount(1);
});

test('an editor in a frame from another site: the overlay says plainly it cannot be reached', async ({ page }) => {
  const { salesforce } = vendorPages(page);
  await salesforce.open('HC-2026-0429', 'external');
  const notice = page.getByRole('region', { name: 'Complaint Code: reply editor' });
  await expect(notice).toContainText(
    'The reply editor cannot be reached: the frame "iframe[title="CK Editor Container"]" comes from http://127.0.0.1:4310, which the extension cannot reach.',
  );
  await expect(notice.getByRole('button')).toHaveCount(0);
  await expect(checklist(page).host).toHaveCount(0);
});

test('Test on this page says which box is an internal note, and when a toggled composer is the reply', async ({ page, context, extensionId }) => {
  // The admin's own copies of the demo adapters (the editor's `never` and `replyWhen` as the packs set them).
  const options = optionsPage(page, extensionId);
  await options.open();
  const copies = ['demo-helpdesk', 'demo-one-box'].map((id) => ({ ...builtinAdapters.find((adapter) => adapter.id === id), id: `my-${id}`, name: `My ${id}` }));
  for (const copy of copies) {
    await options.importAdapterJson(JSON.stringify(copy));
    await expect(options.status().filter({ hasText: `Imported: added ${copy.id}` })).toBeVisible();
  }
  const tab = await context.newPage();
  const { helpdesk, oneBox } = vendorPages(tab);

  await helpdesk.open('HC-2026-0480');
  await expect(overlay(tab).badge).toBeVisible();
  await page.bringToFront();
  const helpdeskEditor = await options.editAdapter('My demo-helpdesk');
  await helpdeskEditor.testOnPage();
  await expect(helpdeskEditor.form).toContainText(
    'Reply editor: Found the reply editor (a div). An internal note box was found too (matching ".conv-note-block"): the checklist will not show there.',
  );

  await oneBox.open('HC-2026-0497');
  await expect(overlay(tab).badge).toBeVisible();
  await oneBox.mode('Internal note').click();
  await expect(oneBox.composer).toHaveClass(/is-internal/);
  await options.open();
  const oneBoxEditor = await options.editAdapter('My demo-one-box');
  await oneBoxEditor.testOnPage();
  await expect(oneBoxEditor.form).toContainText(
    'Reply editor: Found the editor box (a div), but it is not the reply right now. The checklist shows there only while it matches "[data-test-id="omnicomposer"].is-public" (it does not now).',
  );
});
