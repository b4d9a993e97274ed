import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

/**
 * `node:util` `parseArgs` in strict mode with tokens, its errors turned into plain {@link UsageError}s
 * that name the option and point at the command's help.
 *
 * @example
 * const { values } = parseCommandArgs('deadlines', { args: ['--received', '2026-11-02'], options: { received: { type: 'string' } } });
 * values.received; // '2026-11-02'
 */
export function parseCommandArgs<const T extends Omit<ParseArgsConfig, 'strict' | 'tokens'>>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T & { strict: true; tokens: true }>> {
  try {
    const args = joinNegativeValues(config);
    return parseArgs({ ...config, ...(args !== undefined && { args }), strict: true, tokens: true } as T & { strict: true; tokens: true });
  } catch (error) {
    throw new UsageError(`${plainParseError(error)}\nSee "complaint-code ${command} --help".`);
  }
}

/**
 * `--homes -5` as `--homes=-5`: parseArgs reads a value starting with "-" as an option, which would blame the
 * wrong thing ("--homes needs a value"); joined, the option's own check names the bad number.
 */
function joinNegativeValues(config: Omit<ParseArgsConfig, 'strict' | 'tokens'>): string[] | undefined {
  const args = config.args;
  if (args === undefined) return undefined;
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg: string = args[i] ?? '';
    const next: string | undefined = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name !== undefined && config.options?.[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  const option = /'(--?[\w-]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option ?? message}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('argument missing') ? `${option} needs a value.` : `${option} does not take a value.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}.`;
    default:
      return message;
  }
}
