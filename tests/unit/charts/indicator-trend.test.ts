import { describe, expect, it } from 'vitest';
import {
  hasIndicatorValues,
  seriesInputs,
  sharedMax,
  templateMark,
  toIndicatorTrendModel,
} from '../../../src/charts/indicator-trend/model';
import {
  buildIndicatorTrendOption,
  indicatorTooltipHtml,
  TEMPLATE_MARK_LABEL,
} from '../../../src/charts/indicator-trend/option';
import { indicatorTrendTable } from '../../../src/charts/indicator-trend/table';
import { emptyReport, setCell } from '../../../src/domain/cells';
import type { Report } from '../../../src/domain/report';
import { PINGTAN_2020, PINGTAN_2021_2025 } from '../../fixtures/reports';

function report(
  unit: string,
  year: number,
  cells: Record<string, number | null>,
  format: '2019' | '2021' = '2021',
): Report {
  const r = emptyReport(unit, year, format);
  for (const [key, value] of Object.entries(cells)) setCell(r, key, value);
  return r;
}

const HOSTILE = '<img src=x onerror=alert(1)>';
const PINGTAN = [PINGTAN_2020, ...PINGTAN_2021_2025];
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
type Series = { name: string; data: (number | null)[]; markArea?: { data: unknown } };
const seriesOf = (o: ReturnType<typeof buildIndicatorTrendOption>) => o.series as Series[];

describe('indicator trend model', () => {
  it('with no unit picked, sums the whole scope into one series; a year nobody reported is null', () => {
    const reports = [
      report('甲', 2021, { 'requests.new.total': 10 }),
      report('乙', 2021, { 'requests.new.total': 5 }),
      report('甲', 2023, { 'requests.new.total': 30 }),
    ];
    const inputs = seriesInputs(reports, reports, [], '全部单位合计');
    const model = toIndicatorTrendModel('requestsNew', inputs, [2021, 2022, 2023]);
    expect(model.series.map((s) => s.name)).toEqual(['全部单位合计']);
    expect(model.series[0]!.points.map((p) => [p.value, p.used, p.of])).toEqual([
      [15, 2, 2],
      [null, 0, 0],
      [30, 1, 1],
    ]);
  });

  it('with units picked, draws one series per unit, each from its own reports', () => {
    const reports = [
      report('甲', 2021, { 'requests.new.total': 10 }),
      report('乙', 2021, { 'requests.new.total': 5 }),
    ];
    const model = toIndicatorTrendModel(
      'requestsNew',
      seriesInputs([], reports, ['乙', '甲'], ''),
      [2021],
    );
    expect(model.series.map((s) => [s.name, s.points[0]!.value])).toEqual([
      ['乙', 5],
      ['甲', 10],
    ]);
  });

  it('marks the template change of 平潭 between 2020 (2019 format) and 2021 on request figures only', () => {
    const inputs = seriesInputs(PINGTAN, PINGTAN, [], '平潭综合实验区');
    expect(toIndicatorTrendModel('requestsNew', inputs, YEARS).series[0]!.mark).toEqual({
      lastOld: 2020,
      firstNew: 2021,
    });
    expect(
      toIndicatorTrendModel('normativeDocumentsValid', inputs, YEARS).series[0]!.mark,
    ).not.toBeNull();
    // Table 4 and the narrative are the same in both templates: no mark.
    expect(toIndicatorTrendModel('reviewCorrectionRate', inputs, YEARS).series[0]!.mark).toBeNull();
    expect(toIndicatorTrendModel('publishedItems', inputs, YEARS).series[0]!.mark).toBeNull();
  });

  it('puts no mark when the range shows only one template', () => {
    expect(templateMark(PINGTAN, [2021, 2022])).toBeNull();
    expect(templateMark([PINGTAN_2020], [2020])).toBeNull();
  });

  it('shows 现行有效规范性文件 as a gap in the 2019-format year, not 0', () => {
    const inputs = seriesInputs(PINGTAN, PINGTAN, [], 'x');
    const model = toIndicatorTrendModel('normativeDocumentsValid', inputs, [2020, 2021]);
    expect(model.series[0]!.points.map((p) => p.value)).toEqual([null, 665]);
  });

  it('gives small multiples one y maximum, rounded up, and 100 for rates', () => {
    const reports = [
      report('甲', 2021, { 'requests.new.total': 1234 }),
      report('乙', 2021, { 'requests.new.total': 5 }),
    ];
    const model = toIndicatorTrendModel(
      'requestsNew',
      seriesInputs([], reports, ['甲', '乙'], ''),
      [2021],
    );
    expect(sharedMax(model)).toBe(2000);
    expect(
      sharedMax(
        toIndicatorTrendModel('completionRate', seriesInputs([], reports, ['甲'], ''), [2021]),
      ),
    ).toBe(100);
  });

  it('has no values (empty chart) when nothing is reported, and with no years', () => {
    const r = [report('甲', 2021, {})];
    expect(
      hasIndicatorValues(
        toIndicatorTrendModel('lettersReceived', seriesInputs(r, r, [], 'x'), [2021]),
      ),
    ).toBe(false);
    expect(
      hasIndicatorValues(toIndicatorTrendModel('requestsNew', seriesInputs([], [], [], 'x'), [])),
    ).toBe(false);
  });
});

describe('indicator trend option', () => {
  it('draws one line per unit with years on the axis and nulls kept as gaps', () => {
    const reports = [
      report('甲', 2021, { 'requests.new.total': 10 }),
      report('乙', 2022, { 'requests.new.total': 5 }),
    ];
    const model = toIndicatorTrendModel(
      'requestsNew',
      seriesInputs([], reports, ['甲', '乙'], ''),
      [2021, 2022],
    );
    const option = buildIndicatorTrendOption(model, 'zh');
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2021', '2022'] });
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['甲', [10, null]],
      ['乙', [null, 5]],
    ]);
    expect(option.legend).toMatchObject({ show: true });
  });

  it('a single year gives a one-point series; a shared y maximum is applied', () => {
    const r = [report('甲', 2022, { 'requests.new.total': 7 })];
    const option = buildIndicatorTrendOption(
      toIndicatorTrendModel('requestsNew', seriesInputs(r, r, [], '合计'), [2022]),
      'zh',
      500,
    );
    expect(seriesOf(option)[0]!.data).toEqual([7]);
    expect(option.yAxis).toMatchObject({ max: 500 });
    expect(option.legend).toMatchObject({ show: false });
  });

  it('shades the template change once with its label, in the chosen language', () => {
    const inputs = seriesInputs(PINGTAN, PINGTAN, [], '平潭');
    const model = toIndicatorTrendModel('requestsNew', inputs, YEARS);
    const zh = seriesOf(buildIndicatorTrendOption(model, 'zh'))[0]!.markArea!.data;
    expect(zh).toEqual([[{ name: TEMPLATE_MARK_LABEL.zh, xAxis: '2020' }, { xAxis: '2021' }]]);
    const en = seriesOf(buildIndicatorTrendOption(model, 'en'))[0]!.markArea!.data as {
      name: string;
    }[][];
    expect(en[0]![0]!.name).toBe('Template change 2019→2021');
  });

  it('rates are in percent on a 0–100% axis', () => {
    const r = [
      report('甲', 2022, {
        'requests.totalHandled.total': 9,
        'requests.new.total': 10,
        'requests.carriedOver.total': 0,
      }),
    ];
    const option = buildIndicatorTrendOption(
      toIndicatorTrendModel('completionRate', seriesInputs(r, r, [], 'x'), [2022]),
      'zh',
    );
    expect(seriesOf(option)[0]!.data).toEqual([90]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('the tooltip gives value, coverage and yoy, and escapes a hostile unit name', () => {
    const reports = [
      report(HOSTILE, 2021, { 'requests.new.total': 10 }),
      report(HOSTILE, 2022, { 'requests.new.total': 15 }),
    ];
    const model = toIndicatorTrendModel(
      'requestsNew',
      seriesInputs([], reports, [HOSTILE], ''),
      [2021, 2022],
    );
    const html = indicatorTooltipHtml(model, 1, 'zh');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('15');
    expect(html).toContain('报告单位 1/1');
    expect(html).toContain('同比 +50%');
    expect(indicatorTooltipHtml(model, null, 'zh')).toBe('');
  });
});

describe('indicator trend table (the data behind the lines)', () => {
  it('has a row per year and a column per line, values as drawn, a gap as null', () => {
    const reports = [
      report('甲', 2021, { 'requests.new.total': 10 }),
      report(HOSTILE, 2021, { 'requests.new.total': 5 }),
      report(HOSTILE, 2022, { 'requests.new.total': 6 }),
    ];
    const model = toIndicatorTrendModel(
      'requestsNew',
      seriesInputs([], reports, ['甲', HOSTILE], ''),
      [2021, 2022],
    );
    const table = indicatorTrendTable(model, 'zh');
    expect(table.columns).toEqual(['年度', '甲 · 本年新收申请', `${HOSTILE} · 本年新收申请`]);
    expect(table.rows).toEqual([
      ['2021', 10, 5],
      ['2022', null, 6],
    ]);
    const series = seriesOf(buildIndicatorTrendOption(model, 'zh'));
    series.forEach((s, i) => expect(table.rows.map((r) => r[i + 1])).toEqual(s.data));
  });

  it('gives rates in percent to one decimal, the unit in the header, in both languages', () => {
    const r = (year: number, handled: number, fresh: number) =>
      report('甲', year, {
        'requests.new.total': fresh,
        'requests.carriedOver.total': 0,
        'requests.totalHandled.total': handled,
      });
    const inputs = seriesInputs([r(2021, 2, 3), r(2022, 5, 8)], [], [], '全部单位合计');
    const model = toIndicatorTrendModel('completionRate', inputs, [2021, 2022, 2023]);
    const table = indicatorTrendTable(model, 'en');
    expect(table.columns).toEqual(['Year', '全部单位合计 · Completion rate (%)']);
    expect(table.rows).toEqual([
      ['2021', 66.7],
      ['2022', 62.5],
      ['2023', null],
    ]);
    const drawn = seriesOf(buildIndicatorTrendOption(model, 'en'))[0]!.data;
    expect(drawn).toEqual([66.67, 62.5, null]);
    expect(table.rows.map((row) => row[1])).toEqual(
      drawn.map((v) => (v === null ? null : Math.round(v * 10) / 10)),
    );
  });
});
