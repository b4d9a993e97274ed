import type { CaseEvidencePack } from './caseEvidencePack.js';
import { escapeHtml } from './renderAnnualReportHtml.js';

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:2rem;line-height:1.4}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #b1b4b6;vertical-align:top}
.source,.cite{color:#505a5f;font-size:.85rem}.breach{color:#d4351c;font-weight:bold}
pre{white-space:pre-wrap;font-family:inherit;border-left:4px solid #b1b4b6;padding-left:1rem}
section{margin-bottom:2rem}@media print{body{margin:1cm}section{break-inside:avoid-page}}`;

/**
 * The case evidence pack as a printable HTML document (all text escaped).
 *
 * @param pack - From `caseEvidencePack`
 * @returns A complete HTML document
 * @example
 * ```ts
 * writeFileSync(`${pack.reference}.html`, renderCaseEvidencePackHtml(pack));
 * ```
 */
export function renderCaseEvidencePackHtml(pack: CaseEvidencePack): string {
  const e = escapeHtml;
  const events = pack.events.map((event) => `<tr><td>${e(event.date)}</td><td>${e(event.event)}</td><td class="source">${e(event.sourceText)}</td></tr>`).join('');
  const deadlines = pack.deadlines.map((d) => `<tr><th scope="row">${e(d.title)}</th><td>${e(d.codeDueOn)}</td><td>${e(d.dueOn)}</td><td>${e(d.doneOn ?? '–')}</td><td>${e(d.state)}</td></tr>`).join('');
  const extensions = pack.extensions.length === 0 ? '<p>No extensions.</p>' : `<table><thead><tr><th scope="col">Stage</th><th scope="col">Notified</th><th scope="col">New date</th><th scope="col">Reason</th><th scope="col">Good reason declared</th><th scope="col">Source</th></tr></thead><tbody>${pack.extensions.map((x) => `<tr><td>${x.stage}</td><td>${e(x.notifiedOn)}</td><td>${e(x.newDueOn)}</td><td>${e(x.reason ?? 'No reason recorded')}</td><td>${x.goodReason === undefined ? '–' : x.goodReason ? 'Yes' : 'No'}</td><td class="source">${e(x.sourceText)}</td></tr>`).join('')}</tbody></table>`;
  const letters = pack.letters.length === 0 ? '<p>No letters kept.</p>' : pack.letters.map((l) => `<h3>${e(l.kind)}, written ${e(l.writtenOn)}</h3><pre>${e(l.text)}</pre>`).join('');
  const findings = pack.findings.length === 0 ? '<p>No findings.</p>' : `<ul>${pack.findings.map((f) => `<li><span class="${f.severity === 'breach' ? 'breach' : ''}">${e(f.severity)}</span>: ${e(f.message)}<br><span class="cite">${e(f.cite)}: “${e(f.provisionText)}”</span></li>`).join('')}</ul>`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Case evidence pack: ${e(pack.reference)}</title><style>${STYLE}</style></head><body><main>
<h1>Case evidence pack: ${e(pack.reference)}</h1><p>${e(pack.ruleSet.title)}${pack.category ? `. Category: ${e(pack.category)}` : ''}. Produced ${e(pack.generatedOn)}.</p>
<section aria-labelledby="p-events"><h2 id="p-events">What happened, and where each fact came from</h2><table><thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Source</th></tr></thead><tbody>${events}</tbody></table></section>
<section aria-labelledby="p-deadlines"><h2 id="p-deadlines">Deadlines</h2><table><thead><tr><th scope="col">Step</th><th scope="col">Code deadline</th><th scope="col">Due (with extensions)</th><th scope="col">Done</th><th scope="col">State</th></tr></thead><tbody>${deadlines}</tbody></table></section>
<section aria-labelledby="p-extensions"><h2 id="p-extensions">Extensions</h2>${extensions}</section>
<section aria-labelledby="p-findings"><h2 id="p-findings">Findings</h2>${findings}</section>
<section aria-labelledby="p-letters"><h2 id="p-letters">Letters</h2>${letters}</section>
</main></body></html>\n`;
}
