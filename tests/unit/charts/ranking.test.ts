import { describe, expect, it } from 'vitest';
import { toRankingModel, rankingWindow } from '../../../src/charts/ranking/model';
import {
  buildRankingOption,
  rankingTooltipHtml,
  rankText,
} from '../../../src/charts/ranking/option';
import { rankingTable } from '../../../src/charts/ranking/table';
import { makeReport } from '../../fixtures/reports';

const HOSTILE = '<img src=x onerror=alert(1)>';
const unit = (name: string, fresh: number | null, year = 2023) =>
  makeReport({ unit: name, year, cells: { 'requests.new.total': fresh } });

describe('ranking model', () => {
  it('sorts descending and gives tied units the same rank (1, 2, 2, 4)', () => {
    const reports = [unit('甲', 5), unit('乙', 9), unit('丙', 5), unit('丁', 3)];
    const m = toRankingModel('requestsNew', reports, 2023, new Set(['丙']));
    expect(m.ranked.map((r) => [r.unit, r.value, r.rank, r.tied])).toEqual([
      ['乙', 9, 1, false],
      ['丙', 5, 2, true],
      ['甲', 5, 2, true],
      ['丁', 3, 4, false],
    ]);
    expect(m.ranked.find((r) => r.unit === '丙')!.highlighted).toBe(true);
    expect(rankText(m.ranked[1]!, 'zh')).toBe('并列第2');
    expect(rankText(m.ranked[1]!, 'en')).toBe('tied #2');
  });

  it('lists units without a value apart, with the reason, instead of ranking them as 0', () => {
    const zeroDen = makeReport({
      unit: '零',
      cells: {
        'requests.totalHandled.total': 0,
        'requests.new.total': 0,
        'requests.carriedOver.total': 0,
      },
    });
    const blank = makeReport({ unit: '空', cells: { 'requests.totalHandled.total': null } });
    const other = makeReport({ unit: '旧', year: 2022 });
    const m = toRankingModel(
      'completionRate',
      [unit('甲', 16), zeroDen, blank, other],
      2023,
      new Set(),
    );
    expect(m.ranked.map((r) => r.unit)).toEqual(['甲']);
    expect(m.ranked[0]!.value).toBeCloseTo((100 * 16) / 18);
    expect(m.unranked.map((u) => [u.unit, u.reason])).toEqual([
      ['旧', 'noReport'],
      ['空', 'notReported'],
      ['零', 'zeroDenominator'],
    ]);
  });

  it('is empty for a year nobody reported', () => {
    const m = toRankingModel('requestsNew', [unit('甲', 5)], 2019, new Set());
    expect(m.ranked).toEqual([]);
    expect(m.unranked).toHaveLength(1);
  });

  it('windows the list: top n, bottom n, or every unit whose name contains the search', () => {
    const m = toRankingModel(
      'requestsNew',
      [unit('甲局', 1), unit('乙局', 2), unit('丙办', 3)],
      2023,
      new Set(),
    );
    expect(rankingWindow(m.ranked, 'top', 2, '').map((r) => r.unit)).toEqual(['丙办', '乙局']);
    expect(rankingWindow(m.ranked, 'bottom', 1, '').map((r) => r.unit)).toEqual(['甲局']);
    expect(rankingWindow(m.ranked, 'top', 1, '局').map((r) => r.unit)).toEqual(['乙局', '甲局']);
  });
});

describe('ranking option', () => {
  it('draws one bar per row, rank 1 on top, the highlighted unit in its own colour', () => {
    const m = toRankingModel('requestsNew', [unit('甲', 5), unit('乙', 9)], 2023, new Set(['甲']));
    const o = buildRankingOption(m, m.ranked, 'zh');
    expect(o.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['1. 乙', '2. 甲'] });
    const series = (o.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!;
    expect(series.data.map((d) => d.value)).toEqual([9, 5]);
    expect(series.data[0]!.itemStyle.color).not.toBe(series.data[1]!.itemStyle.color);
    expect(o.dataZoom).toEqual([]);
  });

  it('shows rates in percent on a 0–100 axis and scrolls long lists with a dataZoom', () => {
    const reports = Array.from({ length: 30 }, (_, i) => unit(`单位${i}`, i + 1));
    const m = toRankingModel('disclosureRate', reports, 2023, new Set());
    expect(m.ranked[0]!.value).toBeCloseTo((100 * 9) / 16);
    const o = buildRankingOption(m, m.ranked, 'en');
    expect(o.xAxis).toMatchObject({ max: 100 });
    expect((o.dataZoom as unknown[]).length).toBe(2);
  });

  it('escapes unit names in the tooltip', () => {
    const m = toRankingModel('requestsNew', [unit(HOSTILE, 4)], 2023, new Set());
    const html = rankingTooltipHtml(m, m.ranked[0]!, 'zh');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

describe('ranking table (the data behind the chart)', () => {
  const rates = (name: string, handled: number | null, fresh: number) =>
    makeReport({
      unit: name,
      year: 2023,
      cells: {
        'requests.new.total': fresh,
        'requests.carriedOver.total': 0,
        'requests.totalHandled.total': handled,
      },
    });

  it('lists the bars in the order drawn, values as the labels print them, ties in words', () => {
    const reports = [
      rates('甲', 9, 11),
      rates(HOSTILE, 2, 3),
      rates('乙', 6, 9),
      rates('丙', 2, 3),
    ];
    const m = toRankingModel('completionRate', reports, 2023, new Set());
    const table = rankingTable(m, m.ranked, 'zh');
    expect(table.columns).toEqual(['名次', '单位', '依申请办结率（%）', '说明']);
    expect(table.rows).toEqual([
      [1, '甲', 81.8, ''],
      [2, HOSTILE, 66.7, '并列第2'],
      [2, '丙', 66.7, '并列第2'],
      [2, '乙', 66.7, '并列第2'],
    ]);
    // The hostile name is a plain string cell, the same text as the axis label draws.
    const option = buildRankingOption(m, m.ranked, 'zh') as {
      yAxis: { data: string[] };
      series: { data: { value: number }[] }[];
    };
    expect(option.yAxis.data).toEqual(table.rows.map((r) => `${r[0]}. ${r[1]}`));
    expect(table.rows.map((r) => r[2])).toEqual(
      option.series[0]!.data.map((d) => Math.round(d.value * 10) / 10),
    );
  });

  it('adds the unranked units with a null value and the reason, never 0, when asked', () => {
    const reports = [unit('甲', 4), unit('乙', null), makeReport({ unit: '丙', year: 2022 })];
    const m = toRankingModel('requestsNew', reports, 2023, new Set());
    const table = rankingTable(m, m.ranked, 'en', true);
    expect(table.columns).toEqual(['Rank', 'Unit', 'New requests', 'Note']);
    expect(table.rows).toEqual([
      [1, '甲', 4, ''],
      [null, '丙', null, 'no report that year'],
      [null, '乙', null, 'figure not reported'],
    ]);
    expect(rankingTable(m, m.ranked, 'en').rows).toHaveLength(1);
  });

  it('the table of a window is exactly the window drawn', () => {
    const reports = ['甲', '乙', '丙', '丁'].map((n, i) => unit(n, 10 - i));
    const m = toRankingModel('requestsNew', reports, 2023, new Set());
    const rows = rankingWindow(m.ranked, 'bottom', 2, '');
    const option = buildRankingOption(m, rows, 'zh') as { series: { data: { value: number }[] }[] };
    const table = rankingTable(m, rows, 'zh');
    expect(table.rows.map((r) => r[2])).toEqual(option.series[0]!.data.map((d) => d.value));
    expect(table.rows.map((r) => r[1])).toEqual(['丙', '丁']);
  });
});
