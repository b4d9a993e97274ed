/** One CSV record, with the row number a spreadsheet would show for it. */
export interface CsvRecord {
  /**
   * 1-based, counting the header and blank lines the way a spreadsheet numbers rows, so a message
   * about "row 17" points at row 17 when the file is opened in Excel. A record whose quoted field
   * spans several lines is still one row.
   */
  readonly row: number;
  readonly fields: string[];
  /** Set when the record is malformed (e.g. an unclosed quote); `fields` holds a best effort. */
  readonly problem?: string;
}

/** An incremental RFC 4180 parser: feed it text chunks in order, collect the records that completed. */
export interface CsvParser {
  /** Parses the next chunk; returns the records it completed (a record split across chunks comes out later). */
  push(chunk: string): CsvRecord[];
  /** Ends the input; returns the last record if the text did not end with a line break. */
  end(): CsvRecord[];
}

/** Options for {@link createCsvParser}. */
export interface CsvParserOptions {
  /**
   * A quoted field that spans lines and grows past this many characters is judged an unclosed
   * quote (default 65,536: twice the most a spreadsheet cell holds), so a stray quote costs one
   * row and memory stays bounded.
   */
  readonly maxQuotedFieldLength?: number;
}

/** How much of a bad row a problem message quotes. */
const EXCERPT_LENGTH = 32;

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

// Parser states (plain numbers: no enum, so the module stays erasable TypeScript).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just read a `"` inside a quoted field: either an escaped quote (`""`) or the closing quote. */
const QUOTE_IN_QUOTED = 3;
/** Just ended a record on `\r`: a following `\n` belongs to the same line break. */
const AFTER_CR = 4;
/** Re-reading the text after an unclosed quote: the next character is the line break that ended the bad record. */
const AFTER_LINE_BREAK = 5;
type State = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_IN_QUOTED | typeof AFTER_CR | typeof AFTER_LINE_BREAK;

/**
 * Creates a streaming CSV parser (RFC 4180: quoted fields, `""` escapes, CRLF or LF line breaks,
 * line breaks inside quoted fields). It keeps only the record in progress, so a file of any size
 * can be parsed chunk by chunk. A leading UTF-8 byte order mark (Excel's "CSV UTF-8") is dropped,
 * and blank lines are skipped (but still counted in `row`).
 *
 * Malformed input never throws: the record gets a `problem` and parsing goes on, so one bad row
 * cannot stop or shift the others. A quoted field that spans lines is accepted when its closing
 * quote is followed by a comma or a line break; it is judged an unclosed quote when it runs to the
 * end of the text, grows past `maxQuotedFieldLength`, or its "closing" quote is followed by more
 * text (a stray quote pairing with the next quoted field). Then the record ends at the line the
 * quote opened on, its problem quotes a few characters of it, and parsing starts again at the next
 * line. The result never depends on how the text is split into chunks.
 *
 * Pure (no Node APIs), so the browser extension's CSV import can use it too.
 *
 * @example
 * const parser = createCsvParser();
 * parser.push('reference,stage1_received_on\r\nHA-1,2026-11-02\r\n"HA-2, ""B""",2026-1');
 * // → [{ row: 1, fields: ['reference', 'stage1_received_on'] }, { row: 2, fields: ['HA-1', '2026-11-02'] }]
 * parser.end();
 * // → [{ row: 3, fields: ['HA-2, "B"', '2026-1'] }]
 */
export function createCsvParser(options: CsvParserOptions = {}): CsvParser {
  const maxQuoted = options.maxQuotedFieldLength ?? 65_536;
  let state: State = FIELD_START;
  let fields: string[] = [];
  let field = '';
  let problem: string | undefined;
  // A record of one quoted empty field (`""`) is data, not a blank line.
  let quoted = false;
  let row = 1;
  let started = false;
  // The raw text of the open quoted field from earlier chunks (after its opening quote), kept so
  // that a field judged unclosed can be re-read from the line after the one it opened on.
  let quoteCarry = '';

  function endRecord(out: CsvRecord[]): void {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '' && !quoted && problem === undefined;
    if (!blank) out.push(problem === undefined ? { row, fields } : { row, fields, problem });
    row++;
    fields = [];
    field = '';
    problem = undefined;
    quoted = false;
  }

  /**
   * Index of the first CR or LF in `value` at or after `from`, or -1. A plain loop, not two
   * `indexOf`s: the break is near `from`, and an `indexOf` for an absent CR would scan to the end
   * of the chunk on every bad row (quadratic over a file of them).
   */
  function firstBreak(value: string, from: number): number {
    for (let k = from; k < value.length; k++) {
      const c = value.charCodeAt(k);
      if (c === LF || c === CR) return k;
    }
    return -1;
  }

  const hasBreak = (value: string) => value.includes('\n') || value.includes('\r');

  /**
   * Ends the record at the line its open quote started on and returns the raw text to read next
   * (from that line's break on). `raw` is the quoted field's raw text since its opening quote.
   */
  function unclosed(out: CsvRecord[], raw: string): string {
    const at = firstBreak(raw, 0);
    const line = raw.slice(0, at);
    const excerpt = line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
    problem = `field ${fields.length + 1} has an opening quote but no closing quote: "${excerpt}"`;
    field = line;
    endRecord(out);
    quoteCarry = '';
    // The break itself is re-read, so a CRLF split across chunks still counts once.
    state = FIELD_START;
    return raw.slice(at);
  }

  function push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = chunk;
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let n = text.length;
    let i = 0;
    // Start of the part of the current field that lies in this chunk.
    let segmentStart = 0;
    // Start of the open quoted field's raw text in this chunk (0 if it opened in an earlier one).
    let quoteStart = 0;
    const resync = () => {
      if (quoteCarry === '' || firstBreak(quoteCarry, 0) === -1) {
        // The line break is in this chunk: re-read from it in place (no copy, so many bad rows stay linear).
        const at = firstBreak(text, quoteStart);
        unclosed(out, quoteCarry + text.slice(quoteStart, at + 1));
        i = at;
      } else {
        // The break came in an earlier chunk: re-read the carried text, then the rest of this chunk.
        text = unclosed(out, quoteCarry) + text.slice(quoteStart);
        n = text.length;
        i = 0;
      }
      // The re-read starts at the line break itself: end the bad record's line there.
      state = AFTER_LINE_BREAK;
    };
    while (i < n) {
      switch (state) {
        case AFTER_LINE_BREAK: {
          // Only after a resync: skip the one line break that ended the bad record.
          const c = text.charCodeAt(i);
          i++;
          state = c === CR ? AFTER_CR : FIELD_START;
          break;
        }
        case AFTER_CR: {
          state = FIELD_START;
          if (text.charCodeAt(i) === LF) i++;
          break;
        }
        case FIELD_START: {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            state = QUOTED;
            quoted = true;
            quoteCarry = '';
            segmentStart = quoteStart = ++i;
          } else if (c === COMMA) {
            fields.push(field);
            field = '';
            i++;
          } else if (c === LF || c === CR) {
            endRecord(out);
            state = c === CR ? AFTER_CR : FIELD_START;
            i++;
          } else {
            state = UNQUOTED;
            segmentStart = i;
          }
          break;
        }
        case UNQUOTED: {
          // Hot loop: most fields are short and unquoted.
          let c = 0;
          while (i < n) {
            c = text.charCodeAt(i);
            if (c === COMMA || c === LF || c === CR) break;
            i++;
          }
          field += text.slice(segmentStart, i);
          if (i === n) break;
          if (c === COMMA) {
            fields.push(field);
            field = '';
            state = FIELD_START;
          } else {
            endRecord(out);
            state = c === CR ? AFTER_CR : FIELD_START;
          }
          i++;
          break;
        }
        case QUOTED: {
          const close = text.indexOf('"', i);
          if (close === -1) {
            field += text.slice(segmentStart);
            i = n;
            if (field.length > maxQuoted && hasBreak(field)) resync();
          } else {
            field += text.slice(segmentStart, close);
            state = QUOTE_IN_QUOTED;
            i = close + 1;
            if (field.length > maxQuoted && hasBreak(field)) resync();
          }
          break;
        }
        case QUOTE_IN_QUOTED: {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            field += '"';
            state = QUOTED;
            segmentStart = ++i;
          } else if (c === COMMA) {
            fields.push(field);
            field = '';
            state = FIELD_START;
            i++;
          } else if (c === LF || c === CR) {
            endRecord(out);
            state = c === CR ? AFTER_CR : FIELD_START;
            i++;
          } else if (hasBreak(field)) {
            // `"…⏎…"x`: this quote opened the next quoted field; the first one was never closed.
            resync();
          } else {
            // `"abc"def`: keep the text, but say the row is malformed rather than guess silently.
            problem ??= `field ${fields.length + 1} has text after its closing quote`;
            state = UNQUOTED;
            segmentStart = i;
          }
          break;
        }
      }
    }
    if (state === QUOTED || state === QUOTE_IN_QUOTED) quoteCarry += text.slice(quoteStart);
    return out;
  }

  function end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    // A quoted field open at the end of the text never closed: re-read from the line after it.
    while (state === QUOTED && hasBreak(field)) {
      state = AFTER_LINE_BREAK;
      const rest = unclosed(out, quoteCarry);
      state = AFTER_LINE_BREAK;
      out.push(...push(rest));
    }
    if (state === QUOTED) {
      problem ??= `field ${fields.length + 1} has an opening quote but no closing quote`;
      endRecord(out);
    } else if (state !== FIELD_START && state !== AFTER_CR && state !== AFTER_LINE_BREAK) {
      endRecord(out);
    } else if (fields.length > 0) {
      // The text ended right after a comma: the record has an empty last field.
      endRecord(out);
    }
    state = FIELD_START;
    quoteCarry = '';
    return out;
  }

  return { push, end };
}
