import * as z from './zod.js';
import { unknownKeyMessage } from './did-you-mean.js';

/**
 * A `z.strictObject` whose unknown keys are refused by name, each with the nearest known key
 * ("did you mean acknowledgedOn?"). The known keys are the shape's own, so a field added to the
 * shape is known at once. (`ComplaintCodeInputError.issuesOf` gives each key its own issue.)
 *
 * @example
 * ```ts
 * strictObject({ receivedOn: z.string() }).safeParse({ recievedOn: 'x' }).error?.issues[0]?.message;
 * //=> 'Unknown field "recievedOn": did you mean receivedOn?'
 * ```
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownKeyMessage(key, known)).join('\n') : undefined),
  });
}
