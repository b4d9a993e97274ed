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
type State = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_IN_QUOTED | typeof AFTER_CR;

/**
 * Creates a streaming CSV parser (RFC 4180: quoted fields, `""` escapes, CRLF or LF line breaks,
 * line breaks inside quoted fields). It keeps only the record in progress, so a file of any size
 * can be parsed chunk by chunk. A leading UTF-8 byte order mark (Excel's "CSV UTF-8") is dropped,
 * and blank lines are skipped (but still counted in `row`).
 *
 * Malformed input never throws: the record gets a `problem` and parsing goes on, so one bad row
 * cannot stop or shift the others.
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
export function createCsvParser(): CsvParser {
  let state: State = FIELD_START;
  let fields: string[] = [];
  let field = '';
  let problem: string | undefined;
  // A record of one quoted empty field (`""`) is data, not a blank line.
  let quoted = false;
  let row = 1;
  let started = false;

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

  function push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = chunk;
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const n = text.length;
    let i = 0;
    // Start of the part of the current field that lies in this chunk.
    let segmentStart = 0;
    while (i < n) {
      switch (state) {
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
            segmentStart = ++i;
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
          } else {
            field += text.slice(segmentStart, close);
            state = QUOTE_IN_QUOTED;
            i = close + 1;
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
    return out;
  }

  function end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (state === QUOTED) {
      problem ??= `field ${fields.length + 1} has an opening quote but no closing quote`;
      endRecord(out);
    } else if (state !== FIELD_START && state !== AFTER_CR) {
      endRecord(out);
    } else if (fields.length > 0) {
      // The text ended right after a comma: the record has an empty last field.
      endRecord(out);
    }
    state = FIELD_START;
    return out;
  }

  return { push, end };
}
