/**
 * @module extension/content/editors/editor-role
 *
 * What a box the editor locator matches is, by the adapter's role rules: the reply, an internal
 * note (`never`), or a composer that is not the reply right now (`replyWhen` does not match).
 * Shared by the draft checklist (find-reply-editor.ts) and "Test on this page" (picker), so the
 * admin's test says exactly what the overlay will do. No layout is forced.
 */
import type { EditorLocator } from '@complaint-code/shared';

/** `reply`: the checklist goes here; `never`: an internal note; `not-now`: `replyWhen` does not match now. */
export type EditorRole = 'reply' | 'never' | 'not-now';

/**
 * The role of `element`, reached through `frames` (outermost first): a rule matches the box, the
 * frame holding it, or an ancestor of either. A selector that does not parse matches nothing.
 *
 * @example
 * editorRole(noteBox, [], { selector: 'textarea', never: '.note' }); //=> 'never'
 */
export function editorRole(element: Element, frames: readonly Element[], locator: EditorLocator): EditorRole {
  const chain = [element, ...frames];
  const matches = (selector: string) =>
    chain.some((node) => {
      try {
        return node.closest(selector) !== null;
      } catch {
        return false;
      }
    });
  if (locator.never && matches(locator.never)) return 'never';
  if (locator.replyWhen && !matches(locator.replyWhen.selector)) return 'not-now';
  return 'reply';
}
