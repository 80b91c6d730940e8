// Whatever a user drops — a PDF, a saved page, copied text, or a file picked by mistake — comes
// back as reports or as one clear message; nothing throws and nothing hangs.
import { describe, expect, it } from 'vitest';
import { getCell } from '../../../../src/domain/cells';
import { MAX_PDF_BYTES, MAX_REPORT_TEXT_BYTES } from '../../../../src/io/limits';
import { tryParseReportFile } from '../../../../src/io/report/parse-any';
import { reportHtml, reportPdf, reportText } from '../../../fixtures/reports-pdf/layout';

const utf8 = (text: string) => new TextEncoder().encode(text);
const gb18030 = (text: string) => {
  // Node has no GB18030 encoder; the report's characters all lie in GBK, so this suffices:
  // decode every GBK double-byte code once and invert the table.
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return new Uint8Array(
    Array.from(text).flatMap((ch) =>
      ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!,
    ),
  );
};

/** Deterministic noise (a tiny LCG) standing in for a random binary file. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...noise(200)]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(100)]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, ...noise(100)]);
const RECIPE = utf8('番茄炒蛋\n\n番茄2个，鸡蛋3个，盐少许。\n先炒鸡蛋，再炒番茄，翻炒均匀即可。\n');

describe('tryParseReportFile', { timeout: 30_000 }, () => {
  it.each([
    ['a PDF', 'r.pdf', reportPdf(), 'pdf'],
    ['copied text', 'r.txt', utf8(reportText()), 'text'],
    ['a saved web page', 'r.html', utf8(reportHtml()), 'html'],
    ['a saved web page named .txt', 'page.txt', utf8(reportHtml()), 'html'],
  ])('reads %s with the parser its content needs', async (_, name, bytes, kind) => {
    const result = await tryParseReportFile(bytes, name);
    expect(result).toMatchObject({ ok: true, kind, file: name });
    if (!result.ok) return;
    const report = result.reports[0]!.report;
    expect(report).toMatchObject({ unit: '测试区人民政府', year: 2023 });
    expect(getCell(report, 'requests.new.total')).toBe(24);
    expect(getCell(report, 'review.total')).toBe(5);
  });

  it('reads text saved as GB18030 (GBK) and says so', async () => {
    const result = await tryParseReportFile(gb18030(reportText()), 'gbk.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.code)).toContain('encoding-gb18030');
    expect(getCell(result.reports[0]!.report, 'proactive.punishment')).toBe(4119);
  });

  it.each([
    ['a zip renamed .pdf', 'report.pdf', ZIP, 'archive-file', '不是年报文件'],
    ['a Word document', 'report.docx', ZIP, 'archive-file', '不是年报文件'],
    ['a PNG screenshot', 'shot.png', PNG, 'image-file', '图片无法读取，请使用文字版'],
    ['a JPEG photo renamed .pdf', 'photo.pdf', JPEG, 'image-file', '图片无法读取，请使用文字版'],
    ['an empty file', 'empty.txt', new Uint8Array(0), 'empty-file', '是空的'],
    ['blank lines only', 'blank.txt', utf8('\n \r\n\t\n'), 'empty-file', '是空的'],
    ['random bytes', 'noise.bin', noise(4096), 'binary-file', '不是文本文件'],
  ])('refuses %s with a clear message', async (_, name, bytes, code, zh) => {
    const result = await tryParseReportFile(bytes, name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code, file: name });
    expect(result.errors[0]!.zh).toContain(zh);
    expect(result.errors[0]!.zh).toContain(name);
    expect(result.errors[0]!.en.length).toBeGreaterThan(10);
  });

  it('refuses text over 20 MB and a PDF over 100 MB before looking further', async () => {
    // Named .pdf but not one by its bytes: the text cap applies.
    const text = await tryParseReportFile(new Uint8Array(MAX_REPORT_TEXT_BYTES + 1), 'huge.pdf');
    expect(text).toMatchObject({
      ok: false,
      errors: [{ code: 'report-too-large', file: 'huge.pdf' }],
    });
    if (!text.ok) expect(text.errors[0]!.zh).toContain('20.0 MB');
    const pdf = new Uint8Array(MAX_PDF_BYTES + 1);
    pdf.set(utf8('%PDF-1.4\n'));
    const big = await tryParseReportFile(pdf, 'scan.pdf');
    expect(big).toMatchObject({ ok: false, errors: [{ code: 'pdf-too-large', file: 'scan.pdf' }] });
    if (!big.ok) expect(big.errors[0]!.en).toContain('100.0 MB limit');
  });

  it.each([
    ['a recipe', 'recipe.txt', RECIPE],
    [
      'a web page without a report',
      'news.html',
      utf8('<html><body><p>今日天气晴</p></body></html>'),
    ],
  ])('says %s is not a report and returns no figures', async (_, name, bytes) => {
    const result = await tryParseReportFile(bytes, name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});
