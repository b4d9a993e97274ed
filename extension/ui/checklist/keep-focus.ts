/**
 * Buttons that act on the editor keep its focus and caret, as an editor toolbar's do: the mouse
 * press must not move focus into our panel. (Keyboard users' caret is restored by the editor module.)
 *
 * @example
 * <button onMouseDown={keepEditorFocus} onClick={add}>Add</button>
 */
export const keepEditorFocus = (event: MouseEvent): void => event.preventDefault();
