// Letters benchmark: corpus precision/recall per element and caution, kind detection, and the time to check
// a 3,000-word draft. Run with `pnpm exec tsx --conditions=source sdk/bench/letters.ts` (part of `pnpm bench`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDraft } from '../src/letters/index.js';
import * as z from 'zod/mini';
import { CorpusLabel, scoreCorpus } from '../src/testing.js';

const corpus = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'test-corpus');
const labels = z.array(CorpusLabel).parse(JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')));
const letters = labels.map((label) => ({ label, content: readFileSync(join(corpus, 'letters', label.file), 'utf8') }));
const scores = scoreCorpus(letters);

const pct = (n: number) => n.toFixed(2);
console.log(`Letters corpus: ${scores.letters} labelled letters (sdk/test-corpus)`);
console.log(`Kind detection accuracy: ${pct(scores.kindAccuracy)} (asked the officer on ${scores.kindAsked}; asking counts as right only for letters labelled ambiguous)`);
console.log('');
console.log('element / caution              TP  FP  FN  TN  precision  recall');
for (const s of [...scores.elements, ...scores.cautions]) {
  console.log(`${s.id.padEnd(30)} ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)} ${String(s.trueNegatives).padStart(3)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`);
}
if (scores.mistakes.length > 0) {
  console.log('');
  console.log('Disagreements with the labels:');
  for (const m of scores.mistakes) console.log(`  ${m}`);
}

// A 3,000-word stage 1 draft: the corpus letters' paragraphs repeated, with the required parts at the end.
const paragraphs = letters.filter((l) => l.label.file.endsWith('.txt')).flatMap((l) => l.content.split(/\n\s*\n/));
const parts: string[] = ['Dear Mrs Example', 'This is our stage 1 response to your complaint.'];
let words = 0;
for (let i = 0; words < 3000; i += 1) {
  const p = paragraphs[i % paragraphs.length] as string;
  parts.push(p);
  words += p.split(/\s+/).length;
}
const draft = parts.join('\n\n');
const runs = 300;
for (let i = 0; i < 30; i += 1) checkDraft({ text: draft, kind: 'stage1-response' });
const times: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  checkDraft({ text: draft, kind: 'stage1-response' });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(3);
console.log('');
console.log(`checkDraft on a ${draft.split(/\s+/).length}-word draft (${draft.length} characters), ${runs} runs: median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
const htmlDraft = `<div>${draft.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</div>`;
const htmlTimes: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  checkDraft({ html: htmlDraft, kind: 'stage1-response' });
  htmlTimes.push(performance.now() - start);
}
htmlTimes.sort((a, b) => a - b);
console.log(`checkDraft on the same draft as HTML: median ${(htmlTimes[Math.floor(runs / 2)] as number).toFixed(3)} ms`);
