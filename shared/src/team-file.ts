/**
 * @module @complaint-code/shared/team-file
 *
 * One file a team lead shares so colleagues set up in one step: settings, adapters and CRM
 * addresses, versioned. Read with the same schemas as storage; previewed as a list of changes;
 * applied only when the officer confirms.
 */
import { z } from 'zod';
import { CrmAdapter } from './adapter.js';
import { ManagedOrigin, ManagedPolicy, managedSettingNames, type ManagedSettings } from './managed.js';
import { Settings } from './settings.js';

/** The team file, version 1. */
export const TeamFile = z.strictObject({
  format: z.literal('complaint-code-team', { error: 'This is not a Complaint Code team file' }),
  version: z.literal(1, { error: 'This team file is from a newer version of Complaint Code: update the extension' }),
  exportedAt: z.string().optional(),
  crmOrigins: z.array(ManagedOrigin).default([]),
  adapters: z.array(CrmAdapter).default([]),
  settings: ManagedPolicy.shape.settings,
});
export type TeamFile = z.infer<typeof TeamFile>;

/** The largest team file read (adapters are small; this is far above any real one). */
export const MAX_TEAM_FILE_CHARS = 2_000_000;

/**
 * The team file for these settings and CRM addresses.
 *
 * @example
 * JSON.stringify(makeTeamFile(settings, ['https://crm.council.example'], new Date()));
 */
export function makeTeamFile(settings: Settings, crmOrigins: readonly string[], now: Date): TeamFile {
  const shared = Object.fromEntries(managedSettingNames.filter((name) => settings[name] !== undefined).map((name) => [name, settings[name]])) as ManagedSettings;
  return { format: 'complaint-code-team', version: 1, exportedAt: now.toISOString(), crmOrigins: [...crmOrigins], adapters: settings.adapters, settings: shared };
}

/**
 * Read a team file's text: the file, or one plain message saying what is wrong with it.
 *
 * @example
 * readTeamFile('{"format":"complaint-code-team","version":1}'); //=> { ok: true, file: { …, adapters: [], crmOrigins: [], settings: {} } }
 */
export function readTeamFile(text: string): { ok: true; file: TeamFile } | { ok: false; message: string } {
  if (text.length > MAX_TEAM_FILE_CHARS) return { ok: false, message: 'This file is too big to be a team file' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not JSON, so it is not a team file' };
  }
  const parsed = TeamFile.safeParse(json);
  if (!parsed.success) return { ok: false, message: `The team file was not used: ${z.prettifyError(parsed.error)}` };
  return { ok: true, file: parsed.data };
}

/** One change importing a team file would make, in words. */
export interface TeamFileChange {
  what: string;
  from?: string;
  to: string;
}

const show = (value: unknown) => (value === undefined ? 'not set' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/**
 * What importing `file` would change: each setting that differs, each adapter added or replaced,
 * each CRM address not yet allowed.
 *
 * @example
 * teamFileChanges(current, [], file); //=> [{ what: 'ombudsman', from: 'housing', to: 'lgsco' }, { what: 'Adapter council-crm', to: 'added' }]
 */
export function teamFileChanges(current: Settings, allowedOrigins: readonly string[], file: TeamFile): TeamFileChange[] {
  const changes: TeamFileChange[] = [];
  for (const name of managedSettingNames) {
    if (!(name in file.settings)) continue;
    const to = file.settings[name];
    if (JSON.stringify(to) !== JSON.stringify(current[name])) changes.push({ what: name, from: show(current[name]), to: show(to) });
  }
  for (const adapter of file.adapters) {
    const mine = current.adapters.find((candidate) => candidate.id === adapter.id);
    if (!mine) changes.push({ what: `Adapter ${adapter.id}`, to: `added (${adapter.name})` });
    else if (JSON.stringify(mine) !== JSON.stringify(adapter)) changes.push({ what: `Adapter ${adapter.id}`, from: mine.name, to: `replaced by the team's (${adapter.name})` });
  }
  for (const origin of file.crmOrigins) if (!allowedOrigins.includes(origin)) changes.push({ what: 'CRM address', to: `${origin} (your browser asks you to allow it)` });
  return changes;
}

/**
 * The settings after importing `file`: its settings over the current ones, its adapters replacing
 * any with the same id (others kept).
 *
 * @example
 * applyTeamFile(current, file).adapters;
 */
export function applyTeamFile(current: Settings, file: TeamFile): Settings {
  const ids = new Set(file.adapters.map((adapter) => adapter.id));
  return Settings.parse({ ...current, ...file.settings, adapters: [...current.adapters.filter((adapter) => !ids.has(adapter.id)), ...file.adapters] });
}
