// `node scripts/mutation-survivors.mjs <scope…>`: the mutants a `pnpm mutation` run left alive (Survived,
// NoCoverage), one a line as `file:line:column mutator: original → replacement`, from reports/mutation/<scope>.json,
// with the scope's score and a per-file score (killed + timeout over valid mutants).
import { readFileSync } from 'node:fs';

const statuses = new Set(['Survived', 'NoCoverage']);
const score = (counts) => {
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return `${valid ? ((100 * detected) / valid).toFixed(1) : '–'}% (${detected}/${valid})`;
};
for (const name of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(`reports/mutation/${name}.json`, 'utf8'));
  const total = {};
  const out = [];
  for (const [file, { mutants, source }] of Object.entries(report.files)) {
    const lines = source.split('\n');
    // The mutated code itself (Stryker's columns are 1-based), on one line and cut short.
    const original = ({ start, end }) => {
      const text = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)}…`;
      return text.replace(/\s+/g, ' ').slice(0, 60);
    };
    const counts = {};
    for (const mutant of mutants) {
      counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
      total[mutant.status] = (total[mutant.status] ?? 0) + 1;
    }
    out.push(`  ${file}: ${score(counts)}`);
    const alive = mutants.filter((mutant) => statuses.has(mutant.status));
    alive.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    for (const { location, mutatorName, replacement, status } of alive) {
      const shown = (replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      out.push(`    ${file}:${location.start.line}:${location.start.column} ${mutatorName}: ${original(location)} → ${shown}${status === 'NoCoverage' ? ' [no coverage]' : ''}`);
    }
  }
  console.log(`${name}: ${score(total)} ${JSON.stringify(total)}\n${out.join('\n')}`);
}
