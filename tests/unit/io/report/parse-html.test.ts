import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tryParseReportHtml } from '../../../../src/io/report/parse-html';
import type { ParsedReport, ParseResult } from '../../../../src/io/report/types';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/reports-html/${name}`, import.meta.url), 'utf8');

function parsed(result: ParseResult): ParsedReport {
  if (!result.ok) throw new Error(result.errors.map((e) => e.en).join('; '));
  expect(result.kind).toBe('html');
  return result.reports[0]!;
}

describe('tryParseReportHtml: a saved page with merged header cells', () => {
  const p = parsed(tryParseReportHtml(fixture('merged-headers.html'), 'page.html'));
  const r = p.report;

  it('takes unit and year from the page title, ignoring site chrome and scripts', () => {
    expect([r.unit, r.year, r.format]).toEqual(['某某市生态环境局', 2024, '2021']);
  });

  it('reads tables whose headers use rowspan/colspan, and &nbsp; cells as blank (null)', () => {
    expect(r.proactive.normativeDocuments).toEqual({ issued: 2, repealed: null, valid: 17 });
    expect(r.proactive.licensing).toBe(120);
    expect(r.requests.new).toEqual({
      natural: 20,
      commercial: 2,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: 22,
    });
    expect(r.requests.unable.notHeld.commercial).toBe(1);
    expect(r.requests.carriedForward).toEqual({
      natural: 2,
      commercial: null,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: null,
    });
    expect(r.litigationDirect).toEqual({
      maintained: 0,
      corrected: 0,
      other: 0,
      pending: 1,
      total: 1,
    });
  });

  it('names the table row each figure came from', () => {
    const ref = p.provenance['requests.unable.notHeld.natural']!;
    expect(ref.text).toContain('1.本机关不掌握相关政府信息');
    expect(p.sourceLines?.[ref.line]).toContain('1.本机关不掌握相关政府信息');
  });
});

describe('tryParseReportHtml: the 2019 template', () => {
  const p = parsed(tryParseReportHtml(fixture('template-2019.html'), '2019.html'));
  const r = p.report;

  it('keeps the 2019 table 2 whole, with signed 本年增/减 and blank cells null', () => {
    expect(r.format).toBe('2019');
    expect(r.proactive2019).toEqual({
      regulations: { made: 0, published: 0, total: 0 },
      normativeDocuments: { made: 12, published: 12, total: 80 },
      licensing: { previous: 120, change: -3, decisions: 456 },
      otherServices: { previous: 10, change: 0, decisions: null },
      punishment: { previous: 300, change: 5, decisions: 789 },
      coercion: { previous: 20, change: 0, decisions: 7 },
      fees: { previous: 15, change: -1 },
      procurement: { projects: 9, amount: 1234.5678 },
    });
  });

  it('carries the comparable decision counts and leaves the 2021-only cells null', () => {
    expect([r.proactive.licensing, r.proactive.punishment, r.proactive.coercion]).toEqual([
      456, 789, 7,
    ]);
    expect(r.proactive.normativeDocuments.valid).toBeNull();
    expect(r.proactive.fees).toBeNull();
  });

  it('stores its single-row (六) as otherHandling.total and reads the narrative with 1,250', () => {
    expect(r.requests.otherHandling.total.total).toBe(0);
    expect(r.requests.otherHandling.other.total).toBeNull();
    expect(p.warnings.map((w) => w.code)).toEqual([
      'report-other-single-row',
      'report-place-inferred',
    ]);
    expect(r.narrative.publishedItems).toBe(1250);
    expect(r.review.total).toBe(1);
  });
});

describe('tryParseReportHtml: bad input', () => {
  it('refuses a page without report tables', () => {
    const result = tryParseReportHtml(
      '<html><body><h1>红烧肉做法</h1><p>五花肉 500 克</p></body></html>',
      'x.html',
    );
    expect(result.ok ? '' : result.errors[0]?.code).toBe('report-not-found');
  });

  it('keeps markup in the title as text, not HTML', () => {
    const html = fixture('merged-headers.html').replace(
      /某某市生态环境局2024年/g,
      '某某局&lt;script&gt;alert(1)&lt;/script&gt;2024年',
    );
    expect(parsed(tryParseReportHtml(html, 'x.html')).report.unit).toBe(
      '某某局<script>alert(1)</script>',
    );
  });
});
