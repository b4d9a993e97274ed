/**
 * @module extension/lib/csv-import/mapping
 *
 * Which CSV column holds which fact. CRMs name their export columns in many ways, so the import
 * suggests a mapping from the header row and the user checks it before anything is read.
 */
import { csvColumnFor } from '@complaint-code/sdk';
import { caseFactLabels, dateFactNames, type CaseFactName, type ExtensionFactName } from '@complaint-code/shared';

/** The fields a CSV column can fill: the case facts, and the link to the case page. */
// Extension facts are read from case pages only (CSV import reads the six timeline dates).
export type ImportField = Exclude<CaseFactName, ExtensionFactName> | 'url';

export const importFields: readonly ImportField[] = ['reference', 'residentName', 'handler', 'stage', ...dateFactNames, 'url'];

export const importFieldLabels: Record<ImportField, string> = { ...caseFactLabels, url: 'Link to the case page' };

/** Fields without which a row cannot be imported. */
export const requiredImportFields: readonly ImportField[] = ['reference', 'stage1ReceivedOn'];

/** Column index for each mapped field; a field not in the map is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Header words each field is often exported as (lower case, spaces and punctuation removed). */
const synonyms: Record<ImportField, string[]> = {
  reference: ['reference', 'ref', 'caseref', 'casereference', 'complaintreference', 'casenumber', 'complaintid', 'caseid', 'ticketnumber'],
  residentName: ['residentname', 'resident', 'customer', 'tenant', 'name', 'complainant'],
  handler: ['handler', 'complainthandler', 'officer', 'owner', 'assignedto', 'caseowner'],
  stage: ['stage', 'complaintstage'],
  stage1ReceivedOn: ['stage1receivedon', 'received', 'datereceived', 'receivedon', 'createdon', 'stage1received', 'opened'],
  stage1AcknowledgedOn: ['stage1acknowledgedon', 'acknowledged', 'dateacknowledged', 'acknowledgedon', 'stage1acknowledged'],
  stage1RespondedOn: ['stage1respondedon', 'stage1response', 'stage1responsesent', 'responded', 'respondedon', 'responsesent'],
  stage2RequestedOn: ['stage2requestedon', 'stage2requested', 'escalated', 'escalatedon'],
  stage2AcknowledgedOn: ['stage2acknowledgedon', 'stage2acknowledged'],
  stage2RespondedOn: ['stage2respondedon', 'stage2response', 'stage2responsesent'],
  url: ['url', 'link', 'caseurl', 'caselink', 'address'],
};

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The SDK's CSV columns (what `complaint-code report` reads) that fill a case fact. */
const fieldOfSdkColumn: Record<string, ImportField> = {
  reference: 'reference',
  stage1_received_on: 'stage1ReceivedOn',
  stage1_acknowledged_on: 'stage1AcknowledgedOn',
  stage1_responded_on: 'stage1RespondedOn',
  stage1_handler: 'handler',
  stage2_requested_on: 'stage2RequestedOn',
  stage2_acknowledged_on: 'stage2AcknowledgedOn',
  stage2_responded_on: 'stage2RespondedOn',
};

/**
 * Guess the mapping from the header row; each column is used at most once.
 *
 * @example
 * suggestMapping(['Case ref', 'Date received', 'Officer']); //=> { reference: 0, stage1ReceivedOn: 1, handler: 2 }
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const squashed = headers.map(squash);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  // First the SDK's own columns (a CLI-ready file, or our export), then the words CRMs use.
  headers.forEach((header, index) => {
    const column = csvColumnFor(header);
    const field = column ? fieldOfSdkColumn[column.name] : undefined;
    if (field !== undefined && mapping[field] === undefined) {
      mapping[field] = index;
      used.add(index);
    }
  });
  for (const field of importFields) {
    if (mapping[field] !== undefined) continue;
    const own = squash(field);
    const index = squashed.findIndex((header, i) => !used.has(i) && (header === own || synonyms[field].includes(header)));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}
