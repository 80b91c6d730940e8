import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCell } from '../../../src/domain/cells';
import { FIELDS } from '../../../src/domain/fields';
import { reportSchema } from '../../../src/domain/schema';
import { readCsv } from '../../../src/io/csv-read';
import { toWideCsv } from '../../../src/io/csv-write';
import { tryLoadReports, type LoadResult } from '../../../src/io/load';
import { generateDemoReports } from '../../../scripts/demo/generate';

const load = (text: string, file = '2022.csv') =>
  tryLoadReports(new TextEncoder().encode(text), file);

function ok(r: LoadResult) {
  if (!r.ok) throw new Error(`expected ok, got ${r.errors.map((e) => e.en).join('\n')}`);
  return r;
}
function failed(r: LoadResult) {
  if (r.ok) throw new Error('expected errors');
  return r;
}
const codes = (list: { code: string }[]) => list.map((m) => m.code);

/** One 2021 row with a header; `cells` overrides or adds columns. */
function csv(cells: Record<string, string>, eol = '\n'): string {
  const row = { unit: '示范区管委会办公室', year: '2022', format: '2021', ...cells };
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [Object.keys(row), Object.values(row)].map((r) => r.map(quote).join(',')).join(eol) + eol;
}

describe('CSV: the shape of the file', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads %s line endings', (_name, eol) => {
    const r = ok(load(csv({ 'requests.new.natural': '12' }, eol)));
    expect(r.reports).toHaveLength(1);
    expect(getCell(r.reports[0]!, 'requests.new.natural')).toBe(12);
  });

  it('keeps quoted fields with commas, doubled quotes and line breaks as written', () => {
    const title = '关于"政府信息公开"的报告, 2022\r\n第二行';
    const r = ok(load(csv({ 'source.title': title, region: '河南省,焦作市' })));
    expect(r.reports[0]!.source.title).toBe(title);
    expect(r.reports[0]!.region).toBe('河南省,焦作市');
  });

  it('counts rows as a spreadsheet does: blank lines and quoted line breaks', () => {
    const text = 'unit,year,requests.new.natural\n"A\nB",2022,1\n\nC,2022,x\n';
    const r = failed(load(text));
    // Header is row 1, "A\nB" is row 2 (one record), the blank line is row 3.
    expect(r.errors).toMatchObject([{ code: 'cell-not-number', row: 4, value: 'x' }]);
  });

  it('reads Chinese headers, a GBK file, 2022年 and a Chinese level', () => {
    const gbk = readFileSync(new URL('../../fixtures/io/gbk-chinese-headers.csv', import.meta.url));
    const r = ok(tryLoadReports(new Uint8Array(gbk), 'gbk-chinese-headers.csv'));
    expect(r.encoding).toBe('gb18030');
    expect(codes(r.warnings)).toContain('encoding-gb18030');
    const report = r.reports[0]!;
    expect(report).toMatchObject({ unit: '示范区管委会办公室', year: 2022, level: 'district' });
    expect(getCell(report, 'requests.new.natural')).toBe(12);
    expect(getCell(report, 'requests.new.total')).toBe(15);
    expect(getCell(report, 'review.total')).toBeNull();
  });

  it.each([
    ['a BOM and spaces', '\uFEFF unit , year ,requests.new.natural '],
    ['full-width brackets and spaces', '单位,年度,主动公开政府信息（条）'],
  ])('accepts header variants: %s', (_name, header) => {
    const r = ok(load(`${header}\nA,2022,5\n`));
    const key = header.includes('主动公开') ? 'narrative.publishedItems' : 'requests.new.natural';
    expect(getCell(r.reports[0]!, key)).toBe(5);
  });

  it.each([
    ['unit', 'year,requests.new.natural\n2022,1\n', ['unit（单位）']],
    ['year', 'unit,requests.new.natural\nA,1\n', ['year（年度）']],
    ['both', 'a,b\n1,2\n', ['unit（单位）', 'year（年度）']],
  ])('missing required column (%s) is an error naming it', (_name, text, named) => {
    const r = failed(load(text));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'csv-missing-columns', file: '2022.csv' });
    for (const n of named) expect(r.errors[0]!.zh).toContain(n);
  });

  it('figure columns absent from the header are null, with one warning saying which', () => {
    const r = ok(load(csv({ 'requests.new.natural': '3' })));
    const missing = r.warnings.filter((w) => w.code === 'csv-missing-figures');
    expect(missing).toHaveLength(1);
    const n2021 = FIELDS.filter((f) => f.formats.includes('2021')).length;
    expect(missing[0]!.zh).toContain(`缺少 ${n2021 - 1} 个数字列`);
    expect(missing[0]!.en).toContain('requests.new.commercial');
    expect(getCell(r.reports[0]!, 'requests.new.commercial')).toBeNull();
  });

  it('unknown columns are ignored with one warning listing them', () => {
    const r = ok(load(csv({ 备注说明: 'x', 'requests.new.natural': '1', extra: '2' })));
    const unknown = r.warnings.filter((w) => w.code === 'csv-unknown-columns');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.zh).toContain('备注说明、extra');
  });

  it('an unnamed column is ignored silently only while it is empty', () => {
    expect(codes(ok(load('unit,year,\nA,2022,\n')).warnings)).not.toContain('csv-unknown-columns');
    const r = ok(load('unit,year,\nA,2022,5\n'));
    expect(r.warnings.find((w) => w.code === 'csv-unknown-columns')!.en).toContain('#3');
  });

  it('the same key twice in the header is an error', () => {
    const r = failed(load('unit,year,requests.new.natural,本年新收-自然人\nA,2022,1,2\n'));
    expect(r.errors[0]).toMatchObject({ code: 'csv-duplicate-column', row: 1 });
  });

  it.each([
    ['too few fields', 'unit,year,requests.new.natural\nA,2022\n', 2],
    ['too many fields', 'unit,year,requests.new.natural\nA,2022,1,2\n', 2],
  ])('%s → error naming the row', (_name, text, row) => {
    expect(failed(load(text)).errors).toMatchObject([{ code: 'csv-field-count', row }]);
  });

  it('an unbalanced quote is an error naming the row', () => {
    const r = failed(load('unit,year,region\nA,2022,x\nB,2022,"unterminated\nC,2022,y\n'));
    expect(r.errors).toMatchObject([{ code: 'csv-quotes', row: 3 }]);
  });

  it('reads a file alike whether it is scanned or, for a quote error, handed to PapaParse', () => {
    // The demo's reports: quoted JSON notes, blanks, 2019-template rows, approximate figures.
    const text = toWideCsv(generateDemoReports(), { header: 'zh', bom: true });
    const scanned = readCsv(text, 'demo.csv');
    // An unterminated quote on a last line of its own: the whole file goes through PapaParse.
    const parsed = readCsv(`${text}"unterminated`, 'demo.csv');
    expect(scanned.errors).toEqual([]);
    expect(parsed.errors).toMatchObject([{ code: 'csv-quotes' }]);
    expect(parsed.reports).toEqual(scanned.reports);
    expect(parsed.rows).toEqual(scanned.rows);
    expect(parsed.warnings).toEqual(scanned.warnings);
    expect(scanned.reports.length).toBeGreaterThan(100);
  });

  it('a header with no rows loads as zero reports with a warning', () => {
    const r = ok(load('unit,year\n'));
    expect(r.reports).toEqual([]);
    expect(codes(r.warnings)).toContain('no-reports');
  });

  it('takes the separator from the header, so semicolons in data cells do not mislead it', () => {
    const r = ok(
      load(csv({ 'narrative.approx': 'publishedItems;newMediaAccounts', region: 'a;b;c;d;e' })),
    );
    expect(r.reports[0]!.region).toBe('a;b;c;d;e');
  });

  it('reads tab- and semicolon-separated files too', () => {
    expect(ok(load('unit\tyear\trequests.new.natural\nA\t2022\t7\n')).reports).toHaveLength(1);
    expect(ok(load('unit;year;requests.new.natural\nA;2022;7\n')).reports).toHaveLength(1);
  });
});

describe('CSV: cells', () => {
  it.each([
    ['"1,234"', 1234],
    ['1，234', 1234],
    ['１２', 12],
    ['98.5%', 98.5],
    ['/', null],
    ['—', null],
    ['-', null],
    ['不适用', null],
    ['', null],
  ])('requests.new.natural %j → %j', (raw, value) => {
    const text = `unit,year,requests.new.natural,narrative.lettersCompletionRate\nA,2022,${raw},${raw}\n`;
    const report = ok(load(text)).reports[0]!;
    expect(getCell(report, 'requests.new.natural')).toBe(value);
    expect(getCell(report, 'narrative.lettersCompletionRate')).toBe(value);
  });

  it('a non-numeric cell is an error naming file, row, column (as written and key), value', () => {
    const r = failed(load('单位,年度,本年新收-自然人\nA,2022,3\nB,2022,12abc\n'));
    expect(r.errors).toEqual([
      {
        code: 'cell-not-number',
        file: '2022.csv',
        row: 3,
        column: '本年新收-自然人 (requests.new.natural)',
        value: '12abc',
        expected: '非负整数，空白表示未填报 / a non-negative integer; blank means not reported',
        zh: '文件 2022.csv 第 3 行「本年新收-自然人」列的值「12abc」不是数字（应为非负整数，空白表示未填报）',
        en: '2022.csv, row 3, column requests.new.natural ("本年新收-自然人"): value "12abc" is not a number (expected a non-negative integer; blank means not reported)',
      },
    ]);
  });

  it('a negative count is an error; a negative 2019 本年增/减 is not', () => {
    const bad = failed(load(csv({ 'review.total': '-2' })));
    expect(bad.errors).toMatchObject([{ code: 'cell-negative', row: 2, value: '-2' }]);
    expect(bad.errors[0]!.zh).toContain('是负数');
    const good = ok(load(csv({ format: '2019', 'proactive2019.licensing.change': '-3' })));
    expect(good.reports[0]!.proactive2019!.licensing.change).toBe(-3);
  });

  it('non-integer counts are accepted here (the NONNEG rule flags them)', () => {
    expect(getCell(ok(load(csv({ 'review.total': '1.5' }))).reports[0]!, 'review.total')).toBe(1.5);
  });

  it('cuts long bad values to 50 characters in messages', () => {
    const r = failed(load(csv({ 'review.total': 'x'.repeat(80) })));
    expect(r.errors[0]!.value).toBe(`${'x'.repeat(50)}…`);
  });

  it('approximate narrative figures keep the number and the approx mark', () => {
    const r = ok(
      load(csv({ 'narrative.publishedItems': '2000余', 'narrative.lettersReceived': '近800' })),
    );
    const n = r.reports[0]!.narrative;
    expect(n).toMatchObject({ publishedItems: 2000, lettersReceived: 800 });
    expect(n.approx).toEqual(['publishedItems', 'lettersReceived']);
    expect(failed(load(csv({ 'requests.new.natural': '2000余' }))).errors[0]!.code).toBe(
      'cell-not-number',
    );
  });

  it.each([
    ['year', { year: '22' }, 'cell-invalid'],
    ['year', { year: '' }, 'cell-required'],
    ['unit', { unit: '  ' }, 'cell-required'],
    ['level', { level: 'village' }, 'cell-invalid'],
    ['format', { format: '2020' }, 'cell-invalid'],
    ['narrative.approx', { 'narrative.approx': 'publishedItems;foo' }, 'cell-invalid'],
    [
      'narrative.publishedBreakdown',
      { 'narrative.publishedBreakdown': '{政务要闻:1}' },
      'cell-invalid',
    ],
    [
      'narrative.publishedBreakdown',
      { 'narrative.publishedBreakdown': '{"a":-1}' },
      'cell-invalid',
    ],
    ['narrative.other', { 'narrative.other': '[1,2]' }, 'cell-invalid'],
    ['notes', { notes: '没有引号的备注' }, 'cell-invalid'],
    ['notes', { notes: '[1]' }, 'cell-invalid'],
    ['unitId', { unitId: '9'.repeat(65) }, 'cell-too-long'],
  ])('descriptive column %s: bad value → %s error for that cell', (column, cells, code) => {
    const r = failed(load(csv(cells)));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code, row: 2, column });
  });

  it('reads level keys or Chinese labels, JSON-valued columns and approx keys', () => {
    const cells = {
      level: '省级',
      'narrative.approx': 'newMediaAccounts；publishedItems',
      'narrative.publishedBreakdown': '{"政务要闻": 373, "通知公告": "1,200"}',
      'narrative.other': '{"增长": -5}',
      notes: '["第一条", "第二条"]',
    };
    const report = ok(load(csv(cells))).reports[0]!;
    expect(report.level).toBe('province');
    expect(report.narrative.approx).toEqual(['newMediaAccounts', 'publishedItems']);
    expect(report.narrative.publishedBreakdown).toEqual({ 政务要闻: 373, 通知公告: 1200 });
    expect(report.narrative.other).toEqual({ 增长: -5 });
    expect(report.notes).toEqual(['第一条', '第二条']);
  });

  it('strips the apostrophe csv-write puts before = + - @ in text cells', () => {
    const r = ok(
      load(csv({ unit: "'=HYPERLINK(1)", region: "'-北京", 'source.title': "'@x", unitId: "'91" })),
    );
    expect(r.reports[0]).toMatchObject({ unit: '=HYPERLINK(1)', region: '-北京', unitId: "'91" });
    expect(r.reports[0]!.source.title).toBe('@x');
  });

  it('keeps hostile strings as plain text, unchanged', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const r = ok(
      load(
        csv({
          unit: hostile,
          'source.url': 'javascript:alert(1)',
          notes: JSON.stringify([hostile]),
        }),
      ),
    );
    expect(r.reports[0]).toMatchObject({ unit: hostile, notes: [hostile] });
    expect(r.reports[0]!.source.url).toBe('javascript:alert(1)');
  });
});

describe('CSV: template version', () => {
  it('infers 2019 for rows with 2019 table-2 figures, else 2021, warning once', () => {
    const text =
      'unit,year,proactive2019.licensing.decisions,requests.new.natural\nA,2019,4,1\nB,2022,,2\n';
    const r = ok(load(text));
    expect(r.reports.map((x) => x.format)).toEqual(['2019', '2021']);
    expect(r.warnings.filter((w) => w.code === 'csv-format-inferred')).toHaveLength(1);
    // A 2019 report carries its 处理决定数量 as the comparable figure.
    expect(r.reports[0]!.proactive.licensing).toBe(4);
  });

  it('a figure of the other template version is an error, not silently dropped', () => {
    const r = failed(load(csv({ 'proactive2019.licensing.decisions': '4' })));
    expect(r.errors).toMatchObject([{ code: 'cell-wrong-format', row: 2, value: '4' }]);
    const r2 = failed(load(csv({ format: '2019', 'proactive.fees': '1.5' })));
    expect(r2.errors).toMatchObject([{ code: 'cell-wrong-format', column: 'proactive.fees' }]);
  });

  it('does not ask for 2019 columns when every row is 2021', () => {
    const r = ok(load(csv({})));
    const w = r.warnings.find((x) => x.code === 'csv-missing-figures')!;
    expect(w.en).not.toContain('proactive2019');
  });
});

describe('CSV: duplicates, error cap, schema', () => {
  it('the same unit and year twice is an error naming both rows', () => {
    const r = failed(load('unit,year\nA,2022\nB,2022\nA,2022年\n'));
    expect(r.errors).toMatchObject([{ code: 'duplicate-report', row: 4 }]);
    expect(r.errors[0]!.zh).toContain('第 4 行与第 2 行');
    expect(r.errors[0]!.en).toContain('row 4 repeats row 2');
  });

  it('the same unitId and year twice is an error even under another name', () => {
    const r = failed(load('unit,unitId,year\nA,410800,2022\nA 办公室,410800,2022\n'));
    expect(r.errors).toMatchObject([{ code: 'duplicate-report', row: 3 }]);
  });

  it('lists at most 200 errors plus one "and N more"', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `U${i},2022,bad`);
    const r = failed(load(`unit,year,review.total\n${rows.join('\n')}\n`));
    expect(r.errors).toHaveLength(201);
    expect(r.errors[200]).toMatchObject({ code: 'too-many-errors' });
    expect(r.errors[200]!.en).toContain('100 more');
  });

  it('stops reading after 2000 errors and says where', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `U${i},2022,bad`);
    const r = failed(load(`unit,year,review.total\n${rows.join('\n')}\n`));
    expect(r.errors).toHaveLength(201);
    const stopped = r.warnings.filter((w) => w.code === 'stopped-early');
    expect(stopped).toMatchObject([{ row: 2001 }]);
    expect(stopped[0]!.zh).toContain('读到第 2001 行时停止');
  });

  it('every CSV-loaded report passes reportSchema', () => {
    const all = FIELDS.filter((f) => f.formats.includes('2019'));
    const header = [
      'unit',
      'year',
      'format',
      'level',
      'narrative.approx',
      ...all.map((f) => f.key),
    ];
    const row = (u: string) =>
      [
        u,
        '2019',
        '2019',
        'city',
        'publishedItems',
        ...all.map((f, i) => (f.signed ? `-${i}` : `${i}`)),
      ].join(',');
    const r = ok(load([header.join(','), row('A'), row('B')].join('\n')));
    for (const report of [...r.reports, ...ok(load(csv({ 'review.total': '1' }))).reports]) {
      expect(reportSchema.safeParse(report).success).toBe(true);
    }
  });
});
