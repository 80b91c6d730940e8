import { describe, expect, it } from 'vitest';
import { toFindingsByRuleModel } from '../../../src/charts/findings/model';
import {
  buildFindingsByRuleOption,
  ruleTooltipHtml,
  SEVERITY_COLORS,
} from '../../../src/charts/findings/option';
import { findingsByRuleTable } from '../../../src/charts/findings/table';
import type { Finding } from '../../../src/domain/findings';

const finding = (
  rule: Finding['rule'],
  severity: Finding['severity'],
  unit: string,
  year = 2023,
): Finding => ({
  rule,
  severity,
  unit,
  year,
  cells: [],
  left: null,
  right: null,
  difference: null,
  message: { zh: '', en: '' },
});

describe('findings by rule', () => {
  it('counts findings per rule in contract order, with units and reports covered', () => {
    const model = toFindingsByRuleModel([
      finding('MISSING', 'warning', 'A'),
      finding('T4-SUM', 'error', 'A'),
      finding('T4-SUM', 'error', 'A'),
      finding('T4-SUM', 'error', 'B', 2022),
    ]);
    expect(model.total).toBe(4);
    expect(model.bars.map((b) => [b.rule, b.count, b.units, b.reports])).toEqual([
      ['T4-SUM', 3, 2, 2],
      ['MISSING', 1, 1, 1],
    ]);
  });

  it('draws one bar per rule, first rule on top, coloured by severity', () => {
    const option = buildFindingsByRuleOption(
      toFindingsByRuleModel([finding('T4-SUM', 'error', 'A'), finding('MISSING', 'warning', 'A')]),
    )!;
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['MISSING', 'T4-SUM'] });
    const series = (option.series as { data: unknown[] }[])[0]!;
    expect(series.data).toEqual([
      { value: 1, itemStyle: { color: SEVERITY_COLORS.warning } },
      { value: 1, itemStyle: { color: SEVERITY_COLORS.error } },
    ]);
  });

  it('a single rule still draws; no finding is the empty state (no option)', () => {
    const one = buildFindingsByRuleOption(toFindingsByRuleModel([finding('RATE', 'error', 'A')]));
    expect(one!.yAxis).toMatchObject({ data: ['RATE'] });
    expect(buildFindingsByRuleOption(toFindingsByRuleModel([]))).toBeNull();
  });

  it('escapes the tooltip text and names the severity in words', () => {
    const [bar] = toFindingsByRuleModel([finding('T4-SUM', 'error', '<img src=x>')]).bars;
    const html = ruleTooltipHtml(bar!, 'zh');
    expect(html).toContain('错误');
    expect(html).toContain('1 个单位');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('style=');
  });
});

describe('findings-by-rule table (the data behind the bars)', () => {
  it('one row per rule, top bar first, with severity in words and the count drawn', () => {
    const model = toFindingsByRuleModel([
      finding('T4-SUM', 'error', '<img src=x onerror=alert(1)>'),
      finding('T4-SUM', 'error', 'A', 2022),
      finding('MISSING', 'warning', 'A'),
    ]);
    const table = findingsByRuleTable(model, 'zh');
    expect(table.columns).toEqual([
      '规则',
      '严重程度',
      '核对内容',
      '发现数（条）',
      '涉及单位数',
      '涉及报告数',
    ]);
    expect(table.rows.map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      ['T4-SUM', '错误', 2, 2, 2],
      ['MISSING', '警告', 1, 1, 1],
    ]);
    expect(typeof table.rows[0]![2]).toBe('string');
    const option = buildFindingsByRuleOption(model, 'zh')!;
    // ECharts lists a category axis bottom-up: reversed, its order is the table's.
    const rules = [...(option.yAxis as { data: string[] }).data].reverse();
    const counts = [...(option.series as { data: { value: number }[] }[])[0]!.data]
      .reverse()
      .map((d) => d.value);
    expect(table.rows.map((r) => r[0])).toEqual(rules);
    expect(table.rows.map((r) => r[3])).toEqual(counts);
    expect(findingsByRuleTable(model, 'en').rows[1]![1]).toBe('warning');
  });
});
