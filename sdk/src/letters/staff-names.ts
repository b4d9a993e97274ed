import type { LetterDocument } from './document.js';
import { contractorSuffixes, staffRoleWords } from './rules/cautions.js';
import type { Evidence } from './types.js';

const NOT_NAMES = new Set(
  ('I We You He She They It The This That On In At As If When After Before Our Your Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Stage Housing Ombudsman Council Team Service Please Also Unfortunately Yesterday Today Recently Additionally Previously Later Finally Firstly Secondly Meanwhile Again Sadly Initially Afterwards Subsequently Eventually Next Now Here Dear Thank Thanks Kind Hello Hi Someone Somebody Anyone Anybody Everyone Nobody Colleagues Staff Officers Contractors Members One Each Any All Both Either Neither Other Another Ombudsman Regards Yours Complaints Customer Building Estate Property Tenancy Sorry Once Where While Whilst However Then Following During Since From To And But So Who Which There Repairs Police').split(' '),
);
// Starts on a word boundary, so a long run of letters is tried once, not at every letter (issue 10, item 3).
const NAME = "\\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.? )?[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?)?";
// A title may be capitalised ("the Neighbourhood Officer, Paul Stanway").
const ROLE = `(?:${[...staffRoleWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/\b[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '\\s+')).join('|')})s?`;
const SUFFIX = contractorSuffixes.join('|');
const BUSINESS = new RegExp(`\\b((?:[A-Z][\\w&'-]+ ){1,3}(?:${SUFFIX}))\\b`, 'g');
const PATTERNS = [
  // "our surveyor, John Smith," / "your housing officer Sarah"
  new RegExp(`\\b(?:[Oo]ur|[Tt]he|[Yy]our|[Aa]) (?:[a-z-]+ )?${ROLE},? (?:called |named )?(${NAME})`, 'g'),
  // "John Smith, our surveyor" / "Sarah (Repairs Manager)"
  new RegExp(`(${NAME}),? (?:our|the|your|a) (?:[a-z]+ )?${ROLE}\\b`, 'g'),
  new RegExp(`(${NAME}) \\((?:[A-Za-z]+ ){0,3}(?:${ROLE})\\)`, 'gi'),
  // "Dave from our repairs team"
  new RegExp(`(${NAME}) (?:from|in|of|at) (?:our|the) (?:[a-z]+ ){0,2}(?:team|department|contractors?|section)\\b`, 'g'),
  // "Apex Roofing Ltd" / "our contractor, Mears,"
  BUSINESS,
  // A titled name as the subject of what went wrong: "Mr Stanway did not open an ASB case" (not the resident, see below).
  /(?:^|[.!?:] )((?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+) (?:did not|didn['’]t|failed to|should (?:not )?have|was rude)\b/gm,
  new RegExp(`\\b(?:contractors?|sub-?contractors?|company|firm),? ((?:[A-Z][\\w&'-]+)(?: [A-Z][\\w&'-]+){0,2})`, 'g'),
];

/**
 * Finds members of staff or contractors named in the body of a letter (joint draft 5.6): a name next to a job
 * title or team, or a business name. The greeting, the sign-off and the signature are not searched, nor
 * the resident's own name.
 *
 * @example
 * // findStaffNames(analyseLetter('Dear Ms Lee\nOur surveyor, John Smith, visited.\nYours sincerely'))[0]?.text === 'John Smith'
 */
export function findStaffNames(doc: LetterDocument, residentName?: string): Evidence[] {
  const body = doc.text.slice(doc.bodyStart, doc.bodyEnd);
  const found: Evidence[] = [];
  // The resident: the name given, or the one the letter is addressed to ("Dear Mr Cole").
  const resident = `${residentName} ${/\b(?:dear|hello|hi) (.+)/i.exec(doc.text.slice(0, doc.bodyStart))?.[1]}`.toLowerCase().split(/[\s,]+/);
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const name = (m[1] ?? '').trim();
      const words = name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.? /, '').split(/\s+/);
      if (words.length === 0 || words.some((w) => NOT_NAMES.has(w))) continue;
      // The officer handling the complaint may be named (5.6 is about the staff whose actions are complained of).
      if (/\b(?:case|complaints?|investigating|resolution|liaison)\s+(?:officer|handler|manager|lead|advis[eo]r)/i.test(m[0])) continue;
      // A business that is a third party (the freeholder, an insurer) or the landlord itself ("… Ltd, registered in England").
      if (re === BUSINESS && (/\b(?:freeholder|insurers?|managing agents?|landlord|owners?)\b[^.]{0,30}$/i.test(body.slice(0, m.index)) || /^[^.]{0,30}\bregistered\b/.test(body.slice(m.index + m[0].length)))) continue;
      if (words.some((w) => resident.includes(w.toLowerCase()))) continue;
      const start = doc.bodyStart + m.index + m[0].indexOf(name);
      if (found.some((e) => e.start <= start && start < e.end)) continue;
      found.push({ start, end: start + name.length, text: name, rule: 'pattern' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
