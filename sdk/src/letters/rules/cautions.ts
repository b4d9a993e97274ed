import type { CautionId, LetterKind } from '../types.js';

/** How the checker recognises something a letter should not say. Patterns are data, as for elements. */
export interface CautionRule {
  readonly id: CautionId;
  /** Only for these kinds (all kinds when absent). */
  readonly kinds?: readonly LetterKind[];
  readonly patterns: readonly string[];
  /** Plain-English explanation shown with the finding. */
  readonly message: string;
}

/**
 * The built-in caution rules (staff names are found by `findStaffNames`, which uses {@link staffRoleWords}).
 *
 * @example
 * cautionRules.find((rule) => rule.id === 'third-stage')?.patterns;
 */
export const cautionRules: readonly CautionRule[] = [
  {
    id: 'partially-upheld',
    patterns: ['\\b(?:partial(?:ly)?|partly|in part)[- ]?(?:upheld|uphold|justified)\\b', '\\buph(?:e|o)ld(?:ing)? (?:your complaint |the complaint |it |this complaint )?(?:in part|partially|partly)\\b'],
    message: 'The letter says the complaint is partly upheld. Where something went wrong, the complaint is upheld, even if some parts of it are not.',
  },
  {
    id: 'informal-stage',
    patterns: ['\\bstage[- ]?(?:0|zero)\\b', '\\binformal (?:complaint|stage|resolution|process|review)s?\\b', '\\b(?:early|local|frontline|front-line) resolution stage\\b', '\\bpre-?complaint stage\\b'],
    message: "The letter names an extra stage (such as 'stage 0' or an 'informal complaint'). The Code allows no extra named stages.",
  },
  {
    id: 'third-stage',
    patterns: ['\\bstage[- ]?(?:3|three)\\b', '(?<!used to (?:include|have) a )\\bthird stage\\b', '\\bfinal (?:internal )?appeal\\b', '\\b(?:complaints?|review|(?<!(?:admissions?|independent|statutory) )appeals?) panel\\b'],
    message: 'The letter offers a third internal stage. A complaints process may have only two stages; after stage 2 the resident goes to the Ombudsman.',
  },
  {
    id: 'third-stage',
    kinds: ['stage2-response'],
    patterns: [
      '\\b(?:ask|request|apply|appeal)\\w* (?:us )?(?:for |to )?(?:a |an )?(?:further|another|second|final|member) (?:internal )?(?:review|appeal|look|investigation)\\b(?![^.]{0,60}ombudsman)',
      '\\b(?:your complaint|it|this|the matter|the decision) (?:to be|be) (?:reviewed|looked at|considered) (?:again|further) by (?:our|the) (?:chief executive|board|director|managing director|panel|head of)',
      // A review by someone more senior offered after stage 2 ("a final review by the Chief Executive").
      '\\b(?:(?:be|being) (?:reviewed|considered|looked at|heard|decided) (?:again )?|final review )by (?:our|the|a) (?:chief executive|board|managing director|director of [a-z]+|cabinet member|lead member|portfolio holder|elected member|councillors?|trustees?|chair(?:man|person)?|(?:complaints? |review |appeals? )?(?:committee|panel))\\b',
      "\\byou (?:can|may|could|are able to|have the right to|are entitled to|will be able to)(?: also| then)? (?:ask|request|refer|apply|appeal|take|escalat)\\w*\\b[^.]{0,60}\\b(?:board|(?:complaints?|review|appeals?) (?:committee|panel)|cabinet member|chief executive|(?:managing |executive |operations )?director|trustees|chair(?:man|person)?)\\b",
      '\\b(?:will|can|may|could|would) (?:then )?(?:carry out|conduct|do|undertake|hold) (?:a|an) (?:final|further|another|second) (?:internal )?review\\b',
      // "Appeal" wording in a stage 2 letter is a third stage of a three-stage process (unless it is to the Ombudsman).
      '\\b(?:wish|want|would like|like|decide|choose) to appeal\\b(?![^.]{0,80}ombudsman)', '\\bappeal (?:against )?(?:the|this|our|my) (?:decision|outcome|response)\\b(?![^.]{0,80}ombudsman)',
    ],
    message: 'This stage 2 letter offers another internal review. Stage 2 is the final response; the next step is the Ombudsman.',
  },
  {
    id: 'obsolete-ombudsman-route',
    patterns: [
      '\\bdesignated person\\b', '\\bdemocratic filter\\b', '\\bwait\\w* (?:for )?(?:eight|8) weeks\\b',
      '\\b(?:eight|8) weeks (?:after|from|have passed|has passed|of (?:our|the|this))\\b[^.]{0,120}ombudsman', '\\bombudsman\\b[^.]{0,150}\\b(?:eight|8) weeks\\b',
      '\\b(?:your )?(?:local )?(?:MP|councillor|member of parliament|tenant panel)\\b[^.]{0,80}\\b(?:refer|pass)\\w*\\b[^.]{0,40}ombudsman',
    ],
    message: 'The letter describes the old route to the Housing Ombudsman (a designated person or an eight-week wait). Since 1 October 2022 residents can go to the Ombudsman directly once the landlord\'s process is complete.',
  },
  {
    id: 'outdated-ombudsman-contact',
    patterns: [
      '\\bPO Box 152\\b', '\\bL33 7WQ\\b', '\\bExchange Tower\\b', '\\bHarbour Exchange Square\\b', '\\bE14 9GE\\b', '\\b0845 ?602 ?1983\\b',
      '\\b024 ?7682 ?0001\\b', '\\b0762 ?481 ?1595\\b', '\\b(?:https?://)?(?:www\\.|info@)?housingombudsman\\.org\\.uk\\b',
    ],
    message: 'The letter gives Ombudsman contact details that are out of date. Use the current address, phone number and website.',
  },
];

/**
 * Job titles that, next to a person's name, show a member of staff or a contractor is named (joint draft 5.6).
 *
 * @example
 * staffRoleWords.includes('surveyor'); // true
 */
export const staffRoleWords: readonly string[] = [
  'surveyor', 'housing officer', 'officer', 'operative', 'contractor', 'plumber', 'electrician', 'engineer', 'gas engineer', 'caretaker',
  'neighbourhood officer', 'technician', 'manager', 'repairs manager', 'team leader', 'supervisor', 'colleague', 'inspector', 'scheduler',
  'call handler', 'advisor', 'adviser', 'tenancy officer', 'income officer', 'estate officer', 'joiner', 'carpenter', 'roofer', 'decorator',
  'handyperson', 'member of staff', 'staff member', 'worker', 'receptionist', 'cleaner', 'gardener', 'builder', 'planner', 'case officer', 'patch officer', 'repairs officer', 'customer service advisor', 'damp specialist', 'fitter', 'labourer',
];

/**
 * Endings of business names that show a contractor is named.
 *
 * @example
 * contractorSuffixes.includes('Ltd'); // true
 */
export const contractorSuffixes: readonly string[] = ['Ltd', 'Limited', 'plc', 'PLC', 'LLP', 'Contractors', 'Builders'];
