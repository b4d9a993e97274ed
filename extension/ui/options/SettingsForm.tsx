/**
 * @module extension/ui/options/SettingsForm
 *
 * Which Code applies and how deadlines are shown. Saved as a whole after zod validation; a field
 * that fails says why beside it.
 */
import { ruleSets } from '@complaint-code/sdk';
import { RuleSetChoice, Settings, type SettingsRepair } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { settingsItem } from '../../lib/settings-item.js';

const DIVISIONS = [
  ['england-and-wales', 'England and Wales'],
  ['scotland', 'Scotland'],
  ['northern-ireland', 'Northern Ireland'],
] as const;

export function SettingsForm({ settings, repairs }: { settings: Settings; repairs: SettingsRepair[] }) {
  const draft = useSignal({
    ruleSet: settings.ruleSet as string,
    ombudsman: settings.ombudsman as string,
    division: settings.division as string,
    dueSoonWorkingDays: String(settings.dueSoonWorkingDays),
    homes: settings.homes === undefined ? '' : String(settings.homes),
  });
  const errors = useSignal<Record<string, string>>({});
  const status = useSignal<string | null>(null);
  const set = (field: keyof typeof draft.value) => (event: Event) => {
    draft.value = { ...draft.value, [field]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value };
  };

  const save = async (event: Event) => {
    event.preventDefault();
    status.value = null;
    const current = await settingsItem.getValue();
    const d = draft.value;
    const parsed = Settings.safeParse({
      ...current,
      ruleSet: d.ruleSet,
      ombudsman: d.ombudsman,
      division: d.division,
      dueSoonWorkingDays: d.dueSoonWorkingDays.trim() === '' ? undefined : Number(d.dueSoonWorkingDays),
      homes: d.homes.trim() === '' ? undefined : Number(d.homes),
    });
    if (!parsed.success) {
      errors.value = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      return;
    }
    errors.value = {};
    await settingsItem.setValue(parsed.data);
    status.value = 'Settings saved. Open case pages show them after a reload.';
  };

  const error = (field: string) =>
    errors.value[field] ? (
      <span class="error" id={`${field}-error`}>
        {errors.value[field]}
      </span>
    ) : null;
  const described = (field: string) => (errors.value[field] ? { 'aria-describedby': `${field}-error`, 'aria-invalid': true } : {});

  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      {repairs.length > 0 ? (
        <div class="warning" role="alert">
          Some saved settings could not be read and were reset: {repairs.map((r) => `${r.field} (${r.message})`).join('; ')}.
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
          {error('ruleSet')}
        </label>
        <label class="field">
          <span>Ombudsman</span>
          <select value={draft.value.ombudsman} onChange={set('ombudsman')}>
            <option value="housing">Housing Ombudsman</option>
            <option value="lgsco">Local Government and Social Care Ombudsman</option>
          </select>
        </label>
        <label class="field">
          <span>Bank holidays</span>
          <select value={draft.value.division} onChange={set('division')}>
            {DIVISIONS.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>"Due soon" from this many working days before the deadline</span>
          <input type="number" min={0} max={20} step={1} inputMode="numeric" class="short" value={draft.value.dueSoonWorkingDays} onInput={set('dueSoonWorkingDays')} {...described('dueSoonWorkingDays')} />
          {error('dueSoonWorkingDays')}
        </label>
        <label class="field">
          <span>Homes you own (for complaints per 1,000 homes)</span>
          <input type="number" min={1} step={1} inputMode="numeric" class="short" value={draft.value.homes} onInput={set('homes')} {...described('homes')} />
          {error('homes')}
        </label>
        <div>
          <button type="submit" class="button">
            Save settings
          </button>
        </div>
        {status.value ? (
          <p role="status" class="done">
            {status.value}
          </p>
        ) : null}
      </form>
    </section>
  );
}
