/**
 * @module extension/ui/options/Adapters
 *
 * The CRM adapters: built-in ones (read only; copy one to change it) and the user's own, with JSON
 * import and export so an admin can hand one adapter to a whole team.
 */
import { platformPacks, type CrmAdapter } from '@complaint-code/shared';
import { shippedAdapters as builtinAdapters } from '../../lib/shipped-adapters.js';
import { useSignal } from '@preact/signals';
import { MAX_ADAPTER_FILE_CHARS, adapterToJson, mergeAdapters, parseAdapterJson } from '../../lib/adapter-json.js';
import { findCoveringAdapter } from '../../lib/find-covering-adapter.js';
import { megabytes, saveAdapters } from '../../lib/save-adapters.js';
import { AdapterEditor } from './AdapterEditor.js';

function download(adapter: CrmAdapter) {
  const url = URL.createObjectURL(new Blob([adapterToJson(adapter)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${adapter.id}.adapter.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const BLANK: CrmAdapter = {
  id: 'my-crm',
  name: 'My CRM',
  version: 2,
  casePage: { urlPattern: '^/cases/[^/]+$' },
  fields: { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Date received' } },
};

export function Adapters({ initial }: { initial: CrmAdapter[] }) {
  const mine = useSignal(initial);
  const editing = useSignal<{ adapter: CrmAdapter; isNew: boolean } | null>(null);
  const pasted = useSignal('');
  const message = useSignal<{ kind: 'error' | 'done'; text: string } | null>(null);

  /** Stores `adapters`; on failure shows why (nothing stored is lost) and returns false. */
  const store = async (adapters: CrmAdapter[]): Promise<boolean> => {
    const saved = await saveAdapters(adapters);
    if (!saved.ok) {
      message.value = { kind: 'error', text: saved.message };
      return false;
    }
    mine.value = adapters;
    return true;
  };

  const importText = async (text: string) => {
    const parsed = parseAdapterJson(text);
    if (!parsed.ok) {
      message.value = { kind: 'error', text: parsed.message };
      return;
    }
    const merged = mergeAdapters(mine.value, parsed.adapters);
    if (!(await store(merged.adapters))) return;
    pasted.value = '';
    const parts = [
      merged.added.length > 0 ? `added ${merged.added.join(', ')}` : '',
      merged.replaced.length > 0 ? `replaced ${merged.replaced.join(', ')}` : '',
    ].filter(Boolean);
    // Adapters are tried in order, first match wins: an import behind an overlapping one would never apply.
    const notes = parsed.adapters.flatMap((adapter) => {
      const covering = findCoveringAdapter(merged.adapters, adapter.id);
      return covering
        ? [
            ` Note: the adapter "${covering.name}" (${covering.id}) may already cover the pages of ${adapter.id} and is tried first. Remove it, or import this file under its id to replace it.`,
          ]
        : [];
    });
    message.value = { kind: 'done', text: `Imported: ${parts.join('; ')}.${notes.join('')}` };
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_ADAPTER_FILE_CHARS * 4) {
      // Not even read: far over the limit however it is encoded.
      message.value = { kind: 'error', text: `${file.name} is ${megabytes(file.size)} MB. An adapter file is a few KB; the most the extension reads is 1 MB. Nothing was imported.` };
      return;
    }
    await importText(await file.text());
  };

  const saveEdited = async (adapter: CrmAdapter) => {
    const previousId = editing.value?.isNew ? undefined : editing.value?.adapter.id;
    const others = mine.value.filter((candidate) => candidate.id !== previousId);
    if (others.some((candidate) => candidate.id === adapter.id)) {
      message.value = { kind: 'error', text: `You already have an adapter with the id "${adapter.id}".` };
      return;
    }
    const index = mine.value.findIndex((candidate) => candidate.id === previousId);
    const next = index === -1 ? [...mine.value, adapter] : mine.value.map((candidate, i) => (i === index ? adapter : candidate));
    if (!(await store(next))) return;
    editing.value = null;
    message.value = { kind: 'done', text: `Saved ${adapter.name}. Reload open case pages to use it.` };
  };

  const remove = async (adapter: CrmAdapter) => {
    if (!(await store(mine.value.filter((candidate) => candidate.id !== adapter.id)))) return;
    message.value = { kind: 'done', text: `Deleted ${adapter.name}.` };
  };

  const copyOf = (adapter: CrmAdapter): CrmAdapter =>
    adapter.template
      ? { ...adapter, id: adapter.id.replace(/^pack-/, 'my-').slice(0, 63), name: adapter.name.replace(/\s*\(template\)$/, '') }
      : { ...adapter, id: `${adapter.id}-copy`.slice(0, 63), name: `${adapter.name} (copy)` };

  const row = (adapter: CrmAdapter, builtIn: boolean) => (
    <li key={`${builtIn ? 'builtin' : 'mine'}:${adapter.id}`}>
      <strong>{adapter.name}</strong> <span class="mono hint">{adapter.id}</span>{' '}
      {adapter.template ? <span class="tag">Template</span> : builtIn ? <span class="tag">Built in</span> : <span class="tag mine">Yours</span>}
      <span class="actions">
        <button type="button" class="link" onClick={() => download(adapter)} aria-label={`Export ${adapter.name}`}>
          Export
        </button>
        {builtIn ? (
          <button type="button" class="link" onClick={() => (editing.value = { adapter: copyOf(adapter), isNew: true })} aria-label={`${adapter.template ? 'Copy and complete' : 'Copy and edit'} ${adapter.name}`}>
            {adapter.template ? 'Copy and complete' : 'Copy and edit'}
          </button>
        ) : (
          <>
            <button type="button" class="link" onClick={() => (editing.value = { adapter, isNew: false })} aria-label={`Edit ${adapter.name}`}>
              Edit
            </button>
            <button type="button" class="link danger" onClick={() => void remove(adapter)} aria-label={`Delete ${adapter.name}`}>
              Delete
            </button>
          </>
        )}
      </span>
    </li>
  );

  return (
    <section aria-labelledby="adapters-h">
      <h2 id="adapters-h">CRM adapters</h2>
      <p class="hint">
        An adapter tells the extension where your CRM shows each fact of a complaint. Yours are tried first. Share one with your team by
        exporting it and having them import the file.
      </p>
      <ul class="rows" aria-label="Adapters">
        {mine.value.map((adapter) => row(adapter, false))}
        {builtinAdapters.map((adapter) => row(adapter, true))}
      </ul>
      <h3 id="packs-h">Templates for common CRMs</h3>
      <p class="hint">
        A starting point for Dynamics 365, Salesforce, helpdesk products and GOV.UK-style case tools. Landlords name their fields
        differently, so copy one, complete what it lists with your CRM’s field names, and test it on a case page.
      </p>
      <ul class="rows" aria-labelledby="packs-h">{platformPacks.map((adapter) => row(adapter, true))}</ul>
      {builtinAdapters.length + mine.value.length === 0 ? <p>No adapters yet.</p> : null}
      {message.value ? (
        <p role={message.value.kind === 'error' ? 'alert' : 'status'} class={message.value.kind === 'error' ? 'error pre' : 'done'}>
          {message.value.text}
        </p>
      ) : null}
      {editing.value ? (
        <AdapterEditor
          key={editing.value.adapter.id}
          adapter={editing.value.adapter}
          onSave={saveEdited}
          onCancel={() => (editing.value = null)}
        />
      ) : (
        <div class="stack">
          <div>
            <button type="button" class="button secondary" onClick={() => (editing.value = { adapter: BLANK, isNew: true })}>
              New adapter
            </button>
          </div>
          <label class="field">
            <span>Import an adapter file (.json)</span>
            <input type="file" accept="application/json,.json" onChange={(event) => void onFile(event)} />
          </label>
          <label class="field">
            <span>Or paste adapter JSON</span>
            <textarea rows={6} class="mono" value={pasted.value} onInput={(event) => (pasted.value = event.currentTarget.value)} />
          </label>
          <div>
            <button type="button" class="button secondary" disabled={pasted.value.trim() === ''} onClick={() => void importText(pasted.value)}>
              Import pasted JSON
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
