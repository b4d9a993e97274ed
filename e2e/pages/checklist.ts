/**
 * Page object for the draft checklist (`<complaint-code-checklist>`, open shadow root) and the reply
 * editors of the demo CRM: how a test types in each editor and reads its text back through the
 * editor's own API (TinyMCE, CKEditor 5, Quill), never through our panel.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';

export type EditorKind = 'textarea' | 'contenteditable' | 'tinymce' | 'ckeditor5' | 'quill';

export function checklist(page: Page | FrameLocator) {
  const host = page.locator('complaint-code-checklist');
  return {
    host,
    summary: host.getByRole('status').first(),
    /** The summary once a check has come back: the parts present, or asking which letter this is (a terse draft). */
    checked: /required parts present|Which letter is this\?/,
    kind: host.getByRole('combobox', { name: 'Kind of letter' }),
    toggle: host.getByRole('button', { name: /^(Show|Hide) checklist$/ }),
    /** One required element's row, by the SDK's element id. */
    element: (id: string) => host.locator(`li[data-element="${id}"]`),
    caution: (id: string) => host.locator(`li[data-caution="${id}"]`),
    add: (title: string) => host.getByRole('button', { name: `Add ${title}`, exact: true }),
    letterButton: (name: 'Extend deadline' | 'Write acknowledgement' | 'Write refusal') => host.getByRole('button', { name, exact: true }),
  };
}

/** Where the officer types, for each editor kind. */
export function replyEditor(page: Page, kind: EditorKind) {
  const tinyFrame: FrameLocator = page.frameLocator('iframe.tox-edit-area__iframe');
  const typingTarget: Record<EditorKind, Locator> = {
    textarea: page.locator('textarea#reply'),
    contenteditable: page.locator('#reply-editable'),
    tinymce: tinyFrame.locator('body'),
    ckeditor5: page.locator('[data-id="EMAIL"] .ck-editor__editable'),
    quill: page.locator('#reply-quill .ql-editor'),
  };
  const target = typingTarget[kind];
  return {
    target,
    /** Put the caret at the end of the draft. */
    async focusEnd() {
      await target.click();
      await page.keyboard.press('Control+End');
    },
    async type(text: string) {
      await page.keyboard.type(text, { delay: 5 });
    },
    /** The draft as the editor itself reports it (its model, not the DOM we see). */
    async text(): Promise<string> {
      // Editors write a typed trailing space as a non-breaking one: compare words, not space kinds.
      const raw = await page.evaluate((editor) => {
        const w = window as unknown as {
          tinymce?: { activeEditor: { getContent(o: { format: string }): string } };
          demoQuill?: { getText(): string };
        };
        switch (editor) {
          case 'textarea':
            return (document.querySelector('textarea#reply') as HTMLTextAreaElement).value;
          case 'contenteditable':
            return (document.querySelector('#reply-editable') as HTMLElement).innerText;
          case 'tinymce':
            return w.tinymce?.activeEditor.getContent({ format: 'text' }) ?? '';
          case 'ckeditor5': {
            const el = document.querySelector('[data-id="EMAIL"] .ck-editor__editable') as HTMLElement & {
              ckeditorInstance?: { getData(): string };
            };
            return (el.ckeditorInstance?.getData() ?? '').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ');
          }
          case 'quill':
            return w.demoQuill?.getText() ?? '';
        }
      }, kind);
      return raw.replace(/\u00a0/g, ' ');
    },
  };
}
