/**
 * @module @complaint-code/shared/settings
 *
 * The officer's settings, kept in extension storage (`local:settings`). The schema is the single
 * source of truth: the options page writes it, the background reads it, and anything read back is
 * parsed again, because storage can hold what an older version wrote.
 */
import { z } from 'zod';
import { CrmAdapter } from './adapter.js';

/** Which Code to apply: `auto` picks by the date received and the Ombudsman (HO before 1 April 2024 → ho-2022). */
export const RuleSetChoice = z.enum(['auto', 'ho-2024', 'ho-2022', 'joint-draft-2023', 'lgsco-2024'], {
  error: 'Choose the Code: auto, ho-2024, ho-2022, joint-draft-2023 or lgsco-2024',
});
export type RuleSetChoice = z.infer<typeof RuleSetChoice>;

/** The bank-holiday calendar, by GOV.UK division. */
export const DivisionChoice = z.enum(['england-and-wales', 'scotland', 'northern-ireland']);
export type DivisionChoice = z.infer<typeof DivisionChoice>;

/**
 * Settings, storage version 1 (the first shipped). When the shape changes, bump
 * `settingsStorageVersion` and add the step to the extension's `migrations` map; never edit an old step.
 *
 * @example
 * Settings.parse({}); //=> { ruleSet: 'auto', ombudsman: 'housing', division: 'england-and-wales', dueSoonWorkingDays: 2, alerts: { daily: true, dailyAt: '09:00', overdue: true }, retentionMonths: 12, adapters: [] }
 */
export const Settings = z.object({
  /** @default 'auto' */
  ruleSet: RuleSetChoice.default('auto'),
  /** The landlord's Ombudsman: Housing Ombudsman (housing associations, council housing) or LGSCO. @default 'housing' */
  ombudsman: z.enum(['housing', 'lgsco']).default('housing'),
  /** @default 'england-and-wales' */
  division: DivisionChoice.default('england-and-wales'),
  /** A deadline this many working days away (or fewer) shows as "Due soon". @default 2 */
  dueSoonWorkingDays: z.int('Use a whole number of working days').min(0, 'Use 0 or more working days').max(20, 'Use 20 working days or fewer').default(2),
  /** Homes the landlord owns, for the CH01 rate per 1,000 homes. */
  homes: z.int().positive('Homes must be a positive whole number').optional(),
  /** The landlord's name as letters give it ("Riverside Homes"); fills suggested sentences and notices. */
  landlord: z.string().trim().min(1, 'Give the landlord’s name').max(200).optional(),
  /** The landlord's complaint categories; without them the SDK's default list is offered. */
  categories: z.array(z.string().trim().min(1, 'A category is empty').max(200)).min(1).max(100).optional(),
  /** Side panel alerts: a daily summary at `dailyAt` (HH:MM, UK time) and a note when a case turns overdue. */
  alerts: z
    .object({
      daily: z.boolean().default(true),
      dailyAt: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Give the time as HH:MM, e.g. 09:00').default('09:00'),
      overdue: z.boolean().default(true),
    })
    .default({ daily: true, dailyAt: '09:00', overdue: true }),
  /** Closed complaints are deleted this many months after they closed (personal data). @default 12 */
  /** Keep the letters the extension writes with their case, for the case evidence pack (the officer's choice). @default false */
  keepLetters: z.boolean().default(false),
  retentionMonths: z.int().min(1, 'Keep closed complaints for at least 1 month').max(120, 'Keep closed complaints for 120 months or fewer').default(12),
  /** Adapters the user made or imported; they win over the built-in ones. */
  adapters: z.array(CrmAdapter).default([]),
});
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;

/** The storage version of {@link Settings}. */
export const settingsStorageVersion = 1;

/** The settings a fresh install starts with. */
export const defaultSettings: Settings = Settings.parse({});

/** One field of stored settings that could not be kept, and why. */
export interface SettingsRepair {
  field: string;
  message: string;
}

/** What a stored value is, in words, for a repair message. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The adapter's name and id as the options page lists it, when the broken entry still has them. */
function adapterName(candidate: unknown): string {
  if (typeof candidate !== 'object' || candidate === null) return 'an adapter';
  const { id, name } = candidate as { id?: unknown; name?: unknown };
  if (typeof name === 'string' && typeof id === 'string') return `${name.slice(0, 80)} (${id.slice(0, 80)})`;
  if (typeof id === 'string') return id.slice(0, 80);
  return 'an adapter';
}

/**
 * Read whatever storage holds into valid settings without losing the good parts: each field that
 * fails its schema falls back to its default (an invalid adapter is dropped on its own, by name),
 * settings stored as JSON text are read from the text, and every repair is reported, a wholly
 * unreadable value included, so the options page can say so (the caller keeps a backup).
 *
 * @example
 * parseStoredSettings({ dueSoonWorkingDays: -1, ombudsman: 'lgsco' });
 * //=> { settings: { ...defaults, ombudsman: 'lgsco' }, repairs: [{ field: 'dueSoonWorkingDays', message: 'Use 0 or more working days' }] }
 */
export function parseStoredSettings(raw: unknown): { settings: Settings; repairs: SettingsRepair[] } {
  if (raw === undefined || raw === null) return { settings: defaultSettings, repairs: [] };
  if (typeof raw === 'string') {
    let decoded: unknown;
    try {
      decoded = JSON.parse(raw);
    } catch {
      decoded = undefined;
    }
    if (typeof decoded === 'object' && decoded !== null && !Array.isArray(decoded)) {
      const inner = parseStoredSettings(decoded);
      return { settings: inner.settings, repairs: [{ field: 'settings', message: 'The settings were stored as text; they were read from it' }, ...inner.repairs] };
    }
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      settings: defaultSettings,
      repairs: [{ field: 'settings', message: `The stored value was ${kindOf(raw)}, not a settings record, so every setting went back to its default` }],
    };
  }
  const whole = Settings.safeParse(raw);
  if (whole.success) return { settings: whole.data, repairs: [] };

  const input: Record<string, unknown> = { ...raw };
  const repairs: SettingsRepair[] = [];
  const kept: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(Settings.shape)) {
    if (field === 'adapters') continue;
    const result = (schema as z.ZodType).safeParse(input[field]);
    if (result.success) kept[field] = result.data;
    else repairs.push({ field, message: result.error.issues[0]?.message ?? 'Invalid value' });
  }
  const adapters: CrmAdapter[] = [];
  for (const [index, candidate] of (Array.isArray(input.adapters) ? input.adapters : []).entries()) {
    const result = CrmAdapter.safeParse(candidate);
    if (result.success) adapters.push(result.data);
    else repairs.push({ field: `adapters.${index}`, message: `Adapter ${adapterName(candidate)} was removed: ${z.prettifyError(result.error)}` });
  }
  if (input.adapters !== undefined && !Array.isArray(input.adapters)) {
    repairs.push({ field: 'adapters', message: 'Expected a list of adapters' });
  }
  return { settings: Settings.parse({ ...kept, adapters }), repairs };
}
