// The contradictions found in real published reports (figures in tests/fixtures/reports.ts).
import { describe, expect, it } from 'vitest';
import { checkReport, checkReports } from '../../../src/domain/checks';
import type { CheckResult, RuleId } from '../../../src/domain/findings';
import {
  HONGZE_2023,
  PINGTAN_2020,
  PINGTAN_2021_2025,
  SHANGHAI_OFFICE_2019,
  SHUYANG_DRC_2023,
} from '../../fixtures/reports';

const findings = (r: CheckResult, rule: RuleId) => r.findings.filter((f) => f.rule === rule);
const unchecked = (r: CheckResult, rule: RuleId) => r.notCheckable.filter((n) => n.rule === rule);
const summary = (r: CheckResult, rule: RuleId) =>
  findings(r, rule).map((f) => [f.year, f.cells[0]!.key, f.left, f.right, f.difference]);

describe('淮安市洪泽区人民政府 2023', () => {
  const result = checkReport(HONGZE_2023);

  it('prints table-4 totals of 0 under 10 + 1 reviews and 5 lawsuits after review', () => {
    expect(summary(result, 'T4-SUM')).toEqual([
      [2023, 'review.total', 0, 11, -11],
      [2023, 'litigationAfterReview.total', 0, 5, -5],
    ]);
  });

  it('adds up in table 3 with (六) printed as one row, and nothing else is wrong', () => {
    expect(result.findings.filter((f) => f.rule !== 'T4-SUM')).toEqual([]);
    expect(result.notCheckable).toEqual([]);
  });
});

describe('平潭综合实验区 2020', () => {
  it('prints (七)总计 20 / 21 while the outcome rows add up to 26 / 27', () => {
    const result = checkReport(PINGTAN_2020);
    expect(summary(result, 'T3-HANDLED')).toEqual([
      [2020, 'requests.totalHandled.natural', 20, 26, -6],
      [2020, 'requests.totalHandled.total', 21, 27, -6],
    ]);
    const [natural] = findings(result, 'T3-HANDLED');
    expect(natural!.cells.map((c) => c.key)).toContain('requests.otherHandling.total.natural');
    expect(natural!.message.zh).toBe('(七) 总计-自然人 为 20，但各办理结果之和为 26，相差 -6');
    expect(result.findings.filter((f) => f.rule !== 'T3-HANDLED')).toEqual([]);
  });
});

describe('上海市人民政府办公厅 2019', () => {
  const result = checkReport(SHANGHAI_OFFICE_2019);

  it('leaves the 总计 column blank: rows are not checkable, not failed', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const granted = unchecked(result, 'T3-ROW').find(
      (n) => n.cells[0]!.key === 'requests.granted.total',
    );
    expect(granted!.missing.map((c) => c.key)).toEqual([
      'requests.granted.total',
      'requests.granted.research',
      'requests.granted.social',
    ]);
    // 23 rows: the 26 of the template less the three (六) sub-rows the 2019 template lacks.
    expect(unchecked(result, 'T3-ROW')).toHaveLength(23);
    expect(unchecked(result, 'T3-HANDLED')).toHaveLength(7);
  });

  it('warns about the blank cells row by row', () => {
    const granted = findings(result, 'MISSING').find((f) =>
      f.cells[0]!.key.startsWith('requests.granted.'),
    );
    expect(granted!.cells.map((c) => c.key)).toEqual([
      'requests.granted.research',
      'requests.granted.social',
      'requests.granted.total',
    ]);
  });
});

describe('沭阳县发展和改革局 2023', () => {
  const result = checkReport(SHUYANG_DRC_2023);

  it('leaves the five 法人或其他组织 columns blank: those columns are not checkable', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const columns = (rule: RuleId) =>
      unchecked(result, rule).map((n) => n.cells[0]!.key.split('.').pop());
    const blank = ['commercial', 'research', 'social', 'legal', 'other'];
    expect(columns('T3-HANDLED')).toEqual(blank);
    expect(columns('T3-BALANCE')).toEqual(blank);
    expect(findings(result, 'MISSING').every((f) => f.cells.length === 5)).toBe(true);
  });
});

describe('平潭综合实验区 行政规范性文件 现行有效, 2021–2025', () => {
  const result = checkReports(PINGTAN_2021_2025);

  it('rolls forward into 2022 and breaks in 2023, 2024 and 2025', () => {
    expect(summary(result, 'Y-STOCK')).toEqual([
      [2023, 'proactive.normativeDocuments.valid', 470, 643, -173],
      [2024, 'proactive.normativeDocuments.valid', 440, 499, -59],
      [2025, 'proactive.normativeDocuments.valid', 546, 453, 93],
    ]);
    expect(unchecked(result, 'Y-STOCK')).toEqual([]);
  });

  it('carries requests over consistently and flags the 2022 jump in items published', () => {
    expect(findings(result, 'Y-CARRY')).toEqual([]);
    expect(summary(result, 'Y-SPIKE')).toEqual([
      [2022, 'narrative.publishedItems', 14571, 2645, 11926],
    ]);
  });
});

describe('all real reports together', () => {
  it('find exactly the published contradictions among the errors', () => {
    const all = [
      HONGZE_2023,
      SHANGHAI_OFFICE_2019,
      SHUYANG_DRC_2023,
      PINGTAN_2020,
      ...PINGTAN_2021_2025,
    ];
    const errors = checkReports(all)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} ${f.unit} ${f.year} ${f.cells[0]!.key}`);
    expect(errors).toEqual([
      'T4-SUM 淮安市洪泽区人民政府 2023 review.total',
      'T4-SUM 淮安市洪泽区人民政府 2023 litigationAfterReview.total',
      'T3-HANDLED 平潭综合实验区 2020 requests.totalHandled.natural',
      'T3-HANDLED 平潭综合实验区 2020 requests.totalHandled.total',
      // 平潭 prints fees in 万元 to six decimals; the contract allows four.
      'NONNEG 平潭综合实验区 2021 proactive.fees',
      'NONNEG 平潭综合实验区 2023 proactive.fees',
      'NONNEG 平潭综合实验区 2025 proactive.fees',
    ]);
  });
});
