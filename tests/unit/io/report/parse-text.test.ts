import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCell } from '../../../../src/domain/cells';
import { FIELDS } from '../../../../src/domain/fields';
import { tryParseReportText } from '../../../../src/io/report/parse-text';
import type { ParsedReport, ParseResult } from '../../../../src/io/report/types';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/reports-text/${name}`, import.meta.url), 'utf8');
const SEED = fixture('seed-shifanqu-2022.txt');

function parsed(result: ParseResult): ParsedReport {
  if (!result.ok) throw new Error(result.errors.map((e) => e.en).join('; '));
  expect(result.reports).toHaveLength(1);
  return result.reports[0]!;
}

/** Every figure of tables 2–4 of the seed, as hand-checked. */
function expectSeedTables(p: ParsedReport): void {
  const r = p.report;
  expect(r.proactive).toEqual({
    regulations: { issued: 0, repealed: 0, valid: 0 },
    normativeDocuments: { issued: 11, repealed: 9, valid: 98 },
    licensing: 0,
    punishment: 0,
    coercion: 0,
    fees: 0,
  });
  for (const f of FIELDS.filter((x) => x.table === 't3' || x.table === 't4')) {
    const want = f.key.startsWith('requests.otherHandling.total.') ? null : 0;
    expect({ key: f.key, value: getCell(r, f) }).toEqual({ key: f.key, value: want });
  }
}

describe('tryParseReportText: the seed report', () => {
  it('reads every figure of tables 2–4, the narrative, unit, year and template', () => {
    const p = parsed(tryParseReportText(SEED, 'seed.txt'));
    expectSeedTables(p);
    expect(p.report.unit).toBe('示范区管委会办公室');
    expect(p.report.year).toBe(2022);
    expect(p.report.format).toBe('2021');
    expect(p.report.proactive2019).toBeNull();
    expect(p.report.narrative).toEqual({
      publishedItems: 2000,
      newMediaAccounts: 13,
      lettersReceived: 274,
      lettersCompletionRate: 100,
      approx: ['publishedItems'],
      publishedBreakdown: {
        政务要闻: 373,
        各部门政府信息动态: 814,
        政府信息公开: 233,
        公示公告: 214,
        行政规范性文件: 9,
        办事统计: 10,
      },
      other: {},
    });
    expect(p.report.region).toBe('河南省/焦作市/示范区');
    expect(p.report.level).toBe('district');
    expect(p.warnings.map((w) => [w.code, w.zh])).toEqual([
      [
        'report-place-inferred',
        '文件 seed.txt 的地区“河南省/焦作市/示范区”、层级“区级”由单位名称和正文推断，请核对',
      ],
    ]);
  });

  it('records the source line (index and text) of each figure for the preview', () => {
    const p = parsed(tryParseReportText(SEED, 'seed.txt'));
    const lines = p.sourceLines ?? [];
    const at = (key: string) => p.provenance[key]!;
    expect(at('proactive.normativeDocuments.valid').text).toBe('行政规范性文件\t11\t9\t98');
    expect(lines[at('proactive.normativeDocuments.valid').line]).toBe('行政规范性文件\t11\t9\t98');
    expect(at('requests.denied.thirdParty.natural').text).toContain('4.保护第三方合法权益');
    expect(at('narrative.lettersReceived').text).toContain('274件');
    expect(lines[at('narrative.lettersReceived').line]).toContain('274');
    expect(lines[at('narrative.lettersCompletionRate').line]).toContain('100%');
    for (const ref of Object.values(p.provenance)) {
      expect(ref.text.length).toBeLessThanOrEqual(200);
      expect(lines[ref.line]).toBeDefined();
    }
  });

  it('gives each of several identical rows its own source line', () => {
    const text = readFileSync('tests/fixtures/reports-text/table4-three-rows.txt', 'utf8');
    const p = parsed(tryParseReportText(text, 'three-rows.txt'));
    const lines = ['review', 'litigationDirect', 'litigationAfterReview'].map(
      (g) => p.provenance[`${g}.maintained`]!.line,
    );
    expect(new Set(lines).size).toBe(3);
    expect(lines.map((i) => p.sourceLines?.[i])).toEqual(Array(3).fill('0\t0\t0\t0\t0'));
    expect(lines.map((i) => p.sourceLines?.[i - 2])).toEqual([
      '行政复议',
      '行政诉讼（未经复议直接起诉）',
      '行政诉讼（复议后起诉）',
    ]);
  });

  const toFullWidth = (s: string): string =>
    s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it.each([
    ['cells separated by runs of spaces', (s: string) => s.replace(/\t/g, '   ')],
    ['Windows line endings', (s: string) => s.replace(/\n/g, '\r\n')],
    ['blank lines removed (tables run together)', (s: string) => s.replace(/\n\s*\n/g, '\n')],
    ['extra blank lines', (s: string) => s.replace(/\n/g, '\n\n')],
    ['full-width digits', toFullWidth],
    [
      'a byte-order mark and &nbsp;-style spaces',
      (s: string) => `\uFEFF${s.replace(/ /g, '\u00a0')}`,
    ],
    ['规范性文件 without 行政', (s: string) => s.replace('行政规范性文件\t11', '规范性文件\t11')],
  ])('reads the same figures with %s', (_name, change) => {
    expectSeedTables(parsed(tryParseReportText(change(SEED), 'seed.txt')));
  });
});

describe('tryParseReportText: pdftotext -layout text with the variants real reports show', () => {
  const p = parsed(tryParseReportText(fixture('pdf-layout-variants.txt'), 'variants.txt'));
  const r = p.report;

  it('takes unit and year from a title wrapped over two lines, with full-width digits', () => {
    expect(r.year).toBe(2023);
    expect(r.unit).toBe('某某市某某县人民政府');
    expect(r.level).toBe('county');
  });

  it('reads table 2 with 规范性文件 and page footers between its rows', () => {
    expect(r.proactive.normativeDocuments).toEqual({ issued: 3, repealed: 1, valid: 12 });
    expect([r.proactive.licensing, r.proactive.punishment, r.proactive.coercion]).toEqual([
      550, 41, 2,
    ]);
    expect(r.proactive.fees).toBe(12.35);
  });

  it('joins numbers wrapped onto the next line and labels split across lines', () => {
    expect(r.requests.new).toEqual({
      natural: 12,
      commercial: 1,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: 13,
    });
    expect(r.requests.partial.natural).toBe(2);
    expect(r.requests.denied.thirdParty.total).toBe(1);
    expect(r.requests.totalHandled.total).toBe(14);
  });

  it('keeps a single-row (六) in otherHandling.total, sub-rows null, and says so', () => {
    expect(r.requests.otherHandling.total.natural).toBe(1);
    expect(r.requests.otherHandling.overdueCorrection.natural).toBeNull();
    expect(p.warnings.map((w) => w.code)).toContain('report-other-single-row');
  });

  it('matches the typo 其他法律行政止公开 to its row and warns', () => {
    expect(r.requests.denied.lawForbidden.total).toBe(0);
    const typo = p.warnings.find((w) => w.code === 'report-label-typo');
    expect(typo?.value).toBe('2.其他法律行政止公开');
  });

  it('finds table 4 under the misspelt heading 行政法复议', () => {
    expect(r.review).toEqual({ maintained: 1, corrected: 0, other: 0, pending: 1, total: 2 });
  });

  it('keeps 近800条 as an approximate figure', () => {
    expect(r.narrative.publishedItems).toBe(800);
    expect(r.narrative.approx).toEqual(['publishedItems']);
    expect(r.narrative.newMediaAccounts).toBe(5);
  });
});

describe('tryParseReportText: blanks and bad input', () => {
  it('leaves a blank cell null, never 0', () => {
    const text = SEED.replace('行政规范性文件\t11\t9\t98', '行政规范性文件\t11\t\t98').replace(
      '\t\t4.保护第三方合法权益\t0\t0',
      '\t\t4.保护第三方合法权益\t\t0',
    );
    const r = parsed(tryParseReportText(text, 'seed.txt')).report;
    expect(r.proactive.normativeDocuments).toEqual({ issued: 11, repealed: null, valid: 98 });
    expect(r.requests.denied.thirdParty.natural).toBeNull();
    expect(r.requests.denied.thirdParty.commercial).toBe(0);
  });

  it('refuses a recipe with a clear message', () => {
    const result = tryParseReportText(fixture('recipe.txt'), 'recipe.txt');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe('report-not-found');
    expect(result.errors[0]?.zh).toContain('不像政府信息公开工作年度报告');
  });

  it.each([[''], ['   \n\n\t']])('refuses empty input %j', (text) => {
    const result = tryParseReportText(text, 'empty.txt');
    expect(result.ok ? '' : result.errors[0]?.code).toBe('empty-file');
  });

  it('keeps hostile text in the unit name as plain text', () => {
    const unit = '<img src=x onerror=alert(1)>局';
    const text = SEED.replace('管委会办公室2022年', `${unit}2022年`);
    expect(parsed(tryParseReportText(text, 'x.txt')).report.unit).toBe(unit);
  });
});
