// What in an email draft is not the new letter: the quoted thread below it, forwarded headers, a signature
// after "-- ", a confidentiality disclaimer, and ">" quoted lines. Only the new letter may count (issue 12).
const ON_WROTE = /^on\b.{0,300}\bwrote:$/i;
const ON_START = /^on\b.{0,200}$/i;
const WROTE_END = /\bwrote:$/i;
// A bare line of dashes or underscores may divide a letter's own sections, so only a named separator counts.
const SEPARATOR = /^(?:-{2,} ?(?:original message|forwarded message|reply message) ?-{2,}|begin forwarded message:?)$/i;
const FROM = /^(?:\*\s*)?from:\s/i;
const SENT = /^(?:\*\s*)?(?:sent|date|to|subject):\s/i;
const SIGNATURE = /^-- ?$/;
const SIGNED_OFF = /^(?:yours (?:sincerely|faithfully|truly)|(?:kind|best|warm|many) (?:regards|thanks|wishes)|regards|thanks|thank you|cheers)[,.!]?$/i;
const DISCLAIMER = /^(?:disclaimer|confidentiality notice|this (?:e-?mail|message|communication)\b.{0,80}\b(?:confidential|privileged|intended (?:solely |only )?for)|if you (?:have )?received this (?:e-?mail|message) in error|the (?:information|contents?) (?:in|of|contained in) this (?:e-?mail|message))/i;

/** Blanks the ranges of `text` (line breaks kept, so every offset and line still lines up), in one pass. */
function blank(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(from, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The draft with everything that is not the new letter blanked out (same length and line breaks, so offsets
 * into it are offsets into the draft): the quoted history below "On … wrote:", "-----Original Message-----"
 * or an Outlook "From: … Sent: …" header, a signature after "-- ", a disclaimer, and lines quoted with ">".
 *
 * @example
 * maskQuoted('Thanks.\n\nOn 2 Nov 2026, Jo wrote:\nMy complaint…').trimEnd(); // 'Thanks.'
 */
export function maskQuoted(text: string): string {
  const lines = text.split('\n');
  let at = 0;
  let contentLines = 0;
  let signedOff = false;
  const ranges: [number, number][] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] as string;
    const line = raw.trim();
    const start = at;
    at += raw.length + 1;
    if (line.length === 0) continue;
    const next = (lines[i + 1] ?? '').trim();
    const header =
      contentLines > 0 &&
      (ON_WROTE.test(line) ||
        (ON_START.test(line) && WROTE_END.test(next)) ||
        SEPARATOR.test(line) ||
        SIGNATURE.test(raw.trimStart()) ||
        // A letter may open with its own "From: / Date: / To:" block, so a reply header needs the letter above it.
        ((contentLines > 3 || signedOff) && FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => SENT.test(l.trim()))) ||
        (contentLines > 2 && DISCLAIMER.test(line)));
    if (header) {
      ranges.push([start, text.length]);
      break;
    }
    if (line.startsWith('>')) ranges.push([start, start + raw.length]);
    else {
      contentLines += 1;
      signedOff ||= SIGNED_OFF.test(line);
    }
  }
  return blank(text, ranges);
}
