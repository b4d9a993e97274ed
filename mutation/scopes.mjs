// The modules `pnpm mutation` mutates, one Stryker run each (the machine is small: scoping keeps a run
// to minutes, and each scope keeps its own incremental file, so a rerun only tests what changed).
// `tests` are the test files that run for the scope; Stryker then runs, per mutant, only the tests
// that cover it.

/** @type {Record<string, { project: 'sdk' | 'extension'; mutate: string[]; tests: string[] }>} */
export const scopes = {
  calendar: {
    project: 'sdk',
    mutate: [
      'sdk/src/calendar/**/*.ts',
      '!sdk/src/calendar/**/*.test.ts',
      // Data, not logic: every date, title and note is compared with a frozen GOV.UK copy
      // (bank-holidays-data.frozen.test.ts), so its 300-odd string literals would only add run time.
      '!sdk/src/calendar/bank-holidays-data.ts',
    ],
    // With the option checks of src/errors (createCalendar refuses misspelt or bad options).
    tests: ['src/calendar/**/*.test.ts', 'src/errors/input-hygiene.test.ts'],
  },
  // The timeline is two scopes so that each run fits in a sitting on a shared machine: the schedule,
  // findings and record parsing, and the evidence checks (evidence.ts, evidence-findings.ts).
  'timeline-core': {
    project: 'sdk',
    mutate: ['sdk/src/timeline/**/*.ts', '!sdk/src/timeline/**/*.test.ts', '!sdk/src/timeline/evidence*.ts'],
    // With the other suites that read timelines (option checks, the CLI's rows, reports); not the
    // accumulator's property test, which would run for nearly every mutant.
    tests: [
      'src/timeline/**/*.test.ts',
      'src/letters/notices/notices.test.ts',
      'src/errors/input-hygiene.test.ts',
      'src/index.test.ts',
      'src/testing.test.ts',
      'src/cli/report/*.test.ts',
      'src/report/*.test.ts',
      '!src/report/createCodePerformanceAccumulator.test.ts',
    ],
  },
  'timeline-evidence': {
    project: 'sdk',
    mutate: ['sdk/src/timeline/evidence.ts', 'sdk/src/timeline/evidence-findings.ts'],
    tests: ['src/timeline/**/*.test.ts', 'src/report/selfAssessment.test.ts'],
  },
  letters: {
    project: 'sdk',
    mutate: ['sdk/src/letters/check-draft.ts', 'sdk/src/letters/match-element.ts'],
    tests: ['src/letters/*.test.ts'],
  },
  store: {
    project: 'extension',
    // The store (extension/data: cases.ts writes, db.ts the schema) and the worker's message handling.
    mutate: ['extension/background/handle-message.ts', 'extension/data/cases.ts', 'extension/data/db.ts'],
    tests: ['background/**/*.test.ts', 'data/**/*.test.ts'],
  },
};
