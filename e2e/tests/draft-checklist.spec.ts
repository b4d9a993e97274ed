// Journey: live warnings on the draft reply, in each kind of editor the demo CRM has.
//
// For each editor: the checklist appears right after it; a required part turns from Missing to
// Present as the officer types it; a caution appears with the words that caused it and clears when
// they are deleted; "Add" inserts the suggested sentence at the caret through the editor's own input
// path (read back through the editor's API) and the editor's undo removes it; the caret never jumps;
// and the page logs no new console errors.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { checklist, replyEditor, type EditorKind } from '../pages/checklist.js';
import { demoCrm } from '../pages/crm.js';

interface EditorCase {
  kind: EditorKind;
  open(page: Page): Promise<void>;
}

const editors: EditorCase[] = [
  { kind: 'textarea', open: (page) => demoCrm(page).classicCase('HC-2026-0429') },
  { kind: 'quill', open: (page) => page.goto('/cases/HC-2026-0429?editor=quill').then(() => undefined) },
  { kind: 'contenteditable', open: (page) => demoCrm(page).spaCase('HC-2026-0429') },
  // Stage 2 cases in the single-page app reply with TinyMCE.
  { kind: 'tinymce', open: (page) => demoCrm(page).spaCase('HC-2026-0497') },
  { kind: 'ckeditor5', open: (page) => demoCrm(page).dynamicsCase('HC-2026-0429') },
];

/** Console errors the page logs, from the moment it is watched. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const { kind, open } of editors) {
  test.describe(`${kind} editor`, () => {
    test('warnings appear and clear as the draft changes; Add inserts through the editor; undo removes it', async ({ page }) => {
      const errors = watchConsole(page);
      await open(page);
      const list = checklist(page);
      await expect(list.host).toHaveAttribute('data-editor', kind);
      await expect(list.summary).toHaveText(list.checked);
      const stage = kind === 'tinymce' ? 2 : 1;
      await list.kind.selectOption({ label: `Stage ${stage} response` });

      const editor = replyEditor(page, kind);
      await editor.focusEnd();
      // The "stage" part is missing until the draft says which stage this is.
      await expect(list.element('stage')).toHaveAttribute('data-present', 'false');
      await editor.type(`This is our stage ${stage} response. `);
      await expect(list.element('stage')).toHaveAttribute('data-present', 'true');

      // A caution, with the words that caused it.
      await editor.type('Your complaint is partially upheld.');
      await expect(list.caution('partially-upheld')).toContainText('partially upheld');
      // The caret stayed where the officer was typing while the checklist updated.
      await editor.type(' Zq');
      expect(await editor.text()).toContain('partially upheld. Zq');
      // Deleting the words clears the caution.
      for (let i = 0; i < ' Zq'.length + 'partially upheld.'.length; i += 1) await page.keyboard.press('Backspace');
      await editor.type('upheld.');
      await expect(list.caution('partially-upheld')).toHaveCount(0);
      expect(await editor.text()).toContain('Your complaint is upheld.');

      // "Add" a missing part: it lands at the caret, in the editor's own model.
      await expect(list.element('outstanding-actions')).toHaveAttribute('data-present', 'false');
      // Quill's history folds every change made within one second (its `delay` option) into one undo
      // step, whatever the source — a paste included. Wait that out, as an officer reading the
      // checklist would, so that undo can be checked to take out our sentence alone.
      if (kind === 'quill') await page.waitForTimeout(1_100);
      await list.add('Outstanding actions').click();
      await expect.poll(() => editor.text()).toContain('Your complaint is upheld. We will [outstanding action]');
      await expect(list.element('outstanding-actions')).toHaveAttribute('data-present', 'true');
      // The editor's undo takes it out again.
      await page.keyboard.press('Control+z');
      await expect.poll(() => editor.text()).not.toContain('[outstanding action]');
      expect(await editor.text()).toContain('Your complaint is upheld.');
      // …and the checklist follows: the part is missing again.
      await expect(list.element('outstanding-actions')).toHaveAttribute('data-present', 'false');

      await page.screenshot({ path: `../test-results/screenshots/checklist-${kind}.png`, fullPage: true });
      expect(errors).toEqual([]);
    });
  });
}

test('nothing is written into the editor while the officer types', async ({ page }) => {
  await demoCrm(page).spaCase('HC-2026-0429');
  const list = checklist(page);
  await expect(list.summary).toHaveText(list.checked);
  const editor = replyEditor(page, 'contenteditable');
  await editor.focusEnd();
  await editor.type(' Your complaint is partially upheld.');
  await expect(list.caution('partially-upheld')).toBeVisible();
  // Only the CRM's own markup: no nodes or attributes of ours inside the editable.
  const html = await page.locator('#reply-editable').evaluate((element) => element.innerHTML);
  expect(html).not.toMatch(/complaint-code|cc-|ck-/);
  expect(await page.locator('#reply-editable').evaluate((element) => element.getAttributeNames().sort())).toEqual(
    ['aria-labelledby', 'aria-multiline', 'class', 'contenteditable', 'id', 'role'],
  );
});

test('the checklist collapses, stays collapsed on reload, and is keyboard-usable', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0429');
  const list = checklist(page);
  await expect(list.toggle).toHaveAccessibleName('Hide checklist');
  await list.toggle.focus();
  await page.keyboard.press('Enter');
  await expect(list.toggle).toHaveAccessibleName('Show checklist');
  await expect(list.toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(list.kind).toBeHidden();
  // The summary still speaks while collapsed.
  await expect(list.summary).toHaveText(list.checked);
  await page.reload();
  await expect(list.toggle).toHaveAccessibleName('Show checklist');
  await list.toggle.click();
  await expect(list.kind).toBeVisible();
});

test('a terse draft makes the checklist ask which letter it is, never assume; choosing a kind answers it', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0463');
  const list = checklist(page);
  await expect(list.summary).toHaveText(list.checked);
  await page.locator('textarea#reply').fill('Dear Ms Lee\n\nPlease see attached.\n\nRegards');
  await expect(list.summary).toHaveText('Which letter is this? Choose the kind of letter to see what it must include.');
  await expect(list.kind).toHaveAccessibleDescription(/Which letter is this\?/);
  await expect(list.host.locator('li[data-element]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).include('complaint-code-checklist').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await list.kind.selectOption({ label: 'Refusal to accept a complaint' });
  await expect(list.summary).toHaveText(/0 of 2 required parts present/);
  await expect(list.element('ombudsman-right')).toHaveAttribute('data-present', 'false');
});

test('the checklist and its letter forms have no axe violations', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0463');
  const list = checklist(page);
  await expect(list.summary).toHaveText(list.checked);
  const replyEditorText = replyEditor(page, 'textarea');
  await replyEditorText.focusEnd();
  await replyEditorText.type('This is our stage 1 response. Your complaint is partially upheld.');
  await expect(list.caution('partially-upheld')).toBeVisible();
  await list.letterButton('Extend deadline').click();
  await expect(list.host.getByRole('form', { name: /^Extend the stage 1/ })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .include('complaint-code-checklist')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
});
