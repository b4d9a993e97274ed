import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkDraft, LetterKind, type CheckResult } from '../../letters/index.js';
import { parseCommandArgs } from '../args.js';
import { provisionJson } from '../provision-json.js';
import { ruleSetOption } from '../common-options.js';
import { UsageError, type CliCommand, type CliIo } from '../io.js';

const HELP = `Usage: complaint-code check [--kind K] [--rules R] [--html] [--json] FILE|-

Checks a draft letter against the Complaint Handling Code: the elements it must contain, what it says that the
Code forbids, and plain-language advice. Exits 0 whatever the draft lacks; 2 on bad input.

  --kind K     acknowledgement, stage1-response, stage2-response, extension-notice or refusal (guessed when absent)
  --rules R    ho-2024 (default), ho-2022, joint-draft-2023 or lgsco-2024
  --html       Read the draft as HTML (automatic for .html/.htm files)
  --json       Print { kind, elements, cautions } as JSON
  --help       This help
`;

async function readDraft(file: string, io: CliIo): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
}

function toJson(result: CheckResult) {
  return {
    kind: result.kind,
    ...(result.detection ? { confidence: result.detection.confidence } : {}),
    ...(result.needsKind ? { needsKind: true, candidates: result.detection?.candidates ?? [] } : {}),
    rules: result.rules,
    elements: result.elements.map((e) => ({
      id: e.id, present: e.present, level: e.level, provision: provisionJson(e.provision), message: e.message,
      ...(e.evidence ? { evidence: e.evidence } : {}), ...(e.suggestion ? { suggestion: e.suggestion.sentence } : {}),
    })),
    cautions: result.cautions.map((c) => ({ id: c.id, severity: c.severity, provision: provisionJson(c.provision), message: c.message, evidence: c.evidence })),
    unaddressedPoints: result.unaddressedPoints.map((p) => ({ point: p.point, provision: provisionJson(p.provision), message: p.message, evidence: p.evidence })),
  };
}

function toText(result: CheckResult): string {
  const lines: string[] = [];
  const guess = result.detection ? ` (guessed, confidence ${result.detection.confidence}: ${result.detection.reasons.join('; ')})` : '';
  lines.push(`Kind: ${result.kind}${guess}. Rules: ${result.rules}.`);
  if (result.needsKind) lines.push(`Which letter is this? The draft does not show it clearly: check again with --kind (${result.detection?.candidates.join(', ')}).`);
  for (const e of result.elements) {
    const mark = e.present ? 'ok     ' : e.level === 'advice' ? 'advice ' : 'MISSING';
    lines.push(`${mark} ${e.title} (${e.provision.ref}): ${e.message}`);
    if (e.evidence) lines.push(`        "${e.evidence.text.slice(0, 80)}"`);
    if (e.suggestion) lines.push(`        Suggested: ${e.suggestion.sentence}`);
  }
  for (const c of result.cautions) lines.push(`${c.severity.toUpperCase().padEnd(7)} ${c.id} (${c.provision.ref}): ${c.message} "${c.evidence.text}"`);
  for (const p of result.unaddressedPoints) lines.push(`MISSING decision (${p.provision.ref}): ${p.message}`);
  for (const a of result.advice) lines.push(`advice  ${a.message}`);
  lines.push(result.complete ? 'Every required element is there.' : `${result.elements.filter((e) => !e.present && e.level === 'required').length} required element(s) missing.`);
  return `${lines.join('\n')}\n`;
}

/**
 * `complaint-code check`: checks a draft letter (file or stdin) and prints the findings.
 *
 * @example
 * // complaint-code check --kind stage1-response --json draft.txt
 */
export const check: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('check', {
    args: [...args],
    allowPositionals: true,
    options: {
      kind: { type: 'string' }, rules: { type: 'string' }, json: { type: 'boolean' }, html: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('Give one draft: a file name, or - for standard input.\nSee "complaint-code check --help".');
  const file = positionals[0] as string;
  let kind: LetterKind | undefined;
  if (values.kind !== undefined) {
    const parsed = LetterKind.safeParse(values.kind);
    if (!parsed.success) throw new UsageError(`--kind: ${parsed.error.issues[0]?.message ?? 'unknown kind'}`);
    kind = parsed.data;
  }
  const rules = ruleSetOption(values.rules);
  const draft = await readDraft(file, io);
  const asHtml = values.html === true || /\.html?$/i.test(file);
  const result = checkDraft({ ...(asHtml ? { html: draft } : { text: draft }), ...(kind ? { kind } : {}), ...(rules ? { rules } : {}) });
  io.stdout.write(values.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : toText(result));
  return 0;
};
