import { describe, expect, it } from 'vitest';
import { emptyReport, setCell } from '../../../src/domain/cells';
import type { Report } from '../../../src/domain/report';
import { hasTrendValues, toTrendModel } from '../../../src/charts/trend/model';
import { buildTrendOption, trendTooltipHtml } from '../../../src/charts/trend/option';
import { trendTable } from '../../../src/charts/trend/table';
import { captionLines, figureFileName } from '../../../src/ui/figure-files';
import type { FigureCaption } from '../../../src/ui/figure-model';

function report(unit: string, year: number, cells: Record<string, number | null>): Report {
  const r = emptyReport(unit, year, '2021');
  for (const [key, value] of Object.entries(cells)) setCell(r, key, value);
  return r;
}

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('trend model', () => {
  it('sums a count over units per year and keeps a year nobody reported as null, not 0', () => {
    const reports = [
      report('甲', 2021, { 'requests.new.total': 10 }),
      report('乙', 2021, { 'requests.new.total': 5 }),
      report('甲', 2023, { 'requests.new.total': 30 }),
    ];
    const model = toTrendModel('requestsNew', reports, [2021, 2022, 2023]);
    expect(model.points.map((p) => p.value)).toEqual([15, null, 30]);
    expect(model.points[0]).toMatchObject({ used: 2, of: 2 });
    expect(hasTrendValues(model)).toBe(true);
  });

  it('computes a rate from summed counts, in percent, never by averaging unit rates', () => {
    const cells = (handled: number, fresh: number) => ({
      'requests.totalHandled.total': handled,
      'requests.new.total': fresh,
      'requests.carriedOver.total': 0,
    });
    // 1/1 and 1/9: averaging the rates would say 55.6%; summing says 2/10 = 20%.
    const reports = [report('甲', 2022, cells(1, 1)), report('乙', 2022, cells(1, 9))];
    const model = toTrendModel('completionRate', reports, [2022]);
    expect(model.points[0]!.value).toBeCloseTo(20);
  });

  it('names the units that filed a report without the figure', () => {
    const reports = [report('甲', 2022, { 'requests.new.total': 3 }), report(HOSTILE, 2022, {})];
    const model = toTrendModel('requestsNew', reports, [2022]);
    expect(model.points[0]).toMatchObject({ value: 3, used: 1, of: 2, missingUnits: [HOSTILE] });
  });
});

describe('trend option', () => {
  it('puts null (a gap) in the series data for an unreported year', () => {
    const model = toTrendModel(
      'requestsNew',
      [report('甲', 2021, { 'requests.new.total': 4 })],
      [2021, 2022],
    );
    const option = buildTrendOption(model, 'zh');
    expect(option.series).toMatchObject([{ type: 'bar', data: [4, null] }]);
    expect(option.xAxis).toMatchObject({ data: ['2021', '2022'] });
  });

  it('draws rates as a line on a 0–100% axis', () => {
    const r = report('甲', 2021, {
      'requests.totalHandled.total': 9,
      'requests.new.total': 10,
      'requests.carriedOver.total': 0,
    });
    const option = buildTrendOption(toTrendModel('completionRate', [r], [2021]), 'zh');
    expect(option.series).toMatchObject([{ type: 'line', data: [90] }]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('escapes a hostile unit name in the tooltip and formats numbers with separators', () => {
    const reports = [
      report('甲', 2022, { 'requests.new.total': 12345 }),
      report(HOSTILE, 2022, {}),
    ];
    const model = toTrendModel('requestsNew', reports, [2022]);
    const html = trendTooltipHtml(model, model.points[0]!, 'zh');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('12,345');
    expect(html).not.toMatch(/style=/);
  });

  it('says — for a year without a value, never 0', () => {
    const model = toTrendModel('requestsNew', [report('甲', 2022, {})], [2022]);
    expect(hasTrendValues(model)).toBe(false);
    expect(trendTooltipHtml(model, model.points[0]!, 'zh')).toContain('—（未报告）');
  });
});

describe('trend table (the data behind the chart)', () => {
  it('lists each year with the value the chart draws, in percent for rates, blank as null', () => {
    const reports = [
      report('甲', 2021, {
        'requests.totalHandled.total': 9,
        'requests.new.total': 10,
        'requests.carriedOver.total': 2,
      }),
      report('甲', 2022, {
        'requests.totalHandled.total': 4,
        'requests.new.total': 4,
        'requests.carriedOver.total': 0,
      }),
    ];
    const model = toTrendModel('completionRate', reports, [2021, 2022, 2023]);
    const table = trendTable(model, 'zh');
    expect(table.columns[1]).toBe('依申请办结率（%）');
    expect(table.rows).toEqual([
      ['2021', 75, null, 1, 1],
      ['2022', 100, 33.3, 1, 1],
      ['2023', null, null, 0, 0],
    ]);
    const option = buildTrendOption(model, 'zh') as { series: { data: unknown[] }[] };
    const drawn = option.series[0]!.data.map((d) =>
      typeof d === 'object' && d !== null && 'value' in d ? (d as { value: unknown }).value : d,
    );
    expect(drawn).toEqual(model.points.map((p) => p.value));
  });

  it('labels a point with the same rounding as its table cell (81.746% is 81.7 in both)', () => {
    const reports = [
      report('甲', 2025, {
        'requests.totalHandled.total': 1339,
        'requests.new.total': 1638,
        'requests.carriedOver.total': 0,
      }),
    ];
    const model = toTrendModel('completionRate', reports, [2025]);
    expect(trendTable(model, 'en').rows[0]![1]).toBe(81.7);
    const option = buildTrendOption(model, 'en') as {
      series: { label: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    expect(option.series[0]!.label.formatter({ dataIndex: 0 })).toBe('81.7%');
  });
});

describe('unit-profile trend figure (one unit’s indicator, its table and caption)', () => {
  const unitReports = [
    report(HOSTILE, 2021, {
      'requests.new.total': 3,
      'review.total': 1,
      'litigationDirect.total': 0,
      'litigationAfterReview.total': 0,
    }),
    report(HOSTILE, 2022, { 'requests.new.total': 0 }),
  ];

  it('prints a per-100 indicator to two decimals, as the chart labels it; no denominator → null', () => {
    const model = toTrendModel('disputeRate', unitReports, [2021, 2022]);
    const table = trendTable(model, 'zh');
    expect(table.columns[1]).toBe('每百件申请引发复议诉讼（每百件申请）');
    expect(table.rows.map((r) => r[1])).toEqual([33.33, null]);
    const option = buildTrendOption(model, 'zh') as {
      series: {
        data: (number | null)[];
        label: { formatter: (p: { value?: unknown; dataIndex?: number }) => string };
      }[];
    };
    const [series] = option.series;
    expect(series!.data).toEqual([33.33, null]);
    expect(series!.label.formatter({ value: 33.33, dataIndex: 0 })).toBe('33.33');
    expect(series!.label.formatter({ value: null, dataIndex: 1 })).toBe('—');
  });

  it('names the unit in the caption and once in the file name, as text, never as markup', () => {
    const model = toTrendModel('requestsNew', unitReports, [2021, 2022]);
    expect(JSON.stringify(trendTable(model, 'en'))).not.toContain('img');
    const caption: FigureCaption = {
      lang: 'zh',
      title: `${HOSTILE} · ${model.zh}`,
      definition: model.formulaZh,
      dataset: '示例',
      simulated: false,
      units: HOSTILE,
      years: '2021–2022',
      source: '',
      asOf: null,
      link: '',
    };
    expect(captionLines(caption)[1]).toContain(`单位：${HOSTILE}`);
    expect(figureFileName(caption, 'png', '@2x')).toBe(
      'img-src=x-onerror=alert(1)_本年新收申请_2021-2022@2x.png',
    );
  });
});
