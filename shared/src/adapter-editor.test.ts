import { describe, expect, it } from 'vitest';
import { CrmAdapter } from './adapter.js';
import { EditorLocator, MAX_EDITOR_FRAMES, editorFrames } from './adapter-editor.js';

describe('EditorLocator', () => {
  it('accepts a version 1 bare locator unchanged', () => {
    expect(EditorLocator.parse({ selector: 'textarea#reply' })).toEqual({ selector: 'textarea#reply' });
    expect(EditorLocator.parse({ label: 'Your reply', within: '.reply' })).toEqual({ label: 'Your reply', within: '.reply' });
  });

  it('drops an attribute a version 1 field locator carried (it never applied to an editor)', () => {
    expect(EditorLocator.parse({ selector: '#reply', attribute: 'value' })).toEqual({ selector: '#reply' });
  });

  it('takes a path through frames, the role of notes and a reply condition', () => {
    const locator = {
      frames: ['iframe.emailPublisher', 'iframe#body'],
      selector: 'body[contenteditable="true"]',
      never: '.internal-note',
      replyWhen: { selector: '.composer[data-mode="public"]' },
    };
    expect(EditorLocator.parse(locator)).toEqual(locator);
    expect(editorFrames(EditorLocator.parse(locator))).toEqual(['iframe.emailPublisher', 'iframe#body']);
    expect(editorFrames(EditorLocator.parse({ selector: '#reply' }))).toEqual([]);
  });

  it.each([
    [{ selector: '' }, 'Give a CSS selector'],
    [{ selector: '#r', frames: [] }, 'Leave "frames" out'],
    [{ selector: '#r', frames: Array.from({ length: MAX_EDITOR_FRAMES + 1 }, () => 'iframe') }, 'at most'],
    [{ selector: '#r', frames: ['  '] }, 'Give a CSS selector'],
    [{ selector: '#r', replyWhen: { selector: '.a', extra: 1 } }, 'Unrecognized key'],
    [{ selector: '#r', notes: '.x' }, 'Unrecognized key'],
    [{}, 'either a "selector" or a "label"'],
    [{ selector: '#r', label: 'Reply' }, 'either a "selector" or a "label"'],
    [{ selector: '#r', within: '.reply' }, '"within" narrows a "label"'],
  ])('rejects %j with a clear message', (input, message) => {
    const result = EditorLocator.safeParse(input);
    expect(result.success).toBe(false);
    // Said by name, not as a union's "Invalid input".
    expect(result.error?.issues.map((issue) => issue.message).join('; ')).toContain(message);
  });

  it('keeps old adapter files importing, and an adapter can name a framed editor', () => {
    const base = {
      id: 'acme',
      name: 'Acme',
      version: 1 as const,
      casePage: { urlPattern: '^/cases/' },
      fields: { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Received' } },
    };
    expect(CrmAdapter.parse({ ...base, editor: { selector: '#reply' } }).editor).toEqual({ selector: '#reply' });
    expect(CrmAdapter.parse({ ...base, editor: { frames: ['iframe#f'], selector: 'body' } }).editor).toEqual({ frames: ['iframe#f'], selector: 'body' });
  });
});
