/**
 * @module extension/ui/options/ManagedPolicy
 *
 * What the organisation's policy sets (docs/deploy.md): its CRM addresses, its adapters, and any
 * part of the policy that could not be used. A CRM address the build was not given at install
 * (the store build) is asked for once, here, with the officer's click.
 */
import type { ManagedPolicy as Policy, ManagedProblem } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';

export function ManagedPolicy({ policy, problems }: { policy: Policy; problems: ManagedProblem[] }) {
  const granted = useSignal<Record<string, boolean>>({});
  const message = useSignal<{ kind: 'error' | 'done'; text: string } | null>(null);

  const check = async () => {
    const entries = await Promise.all(policy.crmOrigins.map(async (origin) => [origin, await browser.permissions.contains({ origins: [`${origin}/*`] })] as const));
    granted.value = Object.fromEntries(entries);
  };
  useEffect(() => {
    void check();
    const onChange = () => void check();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [policy]);

  const allow = async (origin: string) => {
    // First await in the handler: the browser needs the click to show its prompt.
    const ok = await browser.permissions.request({ origins: [`${origin}/*`] });
    message.value = ok
      ? { kind: 'done', text: `Allowed ${origin}. Open or reload a case page there to see the deadlines.` }
      : { kind: 'error', text: `Access to ${origin} was not given, so the overlay cannot run there.` };
    await check();
  };

  const sets = policy.crmOrigins.length + policy.adapters.length + Object.keys(policy.settings).length > 0 || policy.officersMayChange !== undefined;
  if (!sets && problems.length === 0) return null;
  return (
    <section aria-labelledby="managed-h">
      <h2 id="managed-h">Set by your organisation</h2>
      <p class="hint">Your organisation manages some of this extension. Settings it sets are shown below and cannot be changed here.</p>
      {problems.length > 0 ? (
        <div class="warning" role="alert">
          <p>Part of your organisation’s policy could not be used. Tell your IT team:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.field}>
                <span class="mono">{problem.field}</span>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {policy.crmOrigins.length > 0 ? (
        <>
          <h3>CRM addresses</h3>
          <ul class="rows" aria-label="CRM addresses set by your organisation">
            {policy.crmOrigins.map((origin) => (
              <li key={origin}>
                <span class="mono">{origin}</span>
                {granted.value[origin] ? (
                  <span class="hint"> (allowed)</span>
                ) : granted.value[origin] === false ? (
                  <button type="button" class="button" onClick={() => void allow(origin)}>
                    Allow {origin}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {policy.adapters.length > 0 ? (
        <>
          <h3>CRM adapters</h3>
          <ul class="rows" aria-label="Adapters set by your organisation">
            {policy.adapters.map((adapter) => (
              <li key={adapter.id}>
                {adapter.name} <span class="mono hint">({adapter.id})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {message.value ? (
        <p role={message.value.kind === 'error' ? 'alert' : 'status'} class={message.value.kind === 'error' ? 'error' : 'done'}>
          {message.value.text}
        </p>
      ) : null}
    </section>
  );
}
