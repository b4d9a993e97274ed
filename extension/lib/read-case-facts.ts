/**
 * @module extension/lib/read-case-facts
 *
 * Read a complaint's facts from a CRM case page with an adapter. Every field that is configured but
 * missing or unreadable becomes a problem naming the field and how to fix it: the overlay shows
 * those, so a wrong deadline is never shown silently.
 */
import {
  caseFactLabels,
  dateFactNames,
  type CaseFactName,
  type CaseFacts,
  type CrmAdapter,
  type FieldLocator,
  type FieldProblem,
} from '@complaint-code/shared';
import { findLabels, locateField, normaliseLabel, type Located } from './locate-field.js';
import { parseCrmDate } from './parse-crm-date.js';

export interface CaseFactsReading {
  /** The facts read, or `null` when the case reference itself could not be read. */
  facts: CaseFacts | null;
  problems: FieldProblem[];
  /** Where the badge goes: the adapter's header, else the reference field's element. */
  anchor: Element | null;
}

/** Values CRMs show for "no date yet": not a problem, just not there. */
const EMPTY_VALUES = new Set(['', '-', '–', '—', 'n/a', 'na', 'none', 'not set', 'not yet', 'pending', 'tbc']);

const REQUIRED: ReadonlySet<CaseFactName> = new Set(['reference', 'stage1ReceivedOn']);

function describe(locator: FieldLocator): string {
  return 'selector' in locator ? `the selector "${locator.selector}"` : `the label "${locator.label}"`;
}

function howToFind(field: CaseFactName, locator: FieldLocator, adapter: CrmAdapter): string {
  const where = `Options → Adapters → ${adapter.name} → ${caseFactLabels[field]}`;
  const optional = REQUIRED.has(field) ? '' : ', or remove the field if this CRM does not show it';
  return `Check that ${describe(locator)} still finds the field on this page, or pick it again in ${where}${optional}.`;
}

/**
 * Read "Stage 1" / "Stage two" / "2" as a stage number.
 *
 * @example
 * parseStage('Stage 2 (review)'); //=> 2
 */
export function parseStage(text: string): 1 | 2 | undefined {
  const match = /^(?:.*\bstage\s*)?(1|2|one|two)\b/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  return match[1] === '1' || match[1].toLowerCase() === 'one' ? 1 : 2;
}

/**
 * Read a case page's facts with `adapter`.
 *
 * @example
 * const { facts, problems } = readCaseFacts(document, adapter);
 * //=> facts: { reference: 'CMP-1042', stage1ReceivedOn: '2026-11-02', … }, problems: []
 */
export function readCaseFacts(doc: Document, adapter: CrmAdapter): CaseFactsReading {
  // One DOM walk per `within` scope finds every label at once.
  const labelIndexes = new Map<string, Map<string, Element>>();
  const labelIndexFor = (locator: FieldLocator): Map<string, Element> | undefined => {
    if ('selector' in locator) return undefined;
    const scopeKey = locator.within ?? '';
    let index = labelIndexes.get(scopeKey);
    if (!index) {
      let scope: Element | null = doc.body ?? doc.documentElement;
      try {
        if (locator.within) scope = doc.querySelector(locator.within);
      } catch {
        return undefined; // locateField reports the bad selector
      }
      if (!scope) return undefined;
      const labels = [...Object.values(adapter.fields), adapter.header]
        .filter((l): l is Extract<FieldLocator, { label: string }> => !!l && 'label' in l && (l.within ?? '') === scopeKey)
        .map((l) => normaliseLabel(l.label));
      index = findLabels(scope, labels);
      labelIndexes.set(scopeKey, index);
    }
    return index;
  };
  const locate = (locator: FieldLocator): Located => locateField(doc, locator, labelIndexFor(locator));

  const problems: FieldProblem[] = [];
  const values: Record<string, unknown> = {};
  const elements: Partial<Record<CaseFactName, Element>> = {};

  for (const [name, locator] of Object.entries(adapter.fields) as [CaseFactName, FieldLocator | undefined][]) {
    if (!locator) continue;
    const label = caseFactLabels[name];
    const located = locate(locator);
    if (!located.ok) {
      problems.push({ field: name, message: `${label}: ${located.detail}`, howToFix: howToFind(name, locator, adapter) });
      continue;
    }
    elements[name] = located.element;
    const value = located.value;
    if (EMPTY_VALUES.has(value.toLowerCase())) {
      if (REQUIRED.has(name)) {
        problems.push({
          field: name,
          message: `${label}: the CRM shows no value`,
          howToFix:
            name === 'reference'
              ? howToFind(name, locator, adapter)
              : `Enter the date the complaint was received in the CRM, or correct it in the timeline below.`,
        });
      }
      continue;
    }
    if ((dateFactNames as readonly string[]).includes(name)) {
      const parsed = parseCrmDate(value);
      if (parsed.ok) values[name] = parsed.date;
      else {
        problems.push({
          field: name,
          message: `${label}: ${parsed.message}`,
          howToFix: `Show the date in the CRM as 02/11/2026, 2 Nov 2026 or 2026-11-02, or correct it in the timeline below.`,
        });
      }
    } else if (name === 'stage') {
      const stage = parseStage(value);
      if (stage) values.stage = stage;
      else {
        problems.push({
          field: 'stage',
          message: `Stage: "${value}" is not a stage we recognise`,
          howToFix: `Point the stage field at text like "Stage 1" or "Stage 2" (${describe(locator)} found "${value}").`,
        });
      }
    } else {
      values[name] = value.slice(0, 200);
    }
  }

  if (values.stage === 2 && !values.stage2RequestedOn && adapter.fields.stage2RequestedOn === undefined) {
    problems.push({
      field: 'stage2RequestedOn',
      message: 'Stage 2 requested: the case is at stage 2 but the adapter has no field for the date it was requested',
      howToFix: `Add the stage 2 request date to the adapter in Options → Adapters → ${adapter.name}, or correct it in the timeline below.`,
    });
  }

  let anchor: Element | null = elements.reference ?? null;
  if (adapter.header) {
    const header = locate(adapter.header);
    if (header.ok) anchor = header.element;
    else {
      problems.push({
        field: 'header',
        message: `Case header: ${header.detail}`,
        howToFix: `Check ${describe(adapter.header)} in Options → Adapters → ${adapter.name} → Case header; the badge is shown beside the case reference meanwhile.`,
      });
    }
  }

  // The background parses these facts again with zod; here they are built from checked values only.
  const facts = typeof values.reference === 'string' && values.reference !== '' ? (values as CaseFacts) : null;
  return { facts, problems, anchor };
}
