// The hand-written floor for `complaint-code report`: the least work a report over the same CSV must
// do. Stream the file, split it into rows and cells (quote-aware: reasons span lines), parse every
// date cell to a day number, work out one deadline a row (stage 1 acknowledgement, through the
// SDK's calendar) and write one text line (or, with --json, one JSON line) a row to stdout.
// Plain JS run by the same `node` as the product, so the two are timed the same way.
//
//   node sdk/bench/report/floor.mjs <file.csv> [--json] > /dev/null
import { createReadStream } from 'node:fs';
import { englandAndWales } from '../../dist/index.js';

const file = process.argv[2];
const json = process.argv.includes('--json');
if (!file) {
  console.error('usage: node floor.mjs <file.csv> [--json]');
  process.exit(1);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day number of an ISO date, or -1 for empty / not a real date. */
function day(text) {
  if (text === '') return -1;
  const m = DATE.exec(text);
  if (m === null) return -1;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return new Date(t).getUTCDate() === +m[3] ? t / 86_400_000 : -1;
}

let out = '';
let rows = 0;
let dates = 0;
function flushIfBig() {
  if (out.length > 1 << 16) {
    process.stdout.write(out);
    out = '';
  }
}

function row(cells) {
  if (rows++ === 0) return; // header
  for (let i = 2; i < cells.length; i++) if (day(cells[i]) >= 0) dates++;
  const received = cells[4];
  const due = day(received) >= 0 ? englandAndWales.addWorkingDays(received, 5) : '';
  out += json
    ? JSON.stringify({ reference: cells[0], received, acknowledgementDue: due }) + '\n'
    : `${cells[0].padEnd(12)} ${received.padEnd(10)} ${due.padEnd(10)}\n`;
  flushIfBig();
}

// Quote-aware split over chunks: a row may span chunks and (inside quotes) lines.
let cells = [];
let cell = '';
let quoted = false;
let afterQuote = false;
for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  let start = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        cell += chunk.slice(start, i);
        quoted = false;
        afterQuote = true;
        start = i + 1;
      }
      continue;
    }
    if (c === 34) {
      if (afterQuote) cell += '"'; // "" inside a quoted cell
      quoted = true;
      afterQuote = false;
      start = i + 1;
    } else if (c === 44) {
      cells.push(cell + chunk.slice(start, i));
      cell = '';
      afterQuote = false;
      start = i + 1;
    } else if (c === 10) {
      let end = i;
      if (end > start && chunk.charCodeAt(end - 1) === 13) end--;
      cells.push(cell + chunk.slice(start, end));
      row(cells);
      cells = [];
      cell = '';
      afterQuote = false;
      start = i + 1;
    } else afterQuote = false;
  }
  cell += chunk.slice(start);
}
if (cell !== '' || cells.length > 0) row([...cells, cell]);
process.stdout.write(out);
process.stderr.write(`floor: ${rows - 1} rows, ${dates} dates\n`);
