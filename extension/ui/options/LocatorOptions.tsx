/**
 * @module extension/ui/options/LocatorOptions
 *
 * The "More options" of one locator row: where the value lives, part of it, its date formats, the
 * label's side, when "nothing" is fine, and, for the reply editor, its frames and internal notes.
 * Every option of the adapter format has a box here, so nothing is lost on save.
 */
import type { LocatorDraft } from './editor-model.js';

interface Props {
  /** The fact's plain name, used in every box's accessible name. */
  label: string;
  draft: LocatorDraft;
  isDate: boolean;
  isEditor: boolean;
  update: (patch: Partial<LocatorDraft>) => void;
}

const READ_OPTIONS: [string, string][] = [
  ['', 'Work it out (a box’s value, a chosen option, a date attribute, else the text)'],
  ['text', 'The text shown'],
  ['value', 'A form box’s value'],
  ['selected-option', 'The chosen option of a drop-down'],
  ['attribute', 'An attribute (name it below)'],
];

const DIRECTION_OPTIONS: [string, string][] = [
  ['', 'Work it out (a problem when unsure)'],
  ['label-then-value', 'After its label'],
  ['value-then-label', 'Before its label (as in Dynamics 365 header tiles)'],
];

/** Summary text for the closed `<details>`, so the admin sees which options are set. */
function summary(draft: LocatorDraft): string {
  const set = [
    draft.within && 'inside',
    draft.labelDirection && 'label side',
    (draft.read || draft.attribute) && 'value source',
    draft.pattern && 'pattern',
    draft.dateFormats && 'date formats',
    draft.optional && 'optional',
    draft.emptyMarkers && 'empty markers',
    draft.frames && 'frames',
    draft.never && 'never',
    draft.replyWhen && 'reply when',
  ].filter(Boolean);
  return set.length > 0 ? `More options (set: ${set.join(', ')})` : 'More options';
}

export function LocatorOptions({ label, draft, isDate, isEditor, update }: Props) {
  const disabled = draft.kind === 'none';
  return (
    <details class="more">
      <summary>{summary(draft)}</summary>
      <div class="options-grid">
        <label class="field">
          <span>Only inside (a CSS selector for a panel, optional)</span>
          <input aria-label={`${label}: only inside`} class="mono" disabled={disabled} value={draft.within} onInput={(event) => update({ within: event.currentTarget.value })} />
        </label>
        {isEditor ? (
          <>
            <label class="field">
              <span>Frames to go through, outermost first (one CSS selector a line)</span>
              <textarea aria-label={`${label}: frames`} rows={2} class="mono" disabled={disabled} value={draft.frames} onInput={(event) => update({ frames: event.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Never the reply (internal notes: a CSS selector)</span>
              <input aria-label={`${label}: never the reply`} class="mono" disabled={disabled} value={draft.never} onInput={(event) => update({ never: event.currentTarget.value })} />
            </label>
            <label class="field">
              <span>The reply only while this matches (a composer toggled between reply and note)</span>
              <input aria-label={`${label}: reply only while`} class="mono" disabled={disabled} value={draft.replyWhen} onInput={(event) => update({ replyWhen: event.currentTarget.value })} />
            </label>
          </>
        ) : (
          <>
            <label class="field">
              <span>Which side of its label the value is</span>
              <select aria-label={`${label}: label side`} disabled={draft.kind !== 'label'} value={draft.labelDirection} onChange={(event) => update({ labelDirection: event.currentTarget.value })}>
                {DIRECTION_OPTIONS.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>Where the value is</span>
              <select aria-label={`${label}: read from`} disabled={disabled} value={draft.read} onChange={(event) => update({ read: event.currentTarget.value })}>
                {READ_OPTIONS.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>Attribute name (e.g. datetime, title, data-value)</span>
              <input aria-label={`${label}: attribute`} class="mono" disabled={disabled} value={draft.attribute} onInput={(event) => update({ attribute: event.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Keep only part of it: a pattern with one ( ) around the part, e.g. Complaint:\s*(\d+)</span>
              <input aria-label={`${label}: value pattern`} class="mono" disabled={disabled} value={draft.pattern} onInput={(event) => update({ pattern: event.currentTarget.value })} />
            </label>
            {isDate || draft.dateFormats ? (
              <label class="field">
                <span>Date formats, one a line (e.g. d/M/yyyy, yyyy-MM-dd HH:mm, MMM d, yyyy HH:mm, dd-MMM-yyyy, iso)</span>
                <textarea aria-label={`${label}: date formats`} rows={2} class="mono" disabled={disabled} value={draft.dateFormats} onInput={(event) => update({ dateFormats: event.currentTarget.value })} />
              </label>
            ) : null}
            <label class="field">
              <span>Words that mean “no value”, one a line (besides —Empty—, ---, N/A)</span>
              <textarea aria-label={`${label}: empty markers`} rows={2} class="mono" disabled={disabled} value={draft.emptyMarkers} onInput={(event) => update({ emptyMarkers: event.currentTarget.value })} />
            </label>
            <label class="check">
              <input type="checkbox" aria-label={`${label}: optional`} disabled={disabled} checked={draft.optional} onChange={(event) => update({ optional: event.currentTarget.checked })} />
              <span>Optional: not a problem when a page does not show it</span>
            </label>
          </>
        )}
      </div>
    </details>
  );
}
