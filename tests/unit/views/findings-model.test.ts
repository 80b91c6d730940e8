import { describe, expect, it } from 'vitest';
import { checkReports } from '../../../src/domain/checks';
import {
  filterFindings,
  locateFindings,
  notCheckableByRule,
} from '../../../src/views/findings/findings-model';
import {
  cellLabel,
  flagsForReport,
  paginate,
  summarizeByUnit,
} from '../../../src/views/findings/findings-detail';
import { HONGZE_2023, makeReport, SHUYANG_DRC_2023 } from '../../fixtures/reports';

const ALL = { kind: 'all' } as const;
const open = { scope: ALL, years: [], rule: null, severity: null, units: [] };
const broken = makeReport({
  unit: '单位B',
  year: 2022,
  unitId: 'B-01',
  cells: { 'review.total': 3 },
});
const shuyang = { ...SHUYANG_DRC_2023, region: '江苏省/宿迁市/沭阳县' };
const reports = [HONGZE_2023, shuyang, broken];
const check = checkReports(reports);
const located = locateFindings(check.findings, reports);

describe('findings are located in their reports and filtered', () => {
  it('links a finding to its unit key: unitId when the unit has one, else the name', () => {
    const b = located.find((l) => l.finding.unit === '单位B')!;
    expect(b.unitKey).toBe('B-01');
    expect(located.find((l) => l.finding.unit === HONGZE_2023.unit)!.unitKey).toBe(
      '淮安市洪泽区人民政府',
    );
  });

  it('keeps only the chosen rule, and both T4-SUM findings of 洪泽区 2023 carry both sides', () => {
    const t4 = filterFindings(located, {
      ...open,
      rule: 'T4-SUM',
      units: ['淮安市洪泽区人民政府'],
    });
    expect(t4.map((l) => [l.finding.left, l.finding.right, l.finding.difference])).toEqual([
      [0, 11, -11],
      [0, 5, -5],
    ]);
  });

  it('filters by severity, year, unit and region scope', () => {
    expect(
      filterFindings(located, { ...open, severity: 'warning' }).every(
        (l) => l.finding.severity === 'warning',
      ),
    ).toBe(true);
    expect(
      filterFindings(located, { ...open, years: [2022] }).every((l) => l.finding.year === 2022),
    ).toBe(true);
    const region = filterFindings(located, {
      ...open,
      scope: { kind: 'region', path: '江苏省/宿迁市' },
    });
    expect(new Set(region.map((l) => l.finding.unit))).toEqual(new Set([SHUYANG_DRC_2023.unit]));
  });
});

describe('paging', () => {
  it('shows 50 per page and clamps the page number', () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    expect(paginate(list, 1).items).toHaveLength(50);
    expect(paginate(list, 3)).toMatchObject({ page: 3, pages: 3, total: 120 });
    expect(paginate(list, 3).items).toEqual(list.slice(100));
    expect(paginate(list, 9).page).toBe(3);
    expect(paginate([], 1)).toMatchObject({ page: 1, pages: 1, total: 0 });
  });
});

describe('names and summaries', () => {
  it('names a cell by its field label, and a cell of another year with that year', () => {
    const f = located.find((l) => l.finding.rule === 'T4-SUM')!.finding;
    expect(cellLabel({ unit: f.unit, year: 2023, key: 'review.total' }, f, 'zh')).toBe(
      '行政复议 总计',
    );
    expect(cellLabel({ unit: f.unit, year: 2022, key: 'review.total' }, f, 'zh')).toBe(
      '2022年 行政复议 总计',
    );
    expect(cellLabel({ unit: f.unit, year: 2023, key: 'review.total' }, f, 'en')).toBe(
      'Administrative review: Total',
    );
  });

  it('summarises errors, warnings and info per unit, sorted by errors', () => {
    const rows = summarizeByUnit(located);
    expect(rows[0]!.unit).toBe('淮安市洪泽区人民政府');
    expect(rows[0]!.error).toBe(2);
    expect(rows[0]!.rules).toContain('T4-SUM');
    const shuyang = rows.find((r) => r.unit === SHUYANG_DRC_2023.unit)!;
    expect(shuyang.warning).toBeGreaterThan(0);
    expect(summarizeByUnit(located, 'unit').map((r) => r.unit)).toEqual(
      [...rows.map((r) => r.unit)].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
  });

  it('counts not-checkable sets per rule inside the selection only', () => {
    const all = notCheckableByRule(check, reports, { scope: ALL, years: [], units: [] });
    expect(all.find((n) => n.rule === 'T3-ROW')!.count).toBeGreaterThan(0);
    expect(notCheckableByRule(check, reports, { scope: ALL, years: [1999], units: [] })).toEqual(
      [],
    );
  });

  it('flags the cells of one report with the worst severity and the messages', () => {
    const flags = flagsForReport(check.findings, HONGZE_2023.unit, 2023, 'zh');
    expect(flags.get('review.total')!.severity).toBe('error');
    expect(flags.get('review.total')!.messages[0]).toMatch(/^T4-SUM: /);
    expect(flags.has('litigationDirect.total')).toBe(false);
  });
});
