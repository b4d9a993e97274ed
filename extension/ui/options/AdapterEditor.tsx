/**
 * @module extension/ui/options/AdapterEditor
 *
 * Edit one adapter field by field: for each fact, a CSS selector or the label the CRM shows beside
 * it, typed or picked on the page. Saving validates the whole adapter with the shared schema.
 */
import { caseFactLabels, caseFactNames, CrmAdapter, type CaseFactName, type FieldLocator } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { pickOnPage } from './pick-on-page.js';

type LocatorKind = 'none' | 'selector' | 'label';
interface LocatorDraft {
  kind: LocatorKind;
  value: string;
  within: string;
}
type Slot = CaseFactName | 'header';

const REQUIRED: ReadonlySet<Slot> = new Set(['reference', 'stage1ReceivedOn']);
const SLOTS: Slot[] = ['header', ...caseFactNames];
const slotLabel = (slot: Slot) => (slot === 'header' ? 'Case header (the badge goes after it)' : caseFactLabels[slot]);

function toDraft(locator: FieldLocator | undefined): LocatorDraft {
  if (!locator) return { kind: 'none', value: '', within: '' };
  return 'selector' in locator ? { kind: 'selector', value: locator.selector, within: '' } : { kind: 'label', value: locator.label, within: locator.within ?? '' };
}

function fromDraft(draft: LocatorDraft): FieldLocator | undefined {
  if (draft.kind === 'none') return undefined;
  if (draft.kind === 'selector') return { selector: draft.value };
  return draft.within.trim() ? { label: draft.value, within: draft.within } : { label: draft.value };
}

export function AdapterEditor({ adapter, onSave, onCancel }: { adapter: CrmAdapter; onSave: (adapter: CrmAdapter) => Promise<void>; onCancel: () => void }) {
  const name = useSignal(adapter.name);
  const id = useSignal(adapter.id);
  const origins = useSignal((adapter.origins ?? []).join(' '));
  const urlPattern = useSignal(adapter.casePage.urlPattern);
  const slots = useSignal<Record<Slot, LocatorDraft>>(
    Object.fromEntries(SLOTS.map((slot) => [slot, toDraft(slot === 'header' ? adapter.header : adapter.fields[slot])])) as Record<Slot, LocatorDraft>,
  );
  const errors = useSignal<string[]>([]);
  const picking = useSignal<Slot | null>(null);
  const pickMessage = useSignal<string | null>(null);

  const update = (slot: Slot, patch: Partial<LocatorDraft>) => {
    slots.value = { ...slots.value, [slot]: { ...slots.value[slot], ...patch } };
  };

  const pick = async (slot: Slot) => {
    picking.value = slot;
    pickMessage.value = null;
    try {
      const locator = await pickOnPage(slot);
      if (locator) {
        update(slot, toDraft(locator));
        pickMessage.value = `${slotLabel(slot)}: picked ${'selector' in locator ? `the selector ${locator.selector}` : `the label "${locator.label}"`}.`;
      } else pickMessage.value = `${slotLabel(slot)}: picking cancelled.`;
    } catch (error) {
      pickMessage.value = error instanceof Error ? error.message : String(error);
    } finally {
      picking.value = null;
    }
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const fields = Object.fromEntries(caseFactNames.map((slot) => [slot, fromDraft(slots.value[slot])]).filter(([, locator]) => locator));
    const originList = origins.value.split(/[\s,]+/).filter(Boolean);
    const parsed = CrmAdapter.safeParse({
      ...adapter,
      id: id.value.trim(),
      name: name.value,
      ...(originList.length > 0 ? { origins: originList } : { origins: undefined }),
      casePage: { ...adapter.casePage, urlPattern: urlPattern.value },
      header: fromDraft(slots.value.header),
      fields,
    });
    if (!parsed.success) {
      errors.value = parsed.error.issues.map((issue) => `${issue.path.join(' → ') || 'Adapter'}: ${issue.message}`);
      return;
    }
    errors.value = [];
    await onSave(parsed.data);
  };

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
      <div class="row">
        <label class="field">
          <span>Name</span>
          <input value={name.value} onInput={(event) => (name.value = event.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Id (lower-case letters, digits, hyphens)</span>
          <input value={id.value} class="mono" onInput={(event) => (id.value = event.currentTarget.value)} />
        </label>
      </div>
      <label class="field">
        <span>CRM addresses it is for (blank = any CRM you added)</span>
        <input value={origins.value} class="mono" placeholder="https://crm.council.example" onInput={(event) => (origins.value = event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Case page address pattern (a regular expression matched against the path, query and #)</span>
        <input value={urlPattern.value} class="mono" onInput={(event) => (urlPattern.value = event.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>Where each fact is on a case page</legend>
        <table class="slots">
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Found by</th>
              <th scope="col">Selector or label text</th>
              <th scope="col">Only inside (optional selector)</th>
              <th scope="col">
                <span class="sr">Pick</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {SLOTS.map((slot) => {
              const draft = slots.value[slot];
              const label = slotLabel(slot);
              return (
                <tr key={slot}>
                  <th scope="row">
                    {label}
                    {REQUIRED.has(slot) ? ' (required)' : ''}
                  </th>
                  <td>
                    <select aria-label={`${label}: found by`} value={draft.kind} onChange={(event) => update(slot, { kind: event.currentTarget.value as LocatorKind })}>
                      {REQUIRED.has(slot) ? null : <option value="none">Not shown</option>}
                      <option value="selector">CSS selector</option>
                      <option value="label">Label beside it</option>
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`${label}: selector or label`}
                      class="mono"
                      disabled={draft.kind === 'none'}
                      value={draft.value}
                      onInput={(event) => update(slot, { value: event.currentTarget.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`${label}: only inside`}
                      class="mono"
                      disabled={draft.kind !== 'label'}
                      value={draft.within}
                      onInput={(event) => update(slot, { within: event.currentTarget.value })}
                    />
                  </td>
                  <td>
                    <button type="button" class="link" aria-label={`Pick on page: ${label}`} disabled={picking.value !== null} onClick={() => void pick(slot)}>
                      Pick on page
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      {pickMessage.value ? (
        <p role="status" class="hint">
          {pickMessage.value}
        </p>
      ) : null}
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
