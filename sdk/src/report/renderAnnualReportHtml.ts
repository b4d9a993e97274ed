import type { AnnualReport, AnnualReportLine } from './AnnualPerformanceReport.js';
import { LANDLORD_PARTS } from './renderAnnualReportCsv.js';

/** Escapes text for HTML element content and attribute values. @example escapeHtml('<b>') //=> '&lt;b&gt;' */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:2rem;line-height:1.4}
h1{font-size:2rem}h2{font-size:1.5rem;margin-top:0}
section{break-after:page;page-break-after:always;margin-bottom:3rem}
section:last-of-type{break-after:auto;page-break-after:auto}
.figure{display:flex;gap:2rem;align-items:flex-start;flex-wrap:wrap}
table{border-collapse:collapse;min-width:24rem}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #b1b4b6;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.cite{color:#505a5f;font-size:.85rem}
.landlord{white-space:pre-wrap;border-left:4px solid #1d70b8;padding-left:1rem}.missing{color:#d4351c}
@media print{body{margin:1cm}}
`;

/** Inline SVG horizontal bar chart of the numeric lines; the table beside it carries the same figures. */
function barChart(id: string, title: string, lines: readonly AnnualReportLine[]): string {
  const bars = lines.filter((line) => /^\d+$/.test(line.value));
  if (bars.length === 0) return '';
  const max = Math.max(1, ...bars.map((line) => Number(line.value)));
  const rowHeight = 22;
  const labelWidth = 260;
  const barWidth = 200;
  const height = bars.length * rowHeight + 8;
  const rows = bars
    .map((line, index) => {
      const y = index * rowHeight + 4;
      const width = Math.round((Number(line.value) / max) * barWidth);
      const label = line.label.length > 40 ? `${line.label.slice(0, 39)}…` : line.label;
      return `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end" font-size="12">${escapeHtml(label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${width}" height="14" fill="#1d70b8"/><text x="${labelWidth + width + 4}" y="${y + 14}" font-size="12">${escapeHtml(line.value)}</text>`;
    })
    .join('');
  return `<svg role="img" aria-labelledby="${id}" width="${labelWidth + barWidth + 40}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 40} ${height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${escapeHtml(title)} (chart of the figures in the table)</title>${rows}</svg>`;
}

function table(caption: string, lines: readonly AnnualReportLine[]): string {
  const rows = lines.map((line) => `<tr><th scope="row">${escapeHtml(line.label)}</th><td class="n">${escapeHtml(line.value)}</td><td class="cite">${escapeHtml(line.cite)}</td></tr>`).join('');
  return `<table><caption class="cite">${escapeHtml(caption)}</caption><thead><tr><th scope="col">Measure</th><th scope="col">Figure</th><th scope="col">Provision</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * Options for {@link renderAnnualReportHtml}.
 *
 * @example
 * ```ts
 * const options: AnnualReportHtmlOptions = { landlord: 'Example Homes' };
 * ```
 */
export interface AnnualReportHtmlOptions {
  /** The landlord's name, for the title. */
  landlord?: string | undefined;
}

/**
 * The annual report as a printable HTML document: one section a page (CSS page breaks), each chart an
 * inline SVG with a table of the same figures beside it, every figure with the provision it answers to,
 * and the landlord's 8.1 (c)–(f) sections printed in place. All text is escaped.
 *
 * @param report - From `annualReport`
 * @param options - The landlord's name
 * @returns A complete HTML document
 * @example
 * ```ts
 * writeFileSync('annual-report.html', renderAnnualReportHtml(report, { landlord: 'Example Homes' }));
 * ```
 */
export function renderAnnualReportHtml(report: AnnualReport, options: AnnualReportHtmlOptions = {}): string {
  const title = `${options.landlord ? `${options.landlord}: ` : ''}annual complaints performance and service improvement report, ${report.period.from} to ${report.period.to}`;
  const sections: string[] = [];
  const groups = new Map<string, AnnualReportLine[]>();
  for (const line of report.lines) groups.set(line.section, [...(groups.get(line.section) ?? []), line]);
  let index = 0;
  for (const [name, lines] of groups) {
    index++;
    const chart = name === 'CH01 and CH02' ? '' : barChart(`chart-${index}`, name, lines);
    sections.push(`<section aria-labelledby="s-${index}"><h2 id="s-${index}">${escapeHtml(name)}</h2><div class="figure">${chart}${table(name, lines)}</div></section>`);
  }
  const reasons = report.goodReasons.length === 0
    ? '<p>No extension past the Code’s cap was recorded with a good reason.</p>'
    : `<table><thead><tr><th scope="col">Complaint</th><th scope="col">Extended to</th><th scope="col">Reason given</th></tr></thead><tbody>${report.goodReasons.map((r) => `<tr><td>${escapeHtml(r.reference)} (stage ${r.stage}, notified ${escapeHtml(r.notifiedOn)})</td><td>${escapeHtml(r.newDueOn)}</td><td>${escapeHtml(r.reason ?? 'No reason recorded')}</td></tr>`).join('')}</tbody></table>`;
  sections.push(`<section aria-labelledby="s-reasons"><h2 id="s-reasons">Extensions past the cap with a self-declared good reason</h2><p class="cite">HO Code 2024 6.4, 6.15: “Any extension must be no more than 10 [stage 2: 20] working days without good reason”. The landlord judged these reasons good; they are listed so a reader can judge them.</p>${reasons}</section>`);
  const landlord = LANDLORD_PARTS.map(([part, heading]) => {
    const text = report.landlordSections[part];
    return `<h3>8.1 (${part}) ${escapeHtml(heading)}</h3>${text ? `<div class="landlord">${escapeHtml(text)}</div>` : '<p class="missing">Not completed by the landlord.</p>'}`;
  }).join('');
  sections.push(`<section aria-labelledby="s-landlord"><h2 id="s-landlord">Sections the landlord completes</h2>${landlord}</section>`);
  sections.push(`<section aria-labelledby="s-method"><h2 id="s-method">How the figures were counted</h2><ul>${report.method.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul><p>${report.records} complaint records read${report.skipped ? `, ${report.skipped} skipped as invalid` : ''}.</p></section>`);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(title)}</h1><p>Housing Ombudsman Complaint Handling Code 2024, 8.1(b): a quantitative analysis of complaint handling performance, including the types of complaints refused. The self-assessment (8.1(a)) is published with it.</p>${sections.join('')}</main></body></html>\n`;
}
