import type { Timeline } from '../../index.js';
import type { InputRow } from './input-row.js';
import { provisionJsonText } from '../provision-json.js';

/**
 * `JSON.stringify(text)` for a string: quoted as it is when every character is printable ASCII other
 * than `"` and `\` (a reference like HA-0000123: nothing to escape), else through JSON.stringify.
 */
function str(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return JSON.stringify(text);
  }
  return `"${text}"`;
}
/** A JSON value that may be absent: `undefined` keys are left out, as `JSON.stringify` does. */
const optional = (key: string, value: string | number | undefined) => (value === undefined ? '' : `,"${key}":${typeof value === 'number' ? value : `"${value}"`}`);
// Dates (validated YYYY-MM-DD), step ids, states, codes and severities are fixed ASCII words with
// nothing to escape: quoting them directly skips a JSON.stringify call each (a tenth of --json).
// The rule-set id is one of the SDK's ids (validated); the reference is quoted directly only when it
// has nothing to escape; provisions are serialised once each (provisionJsonText).

// A finding's JSON depends only on its provision, code, deadline and severity: a handful of
// combinations over a million rows, so each is written once and reused (one string, not a dozen
// pieces to join and flatten again on output). Keyed level by level by the SDK's own words
// (provision, code, deadline, severity), whose hashes V8 keeps: no key string built a finding.
type Level = Map<string, Level | string>;
const findingTexts = new WeakMap<object, Level>();
function findingJson(finding: Timeline['findings'][number]): string {
  let level = findingTexts.get(finding.provision);
  if (level === undefined) {
    level = new Map();
    findingTexts.set(finding.provision, level);
  }
  const byDeadline = step(level, finding.code);
  const bySeverity = step(byDeadline, finding.deadlineId ?? '');
  let text = bySeverity.get(finding.severity) as string | undefined;
  if (text === undefined) {
    text =
      `{"code":"${finding.code}","severity":"${finding.severity}","provision":${provisionJsonText(finding.provision)}` +
      `${finding.deadlineId ? `,"deadlineId":"${finding.deadlineId}"` : ''}}`;
    bySeverity.set(finding.severity, text);
  }
  return text;
}
function step(level: Level, key: string): Level {
  let next = level.get(key) as Level | undefined;
  if (next === undefined) {
    next = new Map();
    level.set(key, next);
  }
  return next;
}

/**
 * `JSON.stringify(caseJson(where, timeline)) + '\n'`, built by hand: the same bytes, without first
 * building a nested object per case (a third of the `report --json` time on a million rows).
 * Keep it in step with {@link caseJson}; a test compares the two on varied timelines.
 *
 * @example
 * caseJsonLine({ unit: 'row', number: 2 }, timeline);
 * // '{"row":2,"reference":"HA-1","ruleSet":"ho-2024","stage":1,"closed":false,"state":"overdue",…}\n'
 */
export function caseJsonLine(where: Pick<InputRow, 'unit' | 'number'>, timeline: Timeline): string {
  const next = timeline.next;
  let deadlines = '';
  for (const deadline of timeline.deadlines) {
    deadlines +=
      `${deadlines === '' ? '' : ','}{"id":"${deadline.id}","codeDueOn":"${deadline.codeDueOn}","dueOn":"${deadline.dueOn}"` +
      `${optional('latestExtendedDueOn', deadline.latestExtendedDueOn)}${optional('targetDueOn', deadline.targetDueOn)}${optional('doneOn', deadline.doneOn)}` +
      `,"state":"${deadline.state}"${optional('workingDaysLeft', deadline.workingDaysLeft)}}`;
  }
  let findings = '';
  for (const finding of timeline.findings) findings = findings === '' ? findingJson(finding) : `${findings},${findingJson(finding)}`;
  return (
    `{"${where.unit}":${where.number},"reference":${str(timeline.reference)},"ruleSet":"${timeline.ruleSet}"` +
    `,"stage":${timeline.stage},"closed":${timeline.closed},"state":"${timeline.state}"` +
    `,"workingDaysLeft":${timeline.workingDaysLeft ?? null},"nextStep":${next === undefined ? null : `"${next.id}"`},"dueOn":${next === undefined ? null : `"${next.dueOn}"`}` +
    `,"deadlines":[${deadlines}],"findings":[${findings}]}\n`
  );
}
