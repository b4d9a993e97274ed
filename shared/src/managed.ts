/**
 * @module @complaint-code/shared/managed
 *
 * What an organisation sets by policy (`chrome.storage.managed`; Firefox `policies.json`
 * `3rdparty`): CRM origins, adapters, settings, and which settings officers may change. The keys
 * mirror public/managed-schema.json (a test keeps the two in step). Managed values win over an
 * officer's own and are shown as "set by your organisation". A bad value is reported and left
 * out; it never stops the rest of the policy, nor the extension.
 */
import { z } from 'zod';
import { CrmAdapter } from './adapter.js';
import { Settings } from './settings.js';

/** The settings a policy can set or lock (every setting but the adapter list, which has its own key). */
export const managedSettingNames = ['ruleSet', 'ombudsman', 'division', 'dueSoonWorkingDays', 'homes', 'landlord', 'alerts', 'retentionMonths'] as const;
export const ManagedSettingName = z.enum(managedSettingNames);
export type ManagedSettingName = z.infer<typeof ManagedSettingName>;

/** One setting's schema without its default: a policy that leaves a setting out must not set it. */
function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

const settingSchemas = Object.fromEntries(managedSettingNames.map((name) => [name, withoutDefault(Settings.shape[name] as z.ZodType)])) as Record<
  ManagedSettingName,
  z.ZodType
>;

/** An origin as a policy gives it (`https://crm.council.example`), kept as its origin. */
export const ManagedOrigin = z
  .url({ protocol: /^https?$/, error: 'A CRM address looks like https://crm.council.example' })
  .transform((value) => new URL(value).origin);

/**
 * The managed policy, once read.
 *
 * @example
 * ManagedPolicy.parse({ crmOrigins: ['https://crm.council.example/'], settings: { ombudsman: 'lgsco' } });
 * //=> { crmOrigins: ['https://crm.council.example'], adapters: [], settings: { ombudsman: 'lgsco' }, officersMayChange: undefined }
 */
export const ManagedPolicy = z.object({
  crmOrigins: z.array(ManagedOrigin).default([]),
  adapters: z.array(CrmAdapter).default([]),
  settings: z.object(settingSchemas).partial().default({}),
  /** When given, officers may change only these settings (and none the policy sets). */
  officersMayChange: z.array(ManagedSettingName).optional(),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicy>;
export type ManagedSettings = Partial<Pick<Settings, ManagedSettingName>>;

/** A policy that sets nothing (no policy installed). */
export const emptyManagedPolicy: ManagedPolicy = { crmOrigins: [], adapters: [], settings: {} };

/** A part of the policy that was left out, and why. */
export interface ManagedProblem {
  /** Where in the policy, like `adapters.1` or `settings.dueSoonWorkingDays`. */
  field: string;
  message: string;
}

/**
 * Read whatever the managed storage area holds, keeping every part that is valid: each origin,
 * adapter and setting is checked on its own, so one bad entry costs only itself.
 *
 * @example
 * parseManagedPolicy({ settings: { dueSoonWorkingDays: 99, ombudsman: 'lgsco' } });
 * //=> { policy: { …, settings: { ombudsman: 'lgsco' } }, problems: [{ field: 'settings.dueSoonWorkingDays', message: 'Use 20 working days or fewer' }] }
 */
export function parseManagedPolicy(raw: unknown): { policy: ManagedPolicy; problems: ManagedProblem[] } {
  if (raw === undefined || raw === null) return { policy: emptyManagedPolicy, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy: emptyManagedPolicy, problems: [{ field: 'policy', message: 'The policy is not a set of named values, so none of it was used' }] };
  }
  const input = raw as Record<string, unknown>;
  const problems: ManagedProblem[] = [];
  const first = (error: z.ZodError) => error.issues[0]?.message ?? 'Invalid value';
  const listOf = <T>(field: string, schema: z.ZodType<T>, name: (value: unknown, index: number) => string): T[] => {
    const value = input[field];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push({ field, message: 'Expected a list' });
      return [];
    }
    const kept: T[] = [];
    value.forEach((item, index) => {
      const result = schema.safeParse(item);
      if (result.success) kept.push(result.data);
      else problems.push({ field: `${field}.${index}`, message: `${name(item, index)} was left out: ${first(result.error)}` });
    });
    return kept;
  };

  const crmOrigins = [...new Set(listOf('crmOrigins', ManagedOrigin, (item) => `CRM address ${JSON.stringify(item)?.slice(0, 100)}`))];
  const adapters = listOf('adapters', CrmAdapter, (item) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? `Adapter ${id.slice(0, 80)}` : 'An adapter';
  });

  const settings: Record<string, unknown> = {};
  const rawSettings = input.settings;
  if (rawSettings !== undefined && (typeof rawSettings !== 'object' || rawSettings === null || Array.isArray(rawSettings))) {
    problems.push({ field: 'settings', message: 'Expected a set of named settings' });
  } else if (rawSettings) {
    for (const [name, value] of Object.entries(rawSettings)) {
      const known = ManagedSettingName.safeParse(name);
      if (!known.success) {
        problems.push({ field: `settings.${name}`, message: `There is no setting called ${name}` });
        continue;
      }
      const result = settingSchemas[known.data].safeParse(value);
      if (result.success) settings[name] = result.data;
      else problems.push({ field: `settings.${name}`, message: first(result.error) });
    }
  }

  let officersMayChange: ManagedSettingName[] | undefined;
  if (input.officersMayChange !== undefined) {
    officersMayChange = listOf('officersMayChange', ManagedSettingName, (item) => `Setting ${JSON.stringify(item)?.slice(0, 60)}`);
    for (const name of officersMayChange) {
      if (name in settings) problems.push({ field: 'officersMayChange', message: `${name} is set by the policy, so officers cannot change it` });
    }
  }

  for (const key of Object.keys(input)) {
    if (!['crmOrigins', 'adapters', 'settings', 'officersMayChange'].includes(key)) problems.push({ field: key, message: `Unknown policy value ${key.slice(0, 60)}` });
  }
  return { policy: { crmOrigins, adapters, settings: settings as ManagedSettings, ...(officersMayChange && { officersMayChange }) }, problems };
}

/** The settings officers cannot change under a policy: those it sets, and, with `officersMayChange`, every other one not listed. */
export function lockedSettings(policy: ManagedPolicy): Set<ManagedSettingName> {
  const locked = new Set(managedSettingNames.filter((name) => name in policy.settings));
  if (policy.officersMayChange) for (const name of managedSettingNames) if (!policy.officersMayChange.includes(name)) locked.add(name);
  return locked;
}

/**
 * The settings in force: the officer's own, with the policy's settings on top and its adapters
 * first (an officer's adapter with the same id as the organisation's is not used). A setting
 * locked but not set by the policy stays at its default.
 *
 * @example
 * applyManagedPolicy(mine, { crmOrigins: [], adapters: [orgAdapter], settings: { ombudsman: 'lgsco' } }).ombudsman; //=> 'lgsco'
 */
export function applyManagedPolicy(own: Settings, policy: ManagedPolicy): Settings {
  const defaults = Settings.parse({});
  const locked = lockedSettings(policy);
  // A locked setting with neither a policy value nor a default (homes, landlord) is left out.
  const merged: Record<string, unknown> = Object.fromEntries(Object.entries(own).filter(([name]) => !locked.has(name as ManagedSettingName)));
  for (const name of locked) {
    const value = name in policy.settings ? policy.settings[name] : defaults[name];
    if (value !== undefined) merged[name] = value;
  }
  const orgIds = new Set(policy.adapters.map((adapter) => adapter.id));
  merged.adapters = [...policy.adapters, ...own.adapters.filter((adapter) => !orgIds.has(adapter.id))];
  return merged as Settings;
}
