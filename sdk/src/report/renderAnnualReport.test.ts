import { describe, expect, it } from 'vitest';
import { annualReport } from './annualReport.js';
import { annualReportRecords } from './fixtures/annualReportRecords.js';
import { renderAnnualReportCsv } from './renderAnnualReportCsv.js';
import { renderAnnualReportHtml } from './renderAnnualReportHtml.js';

const report = annualReport(
  [...annualReportRecords, { reference: '<script>x</script>', category: '<img src=x onerror=alert(1)>', stage1: { receivedOn: '2027-01-04' } }],
  { from: '2026-04-01', to: '2027-03-31', today: '2027-04-10', landlordSections: { d: 'Damp visits <within> 2 days' } },
);

describe('renderAnnualReportHtml', () => {
  const html = renderAnnualReportHtml(report, { landlord: 'Example & Co' });

  it('escapes every piece of data', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Damp visits &lt;within&gt; 2 days');
    expect(html).toContain('Example &amp; Co');
  });

  it('one section a page, charts as inline SVG beside a table, landlord sections in place', () => {
    expect(html).toContain('break-after:page');
    expect(html.match(/<section /g)?.length).toBe(html.match(/<\/section>/g)?.length);
    expect(html).toMatch(/<svg role="img" aria-labelledby="chart-1"[^>]*><title id="chart-1">Stage 1/);
    expect(html).toContain('<th scope="row">Acknowledged within 5 working days</th><td class="n">4</td><td class="cite">HO Code 2024 6.2</td>');
    expect(html).toContain('8.1 (c) any findings of non-compliance with this Code by the Ombudsman</h3><p class="missing">Not completed by the landlord.</p>');
    expect(html).toContain('Specialist damp survey');
  });
});

describe('renderAnnualReportCsv', () => {
  const csv = renderAnnualReportCsv(report);
  const rows = csv.split('\r\n');

  it('one row a line, with its provision', () => {
    expect(rows[0]).toBe('section,line,value,provision');
    expect(rows[1]).toBe('Stage 1,Received,7,HO Code 2024 8.1(b); RSH TSM CH01');
    expect(rows).toContain('Categories,<img src=x onerror=alert(1)>,1,HO Code 2024 9.7');
    expect(rows).toContain('8.1 (d),the service improvements made as a result of the learning from complaints,Damp visits <within> 2 days,HO Code 2024 8.1(d)');
    expect(rows).toContain('Good reasons (self-declared),A-3 stage 1: extended to 2027-03-15 (notified 2027-02-18),Specialist damp survey,HO Code 2024 6.4');
  });

  it('quotes commas and defuses formulas', () => {
    const tricky = annualReport([{ reference: 'T', category: '=HYPERLINK("x"), y', stage1: { receivedOn: '2027-01-04' } }], { from: '2026-04-01', to: '2027-03-31', today: '2027-04-10' });
    expect(renderAnnualReportCsv(tricky)).toContain(`Categories,"'=HYPERLINK(""x""), y",1,HO Code 2024 9.7`);
  });
});
