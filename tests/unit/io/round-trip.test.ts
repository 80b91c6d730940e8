import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/domain/fields';
import { setPath } from '../../../src/domain/cells';
import type { Report } from '../../../src/domain/report';
import { reportSchema, toReport } from '../../../src/domain/schema';
import { toWideCsv } from '../../../src/io/csv-write';
import { tryLoadReports } from '../../../src/io/load';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Every field of the format filled with a distinct value; a few left null on purpose. */
function filled(format: '2019' | '2021', seed: number): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  FIELDS.forEach((f, i) => {
    if (!f.formats.includes(format) || i % 11 === 0) return;
    let v = (seed * 31 + i * 7) % 997;
    if (f.signed) v = -v;
    if (f.kind === 'amount') v = v + 0.1234;
    if (f.kind === 'rate') v = (v % 100) + 0.5;
    setPath(tree, f.path, v);
  });
  return tree;
}

function build(input: Record<string, unknown>): Report {
  return toReport(reportSchema.parse(input));
}

const ORIGINALS: Report[] = [
  build({
    ...filled('2021', 1),
    unit: HOSTILE,
    year: 2022,
    unitId: '11410800MB1234567X',
    region: '河南省/焦作市/示范区',
    level: 'district',
    format: '2021',
    source: {
      url: 'https://example.gov.cn/a?b=1,2',
      title: '2022年度报告',
      published: '2023-01-31',
      file: null,
    },
    narrative: {
      ...(filled('2021', 1).narrative as object),
      publishedItems: 2000,
      approx: ['publishedItems'],
      publishedBreakdown: { 政务要闻: 373, '通知公告, "重要"': 12 },
      other: { 增长: -5, 比例: 12.5 },
    },
    notes: ['第一条, 含逗号', '含"引号"', 'line1\nline2', HOSTILE],
  }),
  build({
    ...filled('2019', 2),
    unit: '=SUM(A1:A9)',
    year: 2019,
    region: '-北京',
    level: 'department',
    format: '2019',
    source: { title: '@提及\r\n第二行', url: null },
    narrative: { lettersReceived: 800, approx: ['lettersReceived'] },
  }),
  build({ unit: '只有名称的单位', year: 2023, format: '2021' }),
  build({
    unit: '+86 热线',
    year: 2023,
    format: '2021',
    unitId: '0012',
    requests: { new: { total: 0 } },
  }),
];

describe('round trip: reports → toWideCsv → tryLoadReports', () => {
  it.each([
    ['key', true],
    ['zh', true],
    ['key', false],
    ['zh', false],
  ] as const)('%s headers, BOM %s: the same reports come back', (header, bom) => {
    const text = toWideCsv(ORIGINALS, { header, bom });
    const r = tryLoadReports(new TextEncoder().encode(text), 'export.csv');
    if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('\n'));
    expect(r.encoding).toBe(bom ? 'utf-8-bom' : 'utf-8');
    expect(r.reports).toEqual(ORIGINALS);
    expect(r.warnings).toEqual([]);
  });

  it('the originals exercise what matters: negative change, approx, breakdown, notes, hostile name', () => {
    const [a, b] = ORIGINALS;
    expect(a!.unit).toBe(HOSTILE);
    expect(a!.narrative.approx).toEqual(['publishedItems']);
    expect(Object.keys(a!.narrative.publishedBreakdown)).toHaveLength(2);
    expect(b!.proactive2019!.licensing.change).toBeLessThan(0);
    expect(toWideCsv([b!])).toContain("'=SUM(A1:A9)");
  });

  it('JSON written with JSON.stringify loads back to the same reports', () => {
    const r = tryLoadReports(new TextEncoder().encode(JSON.stringify(ORIGINALS)), 'export.json');
    if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('\n'));
    expect(r.reports).toEqual(ORIGINALS);
  });
});
