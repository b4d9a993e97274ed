/**
 * @module @complaint-code/shared/adapter-editor
 *
 * Where the reply editor is, for the draft checklist: which box is the reply to the resident, which
 * boxes never are (internal notes), the frames it sits in, and when a composer that toggles between
 * "Public reply" and "Internal note" counts as the reply. Data only: selectors, no page code.
 *
 * Version 1 adapters gave a bare field locator (`{ selector }` or `{ label }`); that is still valid
 * here and means "this box, in the page itself, always the reply".
 */
import { z } from 'zod';

/** A CSS selector, checked for syntax where a DOM is available (the content script reports bad ones). */
const CssSelector = z.string().trim().min(1, 'Give a CSS selector');

/** The most frames an editor path may name; real CRMs nest two or three. */
export const MAX_EDITOR_FRAMES = 6;

const roleAndFrames = {
  /**
   * The iframes to go through to reach the editor, outermost first, each a CSS selector in the
   * document of the frame before it, e.g. `['iframe.publisher', 'iframe#body']`. Same-origin frames
   * only (including `about:blank` and `srcdoc` frames): a frame from another site cannot be reached.
   */
  frames: z
    .array(CssSelector)
    .min(1, 'Leave "frames" out when the editor is in the page itself')
    .max(MAX_EDITOR_FRAMES, `An editor can be at most ${MAX_EDITOR_FRAMES} frames deep`)
    .optional(),
  /**
   * Boxes that are never the reply (internal notes, work notes): a box matching this selector, or
   * inside an element matching it, never gets the checklist, even when the editor selector matches it.
   */
  never: CssSelector.optional(),
  /**
   * For one composer toggled in place between a public reply and an internal note: the box is the
   * reply only while it (or the frame holding it, or an ancestor of either) matches this selector,
   * e.g. `.composer[data-mode="public"]` or `.composer:has([aria-pressed="true"].public)`.
   */
  replyWhen: z.strictObject({ selector: CssSelector }).optional(),
};

/** The role and frame keys of a locator, once parsed. */
interface EditorRoleAndFrames {
  frames?: string[];
  never?: string;
  replyWhen?: { selector: string };
}
/** The reply box by CSS selector (a textarea, a contenteditable, or any part of a TinyMCE/CKEditor/Quill editor). */
export interface EditorBySelector extends EditorRoleAndFrames {
  selector: string;
}
/** The reply box by the label shown beside it (see `FieldLocator`). */
export interface EditorByLabel extends EditorRoleAndFrames {
  label: string;
  within?: string;
}

/**
 * The reply editor's locator: a `selector` or a `label` (with `within`), plus `frames`, `never`
 * and `replyWhen`. A version 1 bare field locator parses unchanged; an `attribute` it carried is
 * dropped, as it never applied to an editor. One object with checks (not a union of two), so a
 * mistake is reported by name rather than as "Invalid input".
 *
 * @example
 * EditorLocator.parse({ selector: 'textarea#reply' }); //=> { selector: 'textarea#reply' }
 * EditorLocator.parse({
 *   frames: ['iframe.emailPublisher', 'iframe.cke_wysiwyg_frame'],
 *   selector: 'body[contenteditable="true"]',
 * });
 * EditorLocator.parse({ selector: '.composer .editor', never: '.composer--note' });
 * EditorLocator.parse({ selector: '#composer .editor', replyWhen: { selector: '#composer[data-mode="public"]' } });
 */
export const EditorLocator = z
  .strictObject({
    selector: CssSelector.optional(),
    /** Accepted from version 1 field locators and dropped. */
    attribute: z.string().optional(),
    label: z.string().trim().min(1, 'Give the label text').optional(),
    within: CssSelector.optional(),
    ...roleAndFrames,
  })
  .superRefine((locator, ctx) => {
    if ((locator.selector === undefined) === (locator.label === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'Give the reply editor either a "selector" or a "label" (not both)' });
    }
    if (locator.within !== undefined && locator.label === undefined) {
      ctx.addIssue({ code: 'custom', path: ['within'], message: '"within" narrows a "label"; with a "selector", put the container in the selector' });
    }
  })
  .transform((locator): EditorBySelector | EditorByLabel => {
    const roles: EditorRoleAndFrames = {
      ...(locator.frames ? { frames: locator.frames } : {}),
      ...(locator.never ? { never: locator.never } : {}),
      ...(locator.replyWhen ? { replyWhen: locator.replyWhen } : {}),
    };
    if (locator.selector !== undefined) return { selector: locator.selector, ...roles };
    return { label: locator.label ?? '', ...(locator.within ? { within: locator.within } : {}), ...roles };
  });
export type EditorLocator = z.infer<typeof EditorLocator>;
/** An editor locator as written in JSON (version 1 or 2 form). */
export type EditorLocatorInput = z.input<typeof EditorLocator>;

/**
 * The frames an editor locator goes through (empty when the editor is in the page itself).
 *
 * @example
 * editorFrames({ selector: 'textarea' }); //=> []
 */
export function editorFrames(locator: EditorLocator): readonly string[] {
  return locator.frames ?? [];
}
