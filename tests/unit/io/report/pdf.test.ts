// PDF reports as users drop them: a text-layer PDF gives the printed figures; a scan, an
// encrypted or a damaged PDF gives a clear message instead of a hang or a crash.
import { describe, expect, it } from 'vitest';
import { getCell } from '../../../../src/domain/cells';
import { tryParseReportPdf } from '../../../../src/io/report/parse-pdf';
import { itemsToLines } from '../../../../src/io/report/pdf-lines';
import { makePdf } from '../../../fixtures/make-pdf';
import { EXPECTED_CELLS, reportPdf } from '../../../fixtures/reports-pdf/layout';

const RECIPE = [
  '番茄炒蛋的做法',
  '准备番茄2个、鸡蛋3个、盐少许。',
  '先把鸡蛋打散炒熟盛出，再炒番茄，最后一起翻炒均匀即可。',
].map((text, i) => ({ x: 60, y: 760 - 30 * i, text, size: 14 }));

describe('tryParseReportPdf', { timeout: 30_000 }, () => {
  it('reads every printed figure of a two-page text-layer PDF, with unit and year', async () => {
    const result = await tryParseReportPdf(reportPdf(), '测试区2023.pdf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kind).toBe('pdf');
    expect(result.reports).toHaveLength(1);
    const report = result.reports[0]!.report;
    expect(report).toMatchObject({ unit: '测试区人民政府', year: 2023, format: '2021' });
    const got = Object.fromEntries(Object.keys(EXPECTED_CELLS).map((k) => [k, getCell(report, k)]));
    expect(got).toEqual(EXPECTED_CELLS);
    // Not printed in this report (a 2021-template report has no single-row (六)): stays blank.
    expect(getCell(report, 'requests.otherHandling.total.total')).toBeNull();
  });

  it.each([
    ['a page with no text at all', [[]]],
    [
      'only a page number on each page',
      [[{ x: 280, y: 30, text: '- 1 -' }], [{ x: 280, y: 30, text: '- 2 -' }]],
    ],
  ])('says a scan (%s) has no text layer', async (_, pages) => {
    const result = await tryParseReportPdf(makePdf(pages), 'scan.pdf');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'pdf-scanned', file: 'scan.pdf' });
    expect(result.errors[0]!.zh).toContain(
      'scan.pdf 是扫描版 PDF，没有文字层，无法读取数字；请使用网页版或可复制文字的 PDF',
    );
    expect(result.errors[0]!.en).toContain('scanned PDF');
  });

  it('asks for an unprotected copy of an encrypted PDF', async () => {
    const bytes = makePdf([[{ x: 60, y: 700, text: '年度报告' }]], { encrypted: true });
    const result = await tryParseReportPdf(bytes, 'locked.pdf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: 'pdf-encrypted' });
  });

  it.each([
    ['a header and nothing else', new TextEncoder().encode('%PDF-1.4\n')],
    ['a PDF cut off after its first kilobyte', reportPdf().subarray(0, 1024)],
    ['garbage after the header', new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(500))],
  ])('refuses %s as a damaged PDF without throwing', async (_, bytes) => {
    const result = await tryParseReportPdf(bytes, 'broken.pdf');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['pdf-unreadable', 'pdf-scanned']).toContain(result.errors[0]!.code);
    expect(result.errors[0]!.zh).toContain('broken.pdf');
  });

  it('turns a PDF that is not a report into a message, not a report', async () => {
    const result = await tryParseReportPdf(makePdf([RECIPE]), 'recipe.pdf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it('leaves the caller’s bytes usable (pdf.js does not take the buffer)', async () => {
    const bytes = reportPdf();
    const before = bytes.length;
    await tryParseReportPdf(bytes, 'a.pdf');
    expect(bytes.length).toBe(before);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });
});

describe('itemsToLines', () => {
  const at = (str: string, x: number, y: number, size = 10) => ({
    str,
    x,
    y,
    size,
    width: str.length * size * (/^[\d.]+$/.test(str) ? 0.5 : 1),
  });

  it('rebuilds table rows top to bottom with a tab between distant cells', () => {
    const lines = itemsToLines([
      at('21', 300, 500.5, 14),
      at('行政处罚', 40, 480),
      at('本年新收政府信息公开申请数量', 40, 500),
      at('4119', 300, 480),
      at('0', 340, 500, 14),
    ]);
    expect(lines).toEqual(['本年新收政府信息公开申请数量\t21\t0', '行政处罚\t4119']);
  });

  it('joins glyph runs of one word and keeps a word space as a space', () => {
    const lines = itemsToLines([at('20', 40, 700), at('23', 50, 700), at('年', 62.5, 700)]);
    expect(lines).toEqual(['2023 年']);
  });
});
