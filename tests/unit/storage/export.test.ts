// Export → import gives back identical data: the CSV (BOM, Chinese or key headers) and the JSON
// written for a dataset read back through the dataset loader to the very same reports.
import { describe, expect, it } from 'vitest';
import { setCell } from '../../../src/domain/cells';
import type { Report } from '../../../src/domain/report';
import { tryLoadReports } from '../../../src/io/load';
import { exportCsv, exportFileName, exportJson } from '../../../src/storage/export';
import { HONGZE_2023, makeReport, SHANGHAI_OFFICE_2019 } from '../../fixtures/reports';

function richReport(): Report {
  const r = makeReport({ unit: '某某市<b>生态</b>环境局, "东区"', year: 2024, unitId: 'x-1' });
  r.region = '某某省';
  r.level = 'city';
  r.source = {
    url: 'https://example.gov.cn/a',
    title: '2024年报告',
    published: '2025-01-20',
    file: null,
  };
  setCell(r, 'requests.new.other', null);
  r.narrative.publishedItems = 2000;
  r.narrative.approx = ['publishedItems'];
  r.narrative.publishedBreakdown = { 政策文件: 120 };
  r.narrative.other = { 政务微博: 3 };
  r.notes = ['=SUM(A1) 不应被执行', '第二条'];
  return r;
}

const REPORTS = [richReport(), HONGZE_2023, SHANGHAI_OFFICE_2019];
const bytes = (text: string) => new TextEncoder().encode(text);

function reload(text: string, file: string): Report[] {
  const result = tryLoadReports(bytes(text), file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.reports;
}

describe('exportCsv', () => {
  it.each(['key', 'zh'] as const)(
    'with %s headers starts with a BOM and reads back identical',
    (header) => {
      const csv = exportCsv(REPORTS, header);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.startsWith(header === 'key' ? '\uFEFFunit,year,' : '\uFEFF单位,年度,')).toBe(true);
      expect(reload(csv, 'export.csv')).toEqual(REPORTS);
    },
  );
});

describe('exportJson', () => {
  it('writes the nested contract shape and reads back identical', () => {
    const json = exportJson(REPORTS);
    const parsed = JSON.parse(json) as Report[];
    expect(parsed[0]?.requests.denied.thirdParty).toEqual(REPORTS[0]?.requests.denied.thirdParty);
    expect(parsed[0]?.requests.new.other).toBeNull();
    expect(reload(json, 'export.json')).toEqual(REPORTS);
  });
});

describe('exportFileName', () => {
  it('names the file after the title and the years it covers', () => {
    expect(exportFileName('我的 报告/草稿', [2024, 2021, 2023], 'csv')).toBe(
      '我的_报告_草稿_2021-2024.csv',
    );
    expect(exportFileName('样本', [2023], 'json')).toBe('样本_2023.json');
    expect(exportFileName('  ', [], 'csv')).toBe('dataset.csv');
  });
});
