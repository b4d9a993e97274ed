/**
 * The one CSV convention of Complaint Code: the `complaint-code` CLI reads these columns, the browser
 * extension exports them (under their `label`) and imports them (under either name). A header is
 * matched by its squashed form (lower case, letters and digits only), so `stage1_received_on`,
 * `Stage 1 received` and `STAGE 1 RECEIVED ON` all name the same column.
 */

/** One column: its canonical name (what the CLI documents), the header people see, and other names it goes by. */
export interface CsvColumn {
  /** The canonical header, e.g. `stage1_received_on`. */
  readonly name: string;
  /** The header a spreadsheet user sees (the extension's export), e.g. `Stage 1 received`. */
  readonly label: string;
  /** Other headers that mean the same column. */
  readonly aliases: readonly string[];
  /** Whether the cell holds a date (read with `parseUkDate`: ISO or day first, never month first). */
  readonly date: boolean;
}

const column = (name: string, label: string, date: boolean, aliases: string[] = []): CsvColumn =>
  Object.freeze({ name, label, date, aliases: Object.freeze(aliases) });

/**
 * The columns, in the order the CLI documents them.
 *
 * @example
 * csvColumns.map((c) => c.name); //=> ['reference', 'rule_set', 'issue_occurred_on', …]
 */
export const csvColumns: readonly CsvColumn[] = /* @__PURE__ */ Object.freeze([
  column('reference', 'Reference', false, ['Case reference']),
  column('rule_set', 'Rule set', false),
  column('issue_occurred_on', 'Issue occurred', true),
  column('resident_aware_on', 'Resident aware', true),
  column('stage1_received_on', 'Stage 1 received', true),
  column('stage1_acknowledged_on', 'Stage 1 acknowledged', true),
  column('stage1_responded_on', 'Stage 1 response sent', true, ['Stage 1 responded']),
  column('stage1_handler', 'Stage 1 handler', false),
  column('stage1_extended_to', 'Stage 1 extended to', true),
  column('stage1_extension_notified_on', 'Stage 1 extension notified', true),
  column('stage1_extension_reason', 'Stage 1 extension reason', false),
  column('stage1_extension_good_reason', 'Stage 1 extension good reason', false),
  column('stage2_requested_on', 'Stage 2 requested', true),
  column('stage2_acknowledged_on', 'Stage 2 acknowledged', true),
  column('stage2_responded_on', 'Stage 2 response sent', true, ['Stage 2 responded']),
  column('stage2_handler', 'Stage 2 handler', false),
  column('stage2_extended_to', 'Stage 2 extended to', true),
  column('stage2_extension_notified_on', 'Stage 2 extension notified', true),
  column('stage2_extension_reason', 'Stage 2 extension reason', false),
  column('stage2_extension_good_reason', 'Stage 2 extension good reason', false),
  // Evidence (optional): what the Code asks about beyond dates, for the annual report (8.1).
  column('category', 'Category', false),
  column('stage1_outcome', 'Stage 1 outcome', false),
  column('stage1_points', 'Stage 1 points', false),
  column('stage2_outcome', 'Stage 2 outcome', false),
  column('stage2_points', 'Stage 2 points', false),
  column('remedy', 'Remedy', false),
  column('remedy_due_on', 'Remedy due', true),
  column('remedy_done_on', 'Remedy done', true),
  column('update_interval_agreed_on', 'Update interval agreed', true),
  column('update_interval_days', 'Update interval (days)', false),
  column('updates_sent_on', 'Updates sent', false),
  column('not_accepted_on', 'Not accepted on', true),
  column('not_accepted_grounds', 'Not accepted grounds', false),
  column('not_accepted_reason', 'Not accepted reason', false),
  column('not_accepted_explained_on', 'Not accepted explained on', true),
  column('not_accepted_ombudsman_right_given', 'Not accepted: Ombudsman right given', false),
  column('not_accepted_discretion_considered', 'Not accepted: discretion considered', false),
  column('escalation_refused_requested_on', 'Escalation refused: requested on', true),
  column('escalation_refused_on', 'Escalation refused on', true),
  column('escalation_refused_grounds', 'Escalation refused grounds', false),
  column('escalation_refused_reason', 'Escalation refused reason', false),
  column('escalation_refused_explained_on', 'Escalation refused explained on', true),
]);

/**
 * A header squashed for matching: lower case, letters and digits only.
 *
 * @example
 * squashHeader(' Stage 1 received_on '); //=> 'stage1receivedon'
 */
export function squashHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const byHeader = new Map<string, CsvColumn>();
for (const c of csvColumns) {
  for (const header of [c.name, c.label, ...c.aliases]) byHeader.set(squashHeader(header), c);
  // `stage1_received` without `_on`, as people often write it.
  if (c.date && c.name.endsWith('_on')) byHeader.set(squashHeader(c.name.slice(0, -3)), c);
}

/**
 * The column a header names, or `undefined` for a header that is not one of {@link csvColumns}.
 *
 * @example
 * csvColumnFor('Stage 1 received')?.name;   //=> 'stage1_received_on'
 * csvColumnFor('STAGE1_RECEIVED_ON')?.name; //=> 'stage1_received_on'
 * csvColumnFor('Next step');                //=> undefined
 */
export function csvColumnFor(header: string): CsvColumn | undefined {
  return byHeader.get(squashHeader(header));
}
