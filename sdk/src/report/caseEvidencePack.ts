import type { Calendar } from '../calendar/Calendar.js';
import { formatDay } from '../dates/formatDay.js';
import type { IsoDate } from '../dates/isoDate.js';
import { todayInLondon } from '../dates/todayInLondon.js';
import { citeProvision } from '../rules/cite.js';
import { getRuleSet } from '../rules/getRuleSet.js';
import { complaintTimeline } from '../timeline/complaintTimeline.js';
import type { ComplaintRecord, ComplaintRecordInput } from '../timeline/ComplaintRecord.js';
import type { Deadline } from '../timeline/Deadline.js';
import { InvalidComplaintError } from '../timeline/InvalidComplaintError.js';
import { parseComplaintRecord } from '../timeline/parseComplaintRecord.js';

/**
 * Where a fact came from: read from the CRM page, typed by an officer, imported… and when; and, if an
 * officer corrected it, when and by whom.
 *
 * @example
 * ```ts
 * const source: FactSource = { origin: 'crm-page', recordedOn: '2027-01-04', url: 'https://crm.example/cases/A-1', correctedOn: '2027-01-06', correctedBy: 'J Smith', previousValue: '2027-01-05' };
 * ```
 */
export interface FactSource {
  /** `'crm-page'` (read from the CRM page), `'officer'` (entered by an officer), `'import'`, or the caller's own word. */
  origin: string;
  /** The day the fact was read or entered. */
  recordedOn: IsoDate;
  /** The page it was read from. */
  url?: string;
  /** The file it was imported from (with origin `'import'`). */
  file?: string;
  correctedOn?: IsoDate;
  correctedBy?: string;
  /** The value before the correction. */
  previousValue?: string;
}

/**
 * A letter the landlord's tools wrote (kept only with the officer's consent).
 *
 * @example
 * ```ts
 * const letter: PackLetter = { kind: 'extension-notice', writtenOn: '2027-02-18', text: 'Dear …' };
 * ```
 */
export interface PackLetter {
  kind: string;
  writtenOn: IsoDate;
  text: string;
}

/**
 * One dated fact of the case, with the record field it comes from and its source.
 *
 * @example
 * ```ts
 * pack.events[0]; //=> { date: '2027-01-04', event: 'Stage 1 complaint received', field: 'stage1.receivedOn', source: { origin: 'crm-page', … }, sourceText: 'Read from the CRM page on Mon 4 Jan 2027' }
 * ```
 */
export interface PackEvent {
  date: IsoDate;
  event: string;
  field: string;
  source?: FactSource;
  /** The source in words ("Not recorded where it came from" when none was given). */
  sourceText: string;
}

/**
 * Everything about one complaint the Ombudsman may ask for: the dated facts and their sources, the
 * deadlines, the extensions with reasons and notice dates, the letters, and the findings with provisions.
 *
 * @example
 * ```ts
 * const pack: CaseEvidencePack = caseEvidencePack(record, { today: '2027-04-10' });
 * pack.findings.map((f) => f.cite); //=> ['HO Code 2024 6.4', 'HO Code 2024 5.9']
 * ```
 */
export interface CaseEvidencePack {
  reference: string;
  generatedOn: IsoDate;
  ruleSet: { id: string; title: string };
  category?: string;
  events: PackEvent[];
  deadlines: Pick<Deadline, 'id' | 'title' | 'codeDueOn' | 'dueOn' | 'doneOn' | 'state'>[];
  extensions: { stage: 1 | 2; notifiedOn: IsoDate; newDueOn: IsoDate; reason?: string; goodReason?: boolean; source?: FactSource; sourceText: string }[];
  letters: PackLetter[];
  findings: { code: string; severity: string; message: string; cite: string; provisionText: string }[];
  record: ComplaintRecord;
}

const ORIGIN_WORDS: Record<string, string> = { 'crm-page': 'Read from the CRM page', officer: 'Entered by the officer', import: 'Imported from the case export' };

function describeSource(source: FactSource | undefined): string {
  if (!source) return 'Not recorded where it came from';
  const words = source.origin === 'import' && source.file ? `Imported from the file ${source.file}` : (ORIGIN_WORDS[source.origin] ?? `From ${source.origin}`);
  let text = `${words} on ${formatDay(source.recordedOn)}`;
  if (source.correctedOn) {
    text += `; corrected by ${source.correctedBy ?? 'the officer'} on ${formatDay(source.correctedOn)}`;
    if (source.previousValue) text += ` (was ${source.previousValue})`;
  }
  return text;
}

/**
 * Builds the case evidence pack for one complaint. `sources` maps a record field path
 * (`'stage1.receivedOn'`, `'stage1.extensions.0'`, `'remedies.1.doneOn'`…) to where that fact came from.
 *
 * @param input - The complaint record
 * @param options - `today`, calendar, the facts' `sources`, `letters` (only those the officer agreed to keep)
 * @returns The pack (JSON-ready); render it with `renderCaseEvidencePackHtml`
 * @throws {@link InvalidComplaintError} for an invalid record
 * @example
 * ```ts
 * const pack = caseEvidencePack(record, { today: '2027-04-10', sources: { 'stage1.receivedOn': { origin: 'crm-page', recordedOn: '2027-01-04' } } });
 * pack.events[0].sourceText; //=> 'Read from the CRM page on Mon 4 Jan 2027'
 * ```
 */
export function caseEvidencePack(
  input: ComplaintRecordInput,
  options: { today?: IsoDate; calendar?: Calendar; sources?: Record<string, FactSource>; letters?: readonly PackLetter[] } = {},
): CaseEvidencePack {
  const parsed = parseComplaintRecord(input);
  if (!parsed.success) throw InvalidComplaintError.fromZod(parsed.error);
  const record = parsed.data;
  const today = options.today ?? todayInLondon();
  const timeline = complaintTimeline(record, { today, calendar: options.calendar });
  const ruleSet = getRuleSet(timeline.ruleSet);
  const sources = options.sources ?? {};
  const events: PackEvent[] = [];
  const add = (date: IsoDate | undefined, event: string, field: string) => {
    if (date === undefined) return;
    const source = sources[field];
    events.push({ date, event, field, ...(source && { source }), sourceText: describeSource(source) });
  };
  const extensions: CaseEvidencePack['extensions'] = [];
  for (const stage of [1, 2] as const) {
    const data = stage === 1 ? record.stage1 : record.stage2;
    if (!data) continue;
    const key = `stage${stage}`;
    add('receivedOn' in data ? data.receivedOn : data.requestedOn, stage === 1 ? 'Stage 1 complaint received' : 'Stage 2 requested (escalation)', stage === 1 ? 'stage1.receivedOn' : 'stage2.requestedOn');
    add(data.acknowledgedOn, `Stage ${stage} acknowledged`, `${key}.acknowledgedOn`);
    data.extensions.forEach((extension, index) => {
      add(extension.notifiedOn, `Stage ${stage} extension notified: new date ${formatDay(extension.newDueOn)}${extension.reason ? ` (${extension.reason})` : ''}`, `${key}.extensions.${index}`);
      const source = sources[`${key}.extensions.${index}`];
      extensions.push({ stage, ...extension, ...(source && { source }), sourceText: describeSource(source) });
    });
    add(data.respondedOn, `Stage ${stage} response sent${data.outcome ? `: ${data.outcome}` : ''}`, `${key}.respondedOn`);
  }
  add(record.refusedToAccept?.decidedOn, `Decided not to accept the complaint: ${record.refusedToAccept?.reason ?? ''}`, 'refusedToAccept.decidedOn');
  add(record.refusedToAccept?.explainedOn, 'Explanation of the decision sent to the resident', 'refusedToAccept.explainedOn');
  add(record.refusedToEscalate?.requestedOn, 'Resident asked for stage 2', 'refusedToEscalate.requestedOn');
  add(record.refusedToEscalate?.decidedOn, `Escalation refused: ${record.refusedToEscalate?.reason ?? ''}`, 'refusedToEscalate.decidedOn');
  add(record.refusedToEscalate?.explainedOn, 'Reasons for refusing escalation sent to the resident', 'refusedToEscalate.explainedOn');
  (record.remedies ?? []).forEach((remedy, index) => {
    add(remedy.dueOn, `Remedy due: ${remedy.action}`, `remedies.${index}.dueOn`);
    add(remedy.doneOn, `Remedy done: ${remedy.action}`, `remedies.${index}.doneOn`);
  });
  const informed = record.keepInformed;
  add(informed?.agreedOn, `Update interval agreed with the resident${informed?.intervalDays ? `: every ${informed.intervalDays} days` : ''}`, 'keepInformed.agreedOn');
  informed?.updatesSentOn.forEach((day, index) => add(day, 'Update sent to the resident', `keepInformed.updatesSentOn.${index}`));
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    reference: record.reference,
    generatedOn: today,
    ruleSet: { id: ruleSet.id, title: ruleSet.title },
    ...(record.category !== undefined && { category: record.category }),
    events,
    deadlines: timeline.deadlines.map(({ id, title, codeDueOn, dueOn, doneOn, state }) => ({ id, title, codeDueOn, dueOn, ...(doneOn !== undefined && { doneOn }), state })),
    extensions,
    letters: (options.letters ?? []).map((letter) => ({ ...letter })),
    findings: timeline.findings.map((finding) => ({ code: finding.code, severity: finding.severity, message: finding.message, cite: citeProvision(getRuleSet(finding.provision.ruleSet), finding.provision), provisionText: finding.provision.text })),
    record,
  };
}
