/**
 * @module extension/ui/options/SettingsForm
 *
 * Which Code applies and how deadlines are shown. Saved as a whole after zod validation; a field
 * that fails says why beside it. A setting the organisation's policy sets or locks is shown as
 * "Set by your organisation" and cannot be changed (the officer's own value stays stored).
 */
import { defaultCategories } from '@complaint-code/sdk';
import { ruleSets } from '@complaint-code/sdk';
import { RuleSetChoice, type ManagedSettingName, type Settings, type SettingsRepair } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { settingsBackups, updateSettings } from '../../lib/settings-item.js';

/** The fields this form shows; an error on any other is said in the status line. */
const FORM_FIELDS = new Set(['ruleSet', 'ombudsman', 'division', 'dueSoonWorkingDays', 'homes', 'keepLetters', 'categories']);

/** Save the copies kept before repairs as a JSON file (they may hold adapters to import again). */
async function downloadBackups(): Promise<void> {
  const blob = new Blob([JSON.stringify(await settingsBackups.getValue(), null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: 'complaint-code-old-settings.json' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const DIVISIONS = [
  ['england-and-wales', 'England and Wales'],
  ['scotland', 'Scotland'],
  ['northern-ireland', 'Northern Ireland'],
] as const;

/** Said beside a setting the organisation's policy decides. */
const SET_BY_ORGANISATION = 'Set by your organisation';

export function SettingsForm({
  settings,
  repairs,
  locked = new Set(),
}: {
  settings: Settings;
  repairs: SettingsRepair[];
  /** Settings the policy sets or locks: shown, not editable. */
  locked?: ReadonlySet<ManagedSettingName>;
}) {
  const draft = useSignal({
    ruleSet: settings.ruleSet as string,
    ombudsman: settings.ombudsman as string,
    division: settings.division as string,
    dueSoonWorkingDays: String(settings.dueSoonWorkingDays),
    homes: settings.homes === undefined ? '' : String(settings.homes),
  });
  const keepLetters = useSignal(settings.keepLetters);
  // One a line; empty means the default list (shown as the placeholder).
  const categories = useSignal((settings.categories ?? []).join('\n'));
  const errors = useSignal<Record<string, string>>({});
  const status = useSignal<string | null>(null);
  const set = (field: keyof typeof draft.value) => (event: Event) => {
    draft.value = { ...draft.value, [field]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value };
  };

  const save = async (event: Event) => {
    event.preventDefault();
    status.value = null;
    const d = draft.value;
    let parsed;
    try {
      // From the stored settings as repaired (never the raw value): a bad field elsewhere cannot block the save.
      // A locked setting keeps the officer's own stored value: the policy's is shown, not saved.
      parsed = await updateSettings((current) => ({
        ...current,
        ruleSet: locked.has('ruleSet') ? current.ruleSet : (d.ruleSet as Settings['ruleSet']),
        ombudsman: locked.has('ombudsman') ? current.ombudsman : (d.ombudsman as Settings['ombudsman']),
        division: locked.has('division') ? current.division : (d.division as Settings['division']),
        dueSoonWorkingDays: locked.has('dueSoonWorkingDays') ? current.dueSoonWorkingDays : d.dueSoonWorkingDays.trim() === '' ? undefined : Number(d.dueSoonWorkingDays),
        homes: locked.has('homes') ? current.homes : d.homes.trim() === '' ? undefined : Number(d.homes),
        keepLetters: keepLetters.value,
        categories: ((lines) => (lines.length > 0 ? lines : undefined))(categories.value.split('\n').map((line) => line.trim()).filter((line) => line !== '')),
      }));
    } catch (caught) {
      status.value = caught instanceof Error ? caught.message : String(caught);
      return;
    }
    if (!parsed.success) {
      errors.value = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      const elsewhere = parsed.error.issues.filter((issue) => !FORM_FIELDS.has(String(issue.path[0])));
      if (elsewhere.length > 0) status.value = `Not saved: ${elsewhere.map((issue) => `${issue.path.join('.')} (${issue.message})`).join('; ')}.`;
      return;
    }
    errors.value = {};
    status.value = 'Settings saved. Open case pages show them after a reload.';
  };

  const error = (field: string) =>
    errors.value[field] ? (
      <span class="error" id={`${field}-error`}>
        {errors.value[field]}
      </span>
    ) : null;
  const described = (field: string) =>
    locked.has(field as ManagedSettingName)
      ? { 'aria-describedby': `${field}-managed`, disabled: true }
      : errors.value[field]
        ? { 'aria-describedby': `${field}-error`, 'aria-invalid': true }
        : {};
  const managedNote = (field: ManagedSettingName) =>
    locked.has(field) ? (
      <span class="hint managed" id={`${field}-managed`}>
        {SET_BY_ORGANISATION}
      </span>
    ) : null;
  const editable = (['ruleSet', 'ombudsman', 'division', 'dueSoonWorkingDays', 'homes'] as const).some((field) => !locked.has(field));

  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      {repairs.length > 0 ? (
        <div class="warning" role="alert">
          <p>Some saved settings could not be read and were reset: {repairs.map((r) => `${r.field} (${r.message})`).join('; ')}.</p>
          <p>
            A copy of what was stored is kept in this browser.{' '}
            <button type="button" class="link" onClick={() => void downloadBackups()}>
              Download the old settings
            </button>
          </p>
        </div>
      ) : null}
      <form onSubmit={(event) => void save(event)} class="stack">
        <label class="field">
          <span>Complaint Handling Code</span>
          <select value={draft.value.ruleSet} onChange={set('ruleSet')} {...described('ruleSet')}>
            {RuleSetChoice.options.map((id) => (
              <option key={id} value={id}>
                {id === 'auto' ? 'Choose by the date received (recommended)' : ruleSets[id].title}
              </option>
            ))}
          </select>
          {managedNote('ruleSet')}
          {error('ruleSet')}
        </label>
        <label class="field">
          <span>Ombudsman</span>
          <select value={draft.value.ombudsman} onChange={set('ombudsman')} {...described('ombudsman')}>
            <option value="housing">Housing Ombudsman</option>
            <option value="lgsco">Local Government and Social Care Ombudsman</option>
          </select>
          {managedNote('ombudsman')}
        </label>
        <label class="field">
          <span>Bank holidays</span>
          <select value={draft.value.division} onChange={set('division')} {...described('division')}>
            {DIVISIONS.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          {managedNote('division')}
        </label>
        <label class="field">
          <span>"Due soon" from this many working days before the deadline</span>
          <input type="number" min={0} max={20} step={1} inputMode="numeric" class="short" value={draft.value.dueSoonWorkingDays} onInput={set('dueSoonWorkingDays')} {...described('dueSoonWorkingDays')} />
          {managedNote('dueSoonWorkingDays')}
          {error('dueSoonWorkingDays')}
        </label>
        <label class="field">
          <span>Homes you own (for complaints per 1,000 homes)</span>
          <input type="number" min={1} step={1} inputMode="numeric" class="short" value={draft.value.homes} onInput={set('homes')} {...described('homes')} />
          {managedNote('homes')}
          {error('homes')}
        </label>
        <label class="field">
          <span>Complaint categories, one a line (leave empty for the default list)</span>
          <textarea rows={4} value={categories.value} placeholder={defaultCategories.join('\n')} onInput={(event) => (categories.value = event.currentTarget.value)} {...described('categories')} />
          {error('categories')}
        </label>
        <div class="field">
          <label>
            <input type="checkbox" checked={keepLetters.value} onChange={(event) => (keepLetters.value = event.currentTarget.checked)} /> Keep the letters this
            extension writes with their case
          </label>
          <span class="hint">Off unless you turn it on. Kept letters stay in this browser only and go in the case evidence pack for the Ombudsman.</span>
        </div>
        {editable ? (
          <div>
            <button type="submit" class="button">
              Save settings
            </button>
          </div>
        ) : (
          <p class="hint">Your organisation sets all of these.</p>
        )}
        {status.value ? (
          <p role="status" class="done">
            {status.value}
          </p>
        ) : null}
      </form>
    </section>
  );
}
