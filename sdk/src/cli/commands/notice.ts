import { ComplaintCodeInputError } from '../../errors/index.js';
import { InvalidNoticeError, writeAcknowledgement, writeExtensionNotice, writeRefusal, type Notice } from '../../letters/index.js';
import { parseCommandArgs } from '../args.js';
import { dateOption, ruleSetOption } from '../common-options.js';
import { UsageError, type CliCommand } from '../io.js';

const HELP = `Usage: complaint-code notice extension|acknowledgement|refusal [options]

Prints a notice that meets the Code, as plain text (or HTML with --html).

Common:  --landlord NAME (required)  --resident NAME  --reference REF  --signed-by ROLE  --ombudsman housing|lgsco
         --html (HTML only)  --json ({ notice, subject, text, html } on one line)
extension:        --stage 1|2 --current-due D --reason TEXT [--new-due D] [--good-reason TEXT] [--rules R]
acknowledgement:  --stage 1|2 --summary TEXT --outcome TEXT (repeat) [--not-responsible TEXT (repeat)] --response-due D
refusal:          --matter TEXT --reasons TEXT [--alternative TEXT]
`;

const stageOption = (value: string | undefined): 1 | 2 => {
  if (value === '1' || value === '2') return Number(value) as 1 | 2;
  throw new UsageError('--stage must be 1 or 2.');
};
const required = (name: string, value: string | undefined): string => {
  if (value === undefined) throw new UsageError(`--${name} is required.\nSee "complaint-code notice --help".`);
  return value;
};

/**
 * `complaint-code notice`: prints an extension notice, an acknowledgement or a refusal.
 *
 * @example
 * // complaint-code notice extension --landlord "Riverside Homes" --stage 1 --current-due 2027-01-13 --reason "we need a damp survey"
 */
export const notice: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('notice', {
    args: [...args],
    allowPositionals: true,
    options: {
      landlord: { type: 'string' }, resident: { type: 'string' }, reference: { type: 'string' }, 'signed-by': { type: 'string' },
      ombudsman: { type: 'string' }, html: { type: 'boolean' }, json: { type: 'boolean' }, stage: { type: 'string' }, 'current-due': { type: 'string' },
      'new-due': { type: 'string' }, reason: { type: 'string' }, 'good-reason': { type: 'string' }, rules: { type: 'string' },
      summary: { type: 'string' }, outcome: { type: 'string', multiple: true }, 'not-responsible': { type: 'string', multiple: true },
      'response-due': { type: 'string' }, matter: { type: 'string' }, reasons: { type: 'string' }, alternative: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    io.stdout.write(HELP);
    return values.help ? 0 : 2;
  }
  const which = positionals[0];
  if (values.ombudsman !== undefined && values.ombudsman !== 'housing' && values.ombudsman !== 'lgsco') throw new UsageError('--ombudsman must be housing or lgsco.');
  const base = {
    landlord: required('landlord', values.landlord),
    ...(values.resident ? { residentName: values.resident } : {}),
    ...(values.reference ? { reference: values.reference } : {}),
    ...(values['signed-by'] ? { signedBy: values['signed-by'] } : {}),
    ...(values.ombudsman ? { ombudsman: values.ombudsman as 'housing' | 'lgsco' } : {}),
  };
  let written: Notice;
  try {
    if (which === 'extension') {
      const rules = ruleSetOption(values.rules);
      written = writeExtensionNotice({
        ...base,
        stage: stageOption(values.stage),
        currentDueOn: dateOption('--current-due', required('current-due', values['current-due'])),
        reason: required('reason', values.reason),
        ...(values['new-due'] ? { newDueOn: dateOption('--new-due', values['new-due']) } : {}),
        ...(values['good-reason'] ? { goodReason: values['good-reason'] } : {}),
        ...(rules ? { rules } : {}),
      });
    } else if (which === 'acknowledgement') {
      written = writeAcknowledgement({
        ...base,
        stage: stageOption(values.stage),
        complaintSummary: required('summary', values.summary),
        outcomesSought: values.outcome ?? [],
        notResponsibleFor: (values['not-responsible'] ?? []).map((aspect) => ({ aspect })),
        responseDueOn: dateOption('--response-due', required('response-due', values['response-due'])),
      });
    } else if (which === 'refusal') {
      written = writeRefusal({ ...base, matter: required('matter', values.matter), reasons: required('reasons', values.reasons), ...(values.alternative ? { alternative: values.alternative } : {}) });
    } else {
      throw new UsageError(`Unknown notice "${which ?? ''}": use extension, acknowledgement or refusal.`);
    }
  } catch (error) {
    if (error instanceof ComplaintCodeInputError) throw new UsageError(error.issues.map((i) => `${i.path || 'input'}: ${i.message}`).join('\n'));
    if (error instanceof InvalidNoticeError) throw new UsageError(error.message);
    throw error;
  }
  if (values.json) io.stdout.write(`${JSON.stringify({ notice: which, subject: written.subject, text: written.text, html: written.html })}\n`);
  else io.stdout.write(values.html ? `${written.html}\n` : written.text);
  return 0;
};
