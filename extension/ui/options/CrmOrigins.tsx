/**
 * @module extension/ui/options/CrmOrigins
 *
 * The CRM origins the overlay runs on. Adding one asks the browser for that origin only, at the
 * click (`permissions.request` needs the user's gesture, so it is the first thing the handler does).
 * Granted host permissions are the list: nothing else to keep in sync.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { grantedCrmOrigins } from '../../background/crm-content-script.js';
import { crmPatternsToRemove, crmPermissionPatterns, toCrmOrigin } from '../../lib/crm-origin.js';

/** Origins this build requires (the e2e build's demo CRM); they cannot be removed here. */
function requiredOrigins(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

export function CrmOrigins() {
  const origins = useSignal<string[] | null>(null);
  const address = useSignal('');
  const message = useSignal<{ kind: 'error' | 'done'; text: string } | null>(null);

  const reload = async () => {
    origins.value = await grantedCrmOrigins();
  };
  useEffect(() => {
    void reload();
    const onChange = () => void reload();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = toCrmOrigin(address.value);
    if (!parsed.ok) {
      message.value = { kind: 'error', text: parsed.message };
      return;
    }
    // First await in the handler: Firefox drops the user gesture after any other await.
    const granted = await browser.permissions.request({ origins: crmPermissionPatterns(parsed.origin) });
    message.value = granted
      ? { kind: 'done', text: `Added ${parsed.origin}. Open or reload a case page there to see the deadlines.` }
      : { kind: 'error', text: `Access to ${parsed.origin} was not given, so the overlay cannot run there.` };
    if (granted) address.value = '';
    await reload();
  };

  const remove = async (pattern: string) => {
    const { origins: granted = [] } = await browser.permissions.getAll();
    const removed = await browser.permissions.remove({ origins: crmPatternsToRemove(pattern, granted) });
    message.value = removed
      ? { kind: 'done', text: `Removed ${pattern.replace(/\/\*$/, '')}.` }
      : { kind: 'error', text: `Could not remove ${pattern}.` };
    await reload();
  };

  const required = requiredOrigins();
  return (
    <section aria-labelledby="crm-origins-h">
      <h2 id="crm-origins-h">Your CRM</h2>
      <p class="hint">
        The extension reads complaint pages only on the CRM addresses you add here. Your browser asks you to allow each one.
      </p>
      {origins.value === null ? (
        <p>Loading…</p>
      ) : origins.value.length === 0 ? (
        <p>No CRM added yet.</p>
      ) : (
        <ul class="rows" aria-label="CRM addresses">
          {origins.value.map((pattern) => (
            <li key={pattern}>
              <span class="mono">{pattern.replace(/\/\*$/, '')}</span>
              {required.includes(pattern) ? (
                <span class="hint"> (built into this test build)</span>
              ) : (
                <button type="button" class="link" onClick={() => void remove(pattern)}>
                  Remove {pattern.replace(/\/\*$/, '')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)} class="row">
        <label class="field">
          <span>CRM address</span>
          <input
            type="text"
            inputMode="url"
            autocomplete="url"
            name="crm-address"
            placeholder="https://crm.council.example"
            value={address.value}
            onInput={(event) => (address.value = event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          Add CRM
        </button>
      </form>
      {message.value ? (
        <p role={message.value.kind === 'error' ? 'alert' : 'status'} class={message.value.kind === 'error' ? 'error' : 'done'}>
          {message.value.text}
        </p>
      ) : null}
    </section>
  );
}
