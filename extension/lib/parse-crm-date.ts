/**
 * @module extension/lib/parse-crm-date
 *
 * Dates as UK CRMs show them: the SDK's `parseUkDate`, so the extension, its CSV import and the
 * `complaint-code` CLI read the same dates the same way (day first, never month first).
 */
export { parseUkDate as parseCrmDate, type ParsedUkDate as ParsedCrmDate } from '@complaint-code/sdk';
