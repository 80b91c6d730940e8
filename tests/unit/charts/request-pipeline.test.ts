import { describe, expect, it } from 'vitest';
import { hasPipelineValues, toPipelineModel } from '../../../src/charts/request-pipeline/model';
import { buildPipelineOption } from '../../../src/charts/request-pipeline/option';
import { pipelineTable } from '../../../src/charts/request-pipeline/table';
import { makeReport, PINGTAN_2020 } from '../../fixtures/reports';

describe('request pipeline', () => {
  it('sums 上年结转, 本年新收, the six groups, 总计 and 结转 over reports; balanced reports note nothing', () => {
    const m = toPipelineModel([makeReport({ unit: '甲' }), makeReport({ unit: '乙' })]);
    expect([
      m.carriedOver.value,
      m.new.value,
      m.totalHandled.value,
      m.carriedForward.value,
    ]).toEqual([4, 32, 32, 4]);
    expect(m.outcomes.granted).toEqual({ value: 14, used: 2, of: 2 });
    expect(m.outcomes.otherHandling.value).toBe(2);
    expect(m.imbalances).toEqual([]);
  });

  it('names a report whose outcome rows do not add up to (七)总计 (平潭 2020: 27 ≠ 21)', () => {
    const m = toPipelineModel([PINGTAN_2020]);
    expect(m.imbalances).toEqual([
      { unit: '平潭综合实验区', year: 2020, rule: 'T3-HANDLED', left: 27, right: 21 },
    ]);
    expect(m.outcomes.otherHandling.value).toBe(4);
  });

  it('names a report that breaks 新收 + 结转 = 总计 + 结转下年度', () => {
    const m = toPipelineModel([makeReport({ cells: { 'requests.carriedForward.total': 5 } })]);
    expect(m.imbalances.map((b) => [b.rule, b.left, b.right])).toEqual([['T3-BALANCE', 18, 21]]);
  });

  it('draws three stacked bars, each series only in its own bar, blanks as null', () => {
    const m = toPipelineModel([makeReport({ cells: { 'requests.carriedOver.total': null } })]);
    const o = buildPipelineOption(m, 'zh');
    const series = o.series as { name: string; stack: string; data: (number | null)[] }[];
    expect(series).toHaveLength(10);
    expect(series[0]).toMatchObject({
      name: '上年结转',
      stack: 'pipeline',
      data: [null, null, null],
    });
    expect(series[1]).toMatchObject({ name: '本年新收', data: [16, null, null] });
    expect(series[2]).toMatchObject({ name: '予以公开', data: [null, 7, null] });
    expect(series[8]).toMatchObject({ data: [null, null, 16] });
    expect((o.xAxis as { data: string[] }).data).toEqual([
      '上年结转 + 本年新收',
      '办理结果（六类之和）',
      '(七)总计 + 结转下年度',
    ]);
  });

  it('has nothing to draw without reports', () => {
    expect(hasPipelineValues(toPipelineModel([]))).toBe(false);
  });
});

describe('pipeline table (the data behind the chart)', () => {
  it('lists each stacked segment under its bar with the count the chart draws; blank stays null', () => {
    const m = toPipelineModel([
      makeReport({ unit: '甲', cells: { 'requests.carriedOver.total': null } }),
      makeReport({ unit: '乙', cells: { 'requests.carriedOver.total': null } }),
    ]);
    const table = pipelineTable(m, 'zh');
    expect(table.columns).toEqual(['柱', '项目', '件数（件）', '填报报告数', '报告数']);
    expect(table.rows[0]).toEqual(['上年结转 + 本年新收', '上年结转', null, 0, 2]);
    expect(table.rows[1]).toEqual(['上年结转 + 本年新收', '本年新收', 32, 2, 2]);
    expect(table.rows[9]).toEqual(['(七)总计 + 结转下年度', '结转下年度', 4, 2, 2]);
    const o = buildPipelineOption(m, 'zh');
    const bars = (o.xAxis as { data: string[] }).data;
    const series = o.series as { name: string; data: (number | null)[] }[];
    expect(table.rows).toHaveLength(series.length);
    series.forEach((s, i) => {
      const row = table.rows[i]!;
      const bar = bars.indexOf(row[0] as string);
      expect(row[1]).toBe(s.name);
      expect(s.data[bar]).toBe(row[2]);
      expect(s.data.filter((v, j) => j !== bar && v !== null)).toEqual([]);
    });
  });

  it('English headers and names; a unit name never enters the table', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const table = pipelineTable(toPipelineModel([makeReport({ unit: hostile })]), 'en');
    expect(table.columns).toEqual([
      'Bar',
      'Item',
      'Requests (count)',
      'Reports giving it',
      'Reports',
    ]);
    expect(table.rows[0]!.slice(0, 2)).toEqual([
      'Carried over + new',
      'Requests carried over from last year',
    ]);
    expect(JSON.stringify(table)).not.toContain('img');
  });
});
