/**
 * @module extension/lib/read-case-facts
 *
 * Read a complaint's facts from a CRM case page with an adapter. Every field that is configured but
 * missing or unreadable becomes a problem naming the field and how to fix it: the overlay shows
 * those, so a wrong deadline is never shown silently.
 */
import { caseFactLabels, type CaseFactName, type CaseFacts, type CrmAdapter, type FieldLocator, type FieldProblem } from '@complaint-code/shared';
import { findLabels, locateField, normaliseLabel, type Located, type SearchRoot } from './locate-field.js';
import { readFieldValue } from './read-field-value.js';
import { findVisibleCase } from './visible-case.js';

export { parseStage } from './read-field-value.js';

export interface CaseFactsReading {
  /** The facts read, or `null` when the case reference itself could not be read. */
  facts: CaseFacts | null;
  problems: FieldProblem[];
  /** Where the badge goes: the adapter's header, else the reference field's element. */
  anchor: Element | null;
  /** The case pane read (with `casePage.visibleCase`), else `null`. */
  pane: Element | null;
  /**
   * For each configured field, what was found and what it gave: for "Test on this page" (the
   * element to highlight, the raw text, and the fact or why not).
   */
  fields: Partial<Record<CaseFactName, FieldReading>>;
}

/** What one field gave: `value` (the fact), `empty` (no value shown), `problem`, or `absent` (optional, not on the page). */
export interface FieldReading {
  outcome: 'value' | 'empty' | 'problem' | 'absent';
  element?: Element;
  /** The text or attribute read, before the value pattern and date parsing. */
  raw?: string;
  value?: string | number;
  problem?: FieldProblem;
}

const REQUIRED: ReadonlySet<CaseFactName> = new Set(['reference', 'stage1ReceivedOn']);

function describe(locator: FieldLocator): string {
  return 'selector' in locator ? `the selector "${locator.selector}"` : `the label "${locator.label}"`;
}

function howToFind(field: CaseFactName, locator: FieldLocator, adapter: CrmAdapter): string {
  const where = `Options → Adapters → ${adapter.name} → ${caseFactLabels[field]}`;
  const optional = REQUIRED.has(field) ? '' : ', or mark the field optional (or remove it) if this CRM does not always show it';
  return `Check that ${describe(locator)} still finds the field on this page, or pick it again in ${where}${optional}.`;
}

/**
 * Read a case page's facts with `adapter`. With `casePage.visibleCase`, only the visible case pane
 * is read; otherwise the whole document.
 *
 * @example
 * const { facts, problems } = readCaseFacts(document, adapter);
 * //=> facts: { reference: 'CMP-1042', stage1ReceivedOn: '2026-11-02', … }, problems: []
 */
export function readCaseFacts(doc: Document, adapter: CrmAdapter): CaseFactsReading {
  let root: SearchRoot = doc;
  let pane: Element | null = null;
  if (adapter.casePage.visibleCase) {
    const found = findVisibleCase(doc, adapter.casePage.visibleCase);
    if (!found.ok) {
      return {
        facts: null,
        anchor: null,
        pane: null,
        fields: {},
        problems: [
          {
            field: 'reference',
            message: `Case reference: ${found.detail}`,
            howToFix: `Open a case, or check the visible case selector "${adapter.casePage.visibleCase}" in Options → Adapters → ${adapter.name}.`,
          },
        ],
      };
    }
    root = pane = found.pane;
  }
  const rootElement = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : (root as Element);

  // One DOM walk per `within` scope finds every label at once.
  const labelIndexes = new Map<string, Map<string, Element>>();
  const labelIndexFor = (locator: FieldLocator): Map<string, Element> | undefined => {
    if ('selector' in locator) return undefined;
    const scopeKey = locator.within ?? '';
    let index = labelIndexes.get(scopeKey);
    if (!index) {
      let scope: Element | null = rootElement;
      try {
        if (locator.within) scope = root.querySelector(locator.within);
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
  const locate = (locator: FieldLocator): Located => locateField(root, locator, labelIndexFor(locator));

  // Every label the adapter names: a value that reads as one of them is a neighbour's label, not a value.
  const labelTexts = new Set(
    [...Object.values(adapter.fields), adapter.header].flatMap((l) => (l && 'label' in l ? [normaliseLabel(l.label)] : [])),
  );

  const problems: FieldProblem[] = [];
  const fields: Partial<Record<CaseFactName, FieldReading>> = {};
  const report = (name: CaseFactName, problem: FieldProblem, element?: Element, raw?: string) => {
    problems.push(problem);
    fields[name] = { outcome: 'problem', problem, ...(element ? { element } : {}), ...(raw === undefined ? {} : { raw }) };
  };
  const values: Record<string, unknown> = {};
  const elements: Partial<Record<CaseFactName, Element>> = {};

  for (const [name, locator] of Object.entries(adapter.fields) as [CaseFactName, FieldLocator | undefined][]) {
    if (!locator) continue;
    const label = caseFactLabels[name];
    const located = locate(locator);
    if (!located.ok) {
      // An optional field the page does not show is fine; a bad selector or an ambiguous label never is.
      if (locator.optional && located.reason !== 'bad-selector' && located.reason !== 'ambiguous') {
        fields[name] = { outcome: 'absent' };
        continue;
      }
      report(name, { field: name, message: `${label}: ${located.detail}`, howToFix: howToFind(name, locator, adapter) });
      continue;
    }
    const { element, value: raw } = located;
    if ('label' in locator && labelTexts.has(normaliseLabel(raw))) {
      const howToFix = `Set the label direction of ${label} (label then value, or value then label) in Options → Adapters → ${adapter.name}, or use a selector.`;
      report(name, { field: name, message: `${label}: beside the label "${locator.label}" is another label ("${raw.slice(0, 60)}"), not a value`, howToFix }, element, raw);
      continue;
    }
    const read = readFieldValue(name, locator, element, raw);
    if (read.ok === 'empty') {
      if (REQUIRED.has(name) && !locator.optional) {
        const howToFix =
          name === 'reference' ? howToFind(name, locator, adapter) : `Enter the date the complaint was received in the CRM, or correct it in the timeline below.`;
        report(name, { field: name, message: `${label}: the CRM shows no value`, howToFix }, element, raw);
      } else fields[name] = { outcome: 'empty', element, raw };
      continue;
    }
    if (read.ok === false) {
      report(name, { field: name, message: read.message, howToFix: read.howToFix }, element, raw);
      continue;
    }
    elements[name] = element;
    values[name] = read.value;
    fields[name] = { outcome: 'value', element, raw, value: read.value };
  }

  // A pattern like "(\\d+)" keeps "2026" from "HC-2026-0412": every case would then share one reference.
  if (typeof values.reference === 'string' && /^(?:19|20)\d\d$/.test(values.reference.trim())) {
    const raw = (fields.reference?.raw ?? values.reference).trim().slice(0, 60);
    problems.push({
      field: 'reference',
      message: `Case reference: "${values.reference}" looks like a year, not a case reference (read from "${raw}")`,
      howToFix: `Check the pattern of Case reference in Options → Adapters → ${adapter.name}: it should keep the whole reference, e.g. "#\\s*(\\S+)" for "# HC-2026-0412".`,
    });
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
    else if (!adapter.header.optional) {
      problems.push({
        field: 'header',
        message: `Case header: ${header.detail}`,
        howToFix: `Check ${describe(adapter.header)} in Options → Adapters → ${adapter.name} → Case header; the badge is shown beside the case reference meanwhile.`,
      });
    }
  }

  // The background parses these facts again with zod; here they are built from checked values only.
  const facts = typeof values.reference === 'string' && values.reference !== '' ? (values as CaseFacts) : null;
  return { facts, problems, anchor, pane, fields };
}
