/**
 * @module extension/ui/extension-notice/deliver-letter
 *
 * What every letter form shares: writing the letter and putting it where the officer asked, and the
 * form's busy and error state. Apart from `LetterForms.tsx` so the forms it shows need not import it back.
 */
import type { LetterRequest, WrittenLetter } from '@complaint-code/shared';
import { useState } from 'preact/hooks';
import type { ChecklistModel } from '../checklist/checklist-model.js';
import type { UserEvent } from '../user-action.js';

/** Where a written letter goes: into the editor, or to the clipboard. */
export type Destination = 'insert' | 'copy';

/**
 * Write `letter`, put it where the officer asked; returns the letter (or throws with words).
 * `event` is the officer's click that asked for it (the model refuses anything else).
 */
export async function deliverLetter(model: ChecklistModel, letter: LetterRequest, destination: Destination, event: UserEvent): Promise<WrittenLetter> {
  const written = await model.actions.writeLetter(letter);
  if (destination === 'copy') {
    await model.actions.copy(event, written.text);
  } else if (!model.actions.insert(event, written.text)) {
    throw new Error('The editor did not accept the letter. Use “Copy letter” and paste it instead.');
  }
  return written;
}

/** Shared state of a letter form: busy, and the error to show. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
