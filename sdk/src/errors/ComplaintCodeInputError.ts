import type * as z from './zod.js';

/**
 * One problem with the input to an SDK function, named by its field path (`stage1.acknowledgedOn`;
 * `''` for the input as a whole).
 *
 * @example
 * ```ts
 * const issue: InputIssue = { path: 'stage1.acknowledgeOn', message: 'Unknown field "acknowledgeOn": did you mean acknowledgedOn?' };
 * ```
 */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/** `  - path: message` lines, as every error of the family prints its issues. */
export function formatIssues(issues: readonly InputIssue[], root = '(input)'): string {
  return issues.map((issue) => `  - ${issue.path || root}: ${issue.message}`).join('\n');
}

/**
 * The one family of errors for bad input to the SDK: every public function that validates its
 * input throws this (or a subclass such as `InvalidComplaintError` or `CalendarDataError`), never
 * a raw `ZodError` or `TypeError`. `issues` names each field that is wrong and why.
 *
 * @example
 * ```ts
 * try {
 *   checkDraft({ text: 42 });
 * } catch (error) {
 *   if (error instanceof ComplaintCodeInputError) error.issues; //=> [{ path: 'text', message: 'Invalid input: expected string, received number' }]
 * }
 * ```
 */
export class ComplaintCodeInputError extends Error {
  override name: string = 'ComplaintCodeInputError';
  readonly issues: readonly InputIssue[];

  constructor(message: string, issues: readonly InputIssue[], options?: { cause?: unknown }) {
    super(message, options);
    this.issues = issues;
  }

  /**
   * The issues of a zod error, each path joined with dots. An unknown-keys issue becomes one issue
   * per key, its path ending in the key (the strict schemas write one message line per key).
   */
  static issuesOf(error: z.core.$ZodError): InputIssue[] {
    return error.issues.flatMap((issue) => {
      const path = issue.path.map(String);
      if (issue.code !== 'unrecognized_keys') return [{ path: path.join('.'), message: issue.message }];
      const lines = issue.message.split('\n');
      return issue.keys.map((key, index) => ({
        path: [...path, key].join('.'),
        message: lines.length === issue.keys.length ? (lines[index] ?? issue.message) : `Unknown field "${key}"`,
      }));
    });
  }

  /**
   * Builds the error from a zod error; `what` (the function's name) starts the message.
   *
   * @example
   * ```ts
   * ComplaintCodeInputError.fromZod(error, 'checkDraft').message; //=> 'checkDraft: invalid input:\n  - text: …'
   * ```
   */
  static fromZod(error: z.core.$ZodError, what = 'input'): ComplaintCodeInputError {
    const issues = ComplaintCodeInputError.issuesOf(error);
    return new ComplaintCodeInputError(`${what}: invalid input:\n${formatIssues(issues)}`, issues, { cause: error });
  }
}

/**
 * Parses `input` with `schema`, throwing a {@link ComplaintCodeInputError} (not a `ZodError`) when it
 * does not fit. `what` names the public function in the message.
 *
 * @example
 * ```ts
 * const parsed = parseInput(CheckDraftInput, input, 'checkDraft');
 * ```
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw ComplaintCodeInputError.fromZod(result.error, what);
  return result.data;
}
