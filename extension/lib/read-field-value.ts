/**
 * @module extension/lib/read-field-value
 *
 * Turn the raw text a locator found into a fact: keep the value pattern's capture, recognise
 * "no value" markers, read dates in the field's declared formats (or the machine date behind a
 * relative one), stages, and refuse implausible references. Shared by case pages and list rows.
 */
import { caseFactLabels, dateFactNames, extensionFactNames, safePattern, type CaseFactName, type FieldLocator } from '@complaint-code/shared';
import { dateAttributeValues } from './locate-field.js';
import { isRelativeTime, parseUkDate } from '@complaint-code/sdk/words';

export type FieldValue =
  | { ok: true; value: string | number }
  | { ok: 'empty' }
  | { ok: false; message: string; howToFix: string };

/** Values CRMs show for "no value yet", once dashes are dropped (`—Empty—`, `---`, `N/A`). */
const EMPTY_VALUES = new Set(['', 'empty', 'n/a', 'na', 'none', 'null', 'not set', 'not yet', 'not recorded', 'pending', 'tbc', 'unknown', '(blank)', 'blank']);

const squashEmpty = (text: string) =>
  text
    .toLowerCase()
    .replace(/[-\u2010-\u2015_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Does `value` mean "nothing here"? `extra` adds the adapter's own markers.
 *
 * @example
 * isEmptyValue('—Empty—'); //=> true
 * isEmptyValue('Not recorded yet', ['Not recorded yet']); //=> true
 */
export function isEmptyValue(value: string, extra: readonly string[] = []): boolean {
  const squashed = squashEmpty(value);
  return EMPTY_VALUES.has(squashed) || extra.some((marker) => squashEmpty(marker) === squashed);
}

const DATE_FACTS: ReadonlySet<string> = new Set([...dateFactNames, ...extensionFactNames]);

/** Is `name` read as a date? */
export function isDateFact(name: CaseFactName): boolean {
  return DATE_FACTS.has(name);
}

/**
 * Read "Stage 1" / "Stage two" / "2" as a stage number.
 *
 * @example
 * parseStage('Stage 2 (review)'); //=> 2
 */
export function parseStage(text: string): 1 | 2 | undefined {
  const match = /^(?:.{0,60}\bstage\s?)?(1|2|one|two)\b/i.exec(text.trim().slice(0, 120));
  if (!match?.[1]) return undefined;
  return match[1] === '1' || match[1].toLowerCase() === 'one' ? 1 : 2;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The fact a field shows, from the element and raw value a locator found.
 *
 * @example
 * readFieldValue('stage1ReceivedOn', { selector: '.raised', pattern: 'Raised:\\s*(.+)' }, el, 'Raised: 2 Nov 2026');
 * //=> { ok: true, value: '2026-11-02' }
 */
export function readFieldValue(name: CaseFactName, locator: FieldLocator, element: Element, raw: string): FieldValue {
  const label = caseFactLabels[name];
  let value = raw;
  if (locator.pattern) {
    const pattern = safePattern(locator.pattern);
    const match = pattern?.exec(value.slice(0, 10_000));
    if (!match) {
      if (isEmptyValue(value, locator.emptyMarkers)) return { ok: 'empty' };
      return {
        ok: false,
        message: `${label}: "${clip(value)}" does not match the value pattern ${locator.pattern}`,
        howToFix: `Change the value pattern so its ( ) group captures the ${label.toLowerCase()}, or point the field at an element that shows only it.`,
      };
    }
    value = (match[1] ?? '').replace(/\s+/g, ' ').trim();
  }
  if (isEmptyValue(value, locator.emptyMarkers)) return { ok: 'empty' };

  if (isDateFact(name)) {
    let parsed = parseUkDate(value, { formats: locator.dateFormats, fromPage: true });
    const automatic = !locator.read || locator.read === 'auto';
    if (!parsed.ok && automatic && !locator.attribute && (isRelativeTime(value) || !locator.dateFormats)) {
      // "4 days ago", or a friendly form we don't read: the real date is often in an attribute.
      for (const candidate of dateAttributeValues(element)) {
        const fromAttribute = parseUkDate(candidate, { formats: locator.dateFormats, fromPage: true });
        if (fromAttribute.ok) {
          parsed = fromAttribute;
          break;
        }
        const iso = parseUkDate(candidate, { formats: ['iso'] });
        if (iso.ok) {
          parsed = iso;
          break;
        }
      }
    }
    if (parsed.ok) return { ok: true, value: parsed.date };
    return {
      ok: false,
      message: `${label}: ${parsed.message}`,
      howToFix: locator.dateFormats
        ? `Add the format the CRM uses to this field's date formats (now ${locator.dateFormats.join(', ')}), or correct the date in the timeline below.`
        : `Declare the field's date format (e.g. d/M/yyyy or MMM d, yyyy), read the date from an attribute, or correct it in the timeline below.`,
    };
  }

  if (name === 'stage') {
    const stage = parseStage(value);
    if (stage) return { ok: true, value: stage };
    return {
      ok: false,
      message: `Stage: "${clip(value)}" is not a stage we recognise`,
      howToFix: 'Point the stage field at text like "Stage 1" or "Stage 2", or add a value pattern that keeps the number.',
    };
  }

  if (name === 'reference' && !locator.pattern && (!/\d/.test(value) || value.length > 60)) {
    // "NormalPriority" beside "Case Number" in a Dynamics header: a label read the wrong neighbour.
    return {
      ok: false,
      message: `Case reference: "${clip(value)}" does not look like a case reference (no digits, or too long)`,
      howToFix:
        'Check the label direction (label then value, or value then label) or the selector; if references really have no digits, add a value pattern such as ^([A-Z-]+)$.',
    };
  }
  return { ok: true, value: value.slice(0, 200) };
}
