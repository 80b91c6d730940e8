import { describe, expect, it } from 'vitest';
import { emptyReport, setCell } from '../../../src/domain/cells';
import type { NarrativeFigure } from '../../../src/domain/template';
import type { Report } from '../../../src/domain/report';
import { hasKpiPoints, KPI_KEYS, toKpiModel, toKpiModels } from '../../../src/charts/kpi/model';
import {
  buildKpiSparklineOption,
  formatKpiValue,
  sparklineTooltipHtml,
} from '../../../src/charts/kpi/option';
import { kpiTable } from '../../../src/charts/kpi/table';

function report(
  unit: string,
  year: number,
  cells: Record<string, number | null>,
  approx: NarrativeFigure[] = [],
): Report {
  const r = emptyReport(unit, year, '2021');
  for (const [key, value] of Object.entries(cells)) setCell(r, key, value);
  r.narrative.approx = approx;
  return r;
}

const requests = (fresh: number, carried: number, handled: number) => ({
  'requests.new.total': fresh,
  'requests.carriedOver.total': carried,
  'requests.totalHandled.total': handled,
});

const YEARS = [2021, 2022, 2023];
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('KPI model', () => {
  it('sums a count over the units of the year and compares it with the previous year', () => {
    const reports = [
      report('甲', 2021, { 'requests.new.total': 10 }),
      report('甲', 2022, { 'requests.new.total': 12 }),
      report('乙', 2022, { 'requests.new.total': 3 }),
    ];
    const m = toKpiModel('requestsNew', reports, YEARS, 2022);
    expect(m).toMatchObject({ value: 15, reason: null, prevYear: 2021, prevValue: 10 });
    expect(m.yoy).toBeCloseTo(0.5);
    expect(m.points).toEqual([
      { year: 2021, value: 10 },
      { year: 2022, value: 15 },
      { year: 2023, value: null },
    ]);
  });

  it('a year with no report in scope says so, and is not 0', () => {
    const m = toKpiModel(
      'requestsNew',
      [report('甲', 2021, { 'requests.new.total': 4 })],
      YEARS,
      2023,
    );
    expect(m).toMatchObject({ value: null, reason: 'noReport', used: 0, of: 0, yoy: null });
  });

  it('reports that leave the figure blank give "not reported" and are named', () => {
    const m = toKpiModel('lettersReceived', [report('甲', 2022, {})], YEARS, 2022);
    expect(m).toMatchObject({ value: null, reason: 'notReported', missingUnits: ['甲'] });
    expect(hasKpiPoints(m)).toBe(false);
  });

  it('0 requests gives no completion rate (zero denominator), never 0%', () => {
    const m = toKpiModel('completionRate', [report('甲', 2022, requests(0, 0, 0))], YEARS, 2022);
    expect(m).toMatchObject({ value: null, reason: 'zeroDenominator', used: 1, of: 1 });
    expect(formatKpiValue(m)).toBe('—');
  });

  it('counts coverage when only some units report the figure', () => {
    const reports = [
      report('甲', 2022, { 'narrative.lettersReceived': 274 }),
      report('乙', 2022, {}),
    ];
    const m = toKpiModel('lettersReceived', reports, YEARS, 2022);
    expect(m).toMatchObject({ value: 274, used: 1, of: 2, missingUnits: ['乙'] });
  });

  it('marks one unit’s approximate figure 2,000+ and a sum containing one ≈', () => {
    const approx = report('甲', 2022, { 'narrative.publishedItems': 2000 }, ['publishedItems']);
    const exact = report('乙', 2022, { 'narrative.publishedItems': 500 });
    const single = toKpiModel('publishedItems', [approx], YEARS, 2022);
    expect(single.approx).toBe('single');
    expect(formatKpiValue(single)).toBe('2,000+');
    const sum = toKpiModel('publishedItems', [approx, exact], YEARS, 2022);
    expect(sum.approx).toBe('sum');
    expect(formatKpiValue(sum)).toBe('≈2,500');
    expect(toKpiModel('requestsNew', [approx], YEARS, 2022).approx).toBe('none');
  });

  it('weights the letters completion rate by letters and prints it as a percentage', () => {
    const reports = [
      report('甲', 2022, {
        'narrative.lettersReceived': 274,
        'narrative.lettersCompletionRate': 100,
      }),
    ];
    const m = toKpiModel('lettersCompletionRate', reports, YEARS, 2022);
    expect(m.value).toBe(1);
    expect(formatKpiValue(m)).toBe('100%');
  });

  it('builds the nine leadership cards in order, for a single-year dataset too', () => {
    const models = toKpiModels([report('甲', 2022, requests(5, 1, 6))], [2022], 2022);
    expect(models.map((m) => m.key)).toEqual([...KPI_KEYS]);
    const completion = models.find((m) => m.key === 'completionRate')!;
    expect(completion).toMatchObject({ value: 1, prevYear: null, yoy: null });
  });

  it('writes large counts the Chinese way, in English with separators', () => {
    const m = toKpiModel(
      'requestsNew',
      [report('甲', 2022, { 'requests.new.total': 45205 })],
      YEARS,
      2022,
    );
    expect(formatKpiValue(m)).toBe('4.52万');
    expect(formatKpiValue(m, 'en')).toBe('45,205');
  });
});

describe('KPI sparkline option', () => {
  const reports = [
    report('甲', 2021, { 'requests.new.total': 10 }),
    report('甲', 2023, { 'requests.new.total': 30 }),
  ];
  const model = toKpiModel('requestsNew', reports, YEARS, 2023);

  it('draws every year of the dataset with a gap (null) for an unreported year', () => {
    const option = buildKpiSparklineOption(model);
    const series = option.series as { data: { value: number | null }[]; connectNulls: boolean }[];
    expect(series[0]!.data.map((d) => d.value)).toEqual([10, null, 30]);
    expect(series[0]!.connectNulls).toBe(false);
    expect(option.xAxis).toMatchObject({ show: false, data: ['2021', '2022', '2023'] });
    expect(option.yAxis).toMatchObject({ show: false });
  });

  it('marks the chosen year with a larger point', () => {
    const series = buildKpiSparklineOption(model).series as { data: { symbolSize: number }[] }[];
    const sizes = series[0]!.data.map((d) => d.symbolSize);
    expect(sizes[2]).toBeGreaterThan(sizes[0]!);
    expect(sizes[0]).toBe(sizes[1]);
  });

  it('describes the trend for screen readers, with missing years as —', () => {
    const option = buildKpiSparklineOption(model);
    expect(option.aria).toEqual({
      enabled: true,
      label: { description: '2021: 10，2022: —，2023: 30' },
    });
  });

  it('escapes tooltip text and says a year has no data', () => {
    expect(sparklineTooltipHtml(model, 2022, null)).toContain('—（无数据）');
    expect(sparklineTooltipHtml(model, 2022, null, 'en')).toContain('— (no data)');
    const rate = toKpiModel('completionRate', [report('甲', 2023, requests(9, 1, 8))], YEARS, 2023);
    expect(sparklineTooltipHtml(rate, 2023, 0.8)).toContain('80%');
    expect(sparklineTooltipHtml(rate, 2023, 0.8)).not.toMatch(/style=/);
  });
});

describe('KPI table (the data behind the KPI row)', () => {
  const reports = [
    report('甲', 2021, { ...requests(10, 0, 5) }),
    report('甲', 2022, { ...requests(12, 0, 9), 'narrative.publishedItems': 2000 }, [
      'publishedItems',
    ]),
    report(HOSTILE, 2022, { ...requests(0, 0, 0), 'narrative.lettersReceived': 123456 }),
  ];
  const models = toKpiModels(reports, YEARS, 2022);
  const row = (table: ReturnType<typeof kpiTable>, name: string) =>
    table.rows.find((r) => r[0] === name)!;

  it('has one row per card: value, unit, change, coverage and the note', () => {
    const table = kpiTable(models, 'zh');
    expect(table.columns).toEqual([
      '指标',
      '数值',
      '单位',
      '同比（%）',
      '同比（百分点）',
      '计入报告数',
      '当年报告数',
      '说明',
    ]);
    expect(table.rows).toHaveLength(KPI_KEYS.length);
    expect(row(table, '本年新收申请')).toEqual(['本年新收申请', 12, '件', 20, null, 2, 2, '']);
    // 9 of 12 handled, 5 of 10 the year before: 75.0% and +25 points, both as the card prints.
    expect(row(table, '依申请办结率')).toEqual(['依申请办结率', 75, '%', 50, 25, 2, 2, '']);
    // One unit's 2000余: the number as stated, the approximation said in words.
    expect(row(table, '主动公开信息数')?.slice(1, 4)).toEqual([2000, '条', null]);
    expect(row(table, '主动公开信息数')?.[7]).toContain('约数');
    // Counts in full: the card's 12.35万 is only a shorter way of printing 123,456.
    expect(row(table, '群众来信量')?.[1]).toBe(123456);
    expect(formatKpiValue(models.find((m) => m.key === 'lettersReceived')!)).toBe('12.35万');
  });

  it('a card without a number is null with the reason, never 0', () => {
    const table = kpiTable(models, 'zh');
    const none = row(table, '现行有效规范性文件');
    expect(none[1]).toBeNull();
    expect(none[7]).toBe('报告均未填报此项');
    const english = kpiTable(toKpiModels(reports, YEARS, 2023), 'en');
    expect(english.columns[1]).toBe('Value');
    expect(row(english, 'Completion rate').slice(1)).toEqual([
      null,
      '%',
      null,
      null,
      0,
      0,
      'No report in scope for 2023',
    ]);
  });

  it('every value equals the card model behind it (rates as the card prints them)', () => {
    const table = kpiTable(models, 'en');
    models.forEach((m, i) => {
      const shown = formatKpiValue(m, 'en');
      const cell = table.rows[i]![1];
      if (m.value === null) expect([cell, shown]).toEqual([null, '—']);
      else if (m.kind === 'rate') expect(`${cell}%`).toBe(shown);
      else expect(cell).toBe(m.value);
    });
  });
});
