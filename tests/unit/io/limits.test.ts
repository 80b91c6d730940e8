// What the import refuses before doing the work that could hang a tab: a file over its kind's
// size cap (known from the size alone), and a dataset with more reports than one file may hold
// (counted from its lines before any report is built). Each refusal names the file, the count
// and the limit, in Chinese and English.
import { describe, expect, it } from 'vitest';
import {
  countLines,
  HEAD_BYTES,
  inputKind,
  MAX_DATASET_BYTES,
  MAX_DATASET_REPORTS,
  MAX_PDF_BYTES,
  MAX_REPORT_TEXT_BYTES,
  reportCountRefusal,
  sizeRefusal,
} from '../../../src/io/limits';
import { tryLoadReports } from '../../../src/io/load';

const utf8 = (s: string) => new TextEncoder().encode(s);
const MB = 1024 * 1024;

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe('the caps leave room for real inputs', () => {
  it('fits a province-scale dataset and the largest saved report page with wide margins', () => {
    // 5,000 units × 6 years as a wide CSV is about 15 MB; the largest saved page seen, 367 KB.
    expect(MAX_DATASET_BYTES).toBeGreaterThanOrEqual(3 * 15 * 1000 * 1000);
    expect(MAX_DATASET_REPORTS).toBeGreaterThanOrEqual(5000 * 6);
    expect(MAX_REPORT_TEXT_BYTES).toBeGreaterThanOrEqual(50 * 367 * 1024);
    expect(MAX_PDF_BYTES).toBeGreaterThan(MAX_REPORT_TEXT_BYTES);
  });
});

describe('inputKind', () => {
  it.each([
    ['report.pdf', utf8('%PDF-1.7\n'), 'pdf'],
    ['download', utf8('\uFEFF \r\n%PDF-1.4'), 'pdf'],
    ['saved.txt', utf8('%PDF-1.4'), 'pdf'],
    ['data.csv', utf8('unit,year'), 'dataset'],
    ['DATA.JSON', utf8('[{}]'), 'dataset'],
    ['page.html', utf8('<html>'), 'report'],
    ['report.pdf', utf8('not a pdf'), 'report'],
    ['notes', new Uint8Array(), 'report'],
  ])('%s → %s by its first bytes, else its name', (name, head, kind) => {
    expect(inputKind(name, head.subarray(0, HEAD_BYTES))).toBe(kind);
  });
});

describe('sizeRefusal', () => {
  it.each([
    ['report', 'big.txt', MAX_REPORT_TEXT_BYTES, 'report-too-large', '20.0 MB'],
    ['pdf', 'scan.pdf', MAX_PDF_BYTES, 'pdf-too-large', '100.0 MB'],
    ['dataset', 'big.csv', MAX_DATASET_BYTES, 'dataset-too-large', '50.0 MB'],
  ] as const)(
    'refuses a %s one byte over its cap, naming the file, size and limit',
    (kind, file, cap, code, limit) => {
      expect(sizeRefusal(file, cap, kind)).toBeNull();
      const refusal = sizeRefusal(file, cap + 1, kind);
      expect(refusal).toMatchObject({ code, file });
      expect(refusal!.zh).toContain(file);
      expect(refusal!.zh).toContain(limit);
      expect(refusal!.en).toContain(file);
      expect(refusal!.en).toContain(`${limit} limit`);
    },
  );

  it('names the size of a 100 MB text file in both languages', () => {
    const refusal = sizeRefusal('重复.txt', 100 * MB, 'report')!;
    expect(refusal.zh).toContain('文件 重复.txt 大小为 100.0 MB');
    expect(refusal.en).toContain('重复.txt is 100.0 MB');
  });
});

describe('countLines', () => {
  it.each([
    ['nothing', '', 0],
    ['one line without a newline', 'unit,year', 1],
    ['one line with a newline', 'unit,year\n', 1],
    ['LF lines', 'unit,year\nA,2022\nB,2022\n', 3],
    ['CRLF lines, last unterminated', 'unit,year\r\nA,2022\r\nB,2022', 3],
    ['a blank line counts', 'unit,year\n\nA,2022\n', 3],
  ])('%s → %i', (_, text, lines) => {
    expect(countLines(utf8(text))).toBe(lines);
  });

  it('counts UTF-16 files by 16-bit units, where a 0x0A byte can be half of 上', () => {
    // 上 is U+4E0A: its little-endian bytes are 0A 4E, which must not count as a line.
    const text = '单位,年度\n上海,2022\n上饶,2022';
    expect(countLines(utf16(text, true))).toBe(3);
    expect(countLines(utf16(text, false))).toBe(3);
    expect(countLines(utf16(`${text}\n`, true))).toBe(3);
  });
});

describe('reportCountRefusal', () => {
  it('passes the limit itself and refuses one more, naming file, count and limit', () => {
    expect(reportCountRefusal('a.csv', 50_000, 'line')).toBeNull();
    const refusal = reportCountRefusal('a.csv', 4_000_001, 'line')!;
    expect(refusal.code).toBe('dataset-too-many-reports');
    expect(refusal.zh).toContain('a.csv');
    expect(refusal.zh).toContain('4,000,001 行');
    expect(refusal.zh).toContain('50,000 份报告的上限');
    expect(refusal.en).toContain('4,000,001 data lines');
    expect(refusal.en).toContain('limit of 50,000 reports');
  });

  it('counts JSON items as reports', () => {
    const refusal = reportCountRefusal('a.json', 12, 'item', 10)!;
    expect(refusal.zh).toContain('有 12 份报告，超过每个文件 10 份的上限');
    expect(refusal.en).toContain('holds 12 reports, above the limit of 10');
  });
});

describe('tryLoadReports with a report cap', () => {
  const csv = (rows: number) =>
    utf8(
      [
        'unit,year,requests.new.natural',
        ...Array.from({ length: rows }, (_, i) => `单位${i},2022,${i}`),
      ].join('\n'),
    );
  const json = (items: number) =>
    utf8(
      JSON.stringify(
        Array.from({ length: items }, (_, i) => ({ unit: `单位${i}`, year: 2022, format: '2021' })),
      ),
    );

  it('reads a CSV at the cap and refuses one line more before reading any row', () => {
    const at = tryLoadReports(csv(3), 'a.csv', { maxReports: 3 });
    expect(at.ok && at.reports).toHaveLength(3);
    const over = tryLoadReports(csv(4), 'a.csv', { maxReports: 3 });
    expect(over).toMatchObject({
      ok: false,
      errors: [{ code: 'dataset-too-many-reports', file: 'a.csv' }],
    });
    // Refused before parsing: a row that would be an error is never reached.
    const broken = utf8('unit,year,requests.new.natural\nA,2022,x\nB,2022,1\nC,2022,1\nD,2022,1');
    const refused = tryLoadReports(broken, 'b.csv', { maxReports: 3 });
    expect(!refused.ok && refused.errors.map((e) => e.code)).toEqual(['dataset-too-many-reports']);
  });

  it('sniffs a CSV without the extension, and refuses a JSON array over the cap by items', () => {
    const sniffed = tryLoadReports(csv(4), 'export', { maxReports: 3 });
    expect(!sniffed.ok && sniffed.errors[0]!.code).toBe('dataset-too-many-reports');
    expect(tryLoadReports(json(3), 'a.json', { maxReports: 3 }).ok).toBe(true);
    const over = tryLoadReports(json(4), 'a.json', { maxReports: 3 });
    expect(over).toMatchObject({ ok: false, errors: [{ code: 'dataset-too-many-reports' }] });
    if (!over.ok) expect(over.errors[0]!.zh).toContain('有 4 份报告');
  });

  it('caps nothing unless asked (the dashboard loads its own datasets uncapped)', () => {
    expect(tryLoadReports(csv(4), 'a.csv').ok).toBe(true);
  });
});
