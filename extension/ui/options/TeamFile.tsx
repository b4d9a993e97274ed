/**
 * @module extension/ui/options/TeamFile
 *
 * Share a team's set-up as one file: export settings, adapters and CRM addresses; import one by
 * reading it, listing every change it would make, and changing nothing until "Apply" is pressed.
 */
import { applyTeamFile, makeTeamFile, readTeamFile, teamFileChanges, type TeamFile as TeamFileData, type TeamFileChange } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { grantedCrmOrigins } from '../../background/crm-content-script.js';
import { loadSettings, updateSettings } from '../../lib/settings-item.js';

/** Granted host patterns (`https://x/*`) as origins. */
async function allowedOrigins(): Promise<string[]> {
  return (await grantedCrmOrigins()).map((pattern) => pattern.replace(/\/\*$/, ''));
}

export function TeamFile() {
  const pending = useSignal<{ file: TeamFileData; changes: TeamFileChange[]; newOrigins: string[] } | null>(null);
  const message = useSignal<{ kind: 'error' | 'done'; text: string } | null>(null);

  const exportFile = async () => {
    const { settings } = await loadSettings();
    const file = makeTeamFile(settings, await allowedOrigins(), new Date());
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'complaint-code-team.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    message.value = { kind: 'done', text: 'Team file saved as complaint-code-team.json.' };
  };

  const choose = async (input: HTMLInputElement) => {
    pending.value = null;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const read = readTeamFile(await chosen.text());
    if (!read.ok) {
      message.value = { kind: 'error', text: read.message };
      return;
    }
    const allowed = await allowedOrigins();
    const { settings } = await loadSettings();
    const changes = teamFileChanges(settings, allowed, read.file);
    message.value = changes.length === 0 ? { kind: 'done', text: 'This team file matches your set-up: nothing to change.' } : null;
    if (changes.length > 0) pending.value = { file: read.file, changes, newOrigins: read.file.crmOrigins.filter((origin) => !allowed.includes(origin)) };
  };

  const apply = async () => {
    const current = pending.value;
    if (!current) return;
    // First await in the click handler: the browser's prompt needs the officer's click.
    const granted = current.newOrigins.length === 0 ? true : await browser.permissions.request({ origins: current.newOrigins.map((origin) => `${origin}/*`) });
    try {
      const saved = await updateSettings((settings) => applyTeamFile(settings, current.file));
      if (!saved.success) {
        message.value = { kind: 'error', text: `Nothing was changed: ${saved.error.issues.map((issue) => issue.message).join('; ')}` };
        return;
      }
    } catch (caught) {
      message.value = { kind: 'error', text: caught instanceof Error ? caught.message : String(caught) };
      return;
    }
    pending.value = null;
    message.value = granted
      ? { kind: 'done', text: 'The team’s set-up is applied. Reload open case pages to see it.' }
      : { kind: 'error', text: 'Settings and adapters are applied, but the CRM addresses were not allowed, so the overlay cannot run there yet.' };
  };

  return (
    <section aria-labelledby="team-file-h">
      <h2 id="team-file-h">Team file</h2>
      <p class="hint">Share your set-up (settings, adapters and CRM addresses) with colleagues as one file. Importing shows every change first.</p>
      <div class="row">
        <button type="button" class="button" onClick={() => void exportFile()}>
          Export team file
        </button>
        <label class="field">
          <span>Import a team file</span>
          <input type="file" accept=".json,application/json" onChange={(event) => void choose(event.currentTarget)} />
        </label>
      </div>
      {pending.value ? (
        <div class="stack" role="region" aria-labelledby="team-preview-h">
          <h3 id="team-preview-h">Importing this file will change</h3>
          <ul aria-label="Changes from the team file">
            {pending.value.changes.map((change) => (
              <li key={`${change.what}:${change.to}`}>
                {change.what}: {change.from === undefined ? change.to : `${change.from} → ${change.to}`}
              </li>
            ))}
          </ul>
          <div class="row">
            <button type="button" class="button" onClick={() => void apply()}>
              Apply these changes
            </button>
            <button type="button" class="link" onClick={() => (pending.value = null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {message.value ? (
        <p role={message.value.kind === 'error' ? 'alert' : 'status'} class={message.value.kind === 'error' ? 'error' : 'done'}>
          {message.value.text}
        </p>
      ) : null}
    </section>
  );
}
