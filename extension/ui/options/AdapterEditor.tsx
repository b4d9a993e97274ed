/**
 * @module extension/ui/options/AdapterEditor
 *
 * Edit one adapter: the case page address (and the panes of an agent workspace), each fact's
 * locator with every option of the format (typed, or picked on the page), the reply editor with its
 * frames, and the list page. The editable model lives in `editor-model.ts`, which keeps every key
 * of the adapter, so saving never drops an option. Saving validates with the shared schema;
 * "Test on this page" reads a CRM tab with the adapter as it stands, without saving it.
 */
import { caseFactLabels, caseFactNames, CrmAdapter, dateFactNames, extensionFactNames, type CaseFactName } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { explainAdapterIssues } from '../../lib/explain-adapter-issues.js';
import { fromEditorModel, toEditorModel, toLocatorDraft, type EditorModel, type LocatorDraft, type LocatorKind, type Slot } from './editor-model.js';
import { LocatorOptions } from './LocatorOptions.js';
import { pickOnPage } from './pick-on-page.js';
import { TestOnPage } from './TestOnPage.js';

const REQUIRED: ReadonlySet<Slot> = new Set(['reference', 'stage1ReceivedOn']);
const DATE_FACTS: ReadonlySet<string> = new Set([...dateFactNames, ...extensionFactNames]);
const SLOTS: Slot[] = ['header', ...caseFactNames, 'editor'];
const slotLabel = (slot: Slot) =>
  slot === 'header' ? 'Case header (the badge goes after it)' : slot === 'editor' ? 'Reply editor' : caseFactLabels[slot];

function LocatorRow(props: { slot: string; label: string; draft: LocatorDraft; required: boolean; isDate: boolean; isEditor: boolean; update: (patch: Partial<LocatorDraft>) => void; pick?: () => void; pickDisabled: boolean }) {
  const { label, draft, update } = props;
  return (
    <tr>
      <th scope="row">
        {label}
        {props.required ? ' (required)' : ''}
      </th>
      <td>
        <select aria-label={`${label}: found by`} value={draft.kind} onChange={(event) => update({ kind: event.currentTarget.value as LocatorKind })}>
          {props.required ? null : <option value="none">Not shown</option>}
          <option value="selector">CSS selector</option>
          <option value="label">Label beside it</option>
        </select>
      </td>
      <td class="grow">
        <input aria-label={`${label}: selector or label`} class="mono" disabled={draft.kind === 'none'} value={draft.value} onInput={(event) => update({ value: event.currentTarget.value })} />
        <LocatorOptions label={label} draft={draft} isDate={props.isDate} isEditor={props.isEditor} update={update} />
      </td>
      <td>
        {props.pick ? (
          <button type="button" class="link" aria-label={`Pick on page: ${label}`} disabled={props.pickDisabled} onClick={props.pick}>
            Pick on page
          </button>
        ) : props.isEditor ? (
          <span class="hint">Or use “Point at the editor” on a case page</span>
        ) : null}
      </td>
    </tr>
  );
}

export function AdapterEditor({ adapter, onSave, onCancel }: { adapter: CrmAdapter; onSave: (adapter: CrmAdapter) => Promise<void>; onCancel: () => void }) {
  const model = useSignal<EditorModel>(toEditorModel(adapter));
  const errors = useSignal<string[]>([]);
  const picking = useSignal<Slot | null>(null);
  const pickMessage = useSignal<string | null>(null);
  /** A platform pack is a template: it is used on pages only once the admin says it is complete. */
  const templateDone = useSignal(false);
  const template = model.value.extra.template as { complete?: string[] } | undefined;

  const set = (patch: Partial<EditorModel>) => (model.value = { ...model.value, ...patch });
  const updateSlot = (slot: Slot, patch: Partial<LocatorDraft>) =>
    set({ slots: { ...model.value.slots, [slot]: { ...model.value.slots[slot], ...patch } } });
  const updateListField = (fact: CaseFactName, patch: Partial<LocatorDraft>) => {
    const listPage = model.value.listPage;
    set({ listPage: { ...listPage, fields: { ...listPage.fields, [fact]: { ...listPage.fields[fact], ...patch } } } });
  };

  const pick = async (slot: CaseFactName | 'header') => {
    picking.value = slot;
    pickMessage.value = null;
    try {
      const locator = await pickOnPage(slot);
      if (locator) {
        updateSlot(slot, { ...toLocatorDraft(locator), extra: model.value.slots[slot].extra });
        const where = 'selector' in locator && locator.selector ? `the selector ${locator.selector}` : `the label "${String((locator as { label?: string }).label)}"`;
        const attribute = (locator as { attribute?: string }).attribute;
        pickMessage.value = `${slotLabel(slot)}: picked ${where}${attribute ? `, reading its ${attribute} attribute` : ''}.`;
      } else pickMessage.value = `${slotLabel(slot)}: picking cancelled.`;
    } catch (error) {
      pickMessage.value = error instanceof Error ? error.message : String(error);
    } finally {
      picking.value = null;
    }
  };

  /** The adapter as it stands, checked: the adapter, or the problems in plain words. */
  const current = (): { ok: true; adapter: CrmAdapter } | { ok: false; problems: string[] } => {
    const { template: _template, ...withoutTemplate } = model.value.extra;
    const parsed = CrmAdapter.safeParse(fromEditorModel(templateDone.value ? { ...model.value, extra: withoutTemplate } : model.value));
    return parsed.success ? { ok: true, adapter: parsed.data } : { ok: false, problems: explainAdapterIssues(parsed.error.issues) };
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = current();
    if (!checked.ok) {
      errors.value = checked.problems;
      return;
    }
    errors.value = [];
    await onSave(checked.adapter);
  };

  const m = model.value;
  const text = (label: string, key: 'name' | 'id' | 'origins' | 'urlPattern' | 'visibleCase' | 'description', hint = '', mono = true) => (
    <label class="field">
      <span>{label}</span>
      {hint ? <span class="hint">{hint}</span> : null}
      <input value={m[key]} class={mono ? 'mono' : ''} onInput={(event) => set({ [key]: event.currentTarget.value })} />
    </label>
  );

  return (
    <form class="editor stack" aria-label={`Edit adapter ${adapter.name}`} onSubmit={(event) => void save(event)}>
      {errors.value.length > 0 ? (
        <div class="error-summary" role="alert">
          <h3>There is a problem</h3>
          <ul>
            {errors.value.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {template ? (
        <div class="warning">
          <h3>This is a template</h3>
          <p>It is never used on a page until you complete it. Complete these, test it on a case page, then tick the box and save.</p>
          <ul>
            {(template.complete ?? []).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <label class="check">
            <input type="checkbox" checked={templateDone.value} onChange={(event) => (templateDone.value = event.currentTarget.checked)} />
            <span>I have completed it: use it on my CRM</span>
          </label>
        </div>
      ) : null}
      <div class="row">
        {text('Name', 'name', '', false)}
        {text('Id (lower-case letters, digits, hyphens)', 'id')}
      </div>
      {text('Description (optional)', 'description', '', false)}
      {text('CRM addresses it is for (blank = any CRM you added)', 'origins')}
      {text('Case page address pattern (matched against the path, query and #)', 'urlPattern')}
      {text('Several cases open as tabs in one page? The CSS selector of each case’s pane (optional)', 'visibleCase', 'Only the pane the officer can see is read.')}
      <fieldset>
        <legend>Where each fact is on a case page</legend>
        <table class="slots">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Found by</th>
              <th scope="col">Selector or label text</th>
              <th scope="col">
                <span class="sr">Pick</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {SLOTS.map((slot) => (
              <LocatorRow
                key={slot}
                slot={slot}
                label={slotLabel(slot)}
                draft={m.slots[slot]}
                required={REQUIRED.has(slot)}
                isDate={DATE_FACTS.has(slot)}
                isEditor={slot === 'editor'}
                update={(patch) => updateSlot(slot, patch)}
                {...(slot === 'editor' ? {} : { pick: () => void pick(slot) })}
                pickDisabled={picking.value !== null}
              />
            ))}
          </tbody>
        </table>
      </fieldset>
      {pickMessage.value ? (
        <p role="status" class="hint">
          {pickMessage.value}
        </p>
      ) : null}
      <fieldset>
        <legend>List of cases (optional)</legend>
        <label class="check">
          <input type="checkbox" checked={m.listPage.enabled} onChange={(event) => set({ listPage: { ...m.listPage, enabled: event.currentTarget.checked } })} />
          <span>This CRM has a list of cases the side panel can read</span>
        </label>
        {m.listPage.enabled ? (
          <div class="stack">
            <label class="field">
              <span>List page address pattern</span>
              <input class="mono" value={m.listPage.urlPattern} onInput={(event) => set({ listPage: { ...m.listPage, urlPattern: event.currentTarget.value } })} />
            </label>
            <label class="field">
              <span>Each row (a CSS selector)</span>
              <input class="mono" value={m.listPage.row} onInput={(event) => set({ listPage: { ...m.listPage, row: event.currentTarget.value } })} />
            </label>
            <table class="slots" aria-label="Facts in each row">
              <thead>
                <tr>
                  <th scope="col">Fact</th>
                  <th scope="col">Found by</th>
                  <th scope="col">Selector or label text, inside the row</th>
                  <th scope="col">
                    <span class="sr">Pick</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {caseFactNames.map((fact) => (
                  <LocatorRow
                    key={fact}
                    slot={fact}
                    label={`List: ${caseFactLabels[fact]}`}
                    draft={m.listPage.fields[fact]}
                    required={false}
                    isDate={DATE_FACTS.has(fact)}
                    isEditor={false}
                    update={(patch) => updateListField(fact, patch)}
                    pickDisabled
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </fieldset>
      <TestOnPage current={current} />
      <div class="row">
        <button type="submit" class="button">
          Save adapter
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
