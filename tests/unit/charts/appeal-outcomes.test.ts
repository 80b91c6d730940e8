import { describe, expect, it } from 'vitest';
import {
  hasAppealValues,
  sideCounts,
  toAppealOutcomesModel,
} from '../../../src/charts/appeal-outcomes/model';
import {
  appealYearTooltipHtml,
  buildAppealOutcomesOption,
} from '../../../src/charts/appeal-outcomes/option';
import {
  hasRates,
  ratesByUnit,
  ratesByYear,
} from '../../../src/charts/appeal-outcomes/rates-model';
import { buildRatesOption, ratioText } from '../../../src/charts/appeal-outcomes/rates-option';
import { ratesTable } from '../../../src/charts/appeal-outcomes/rates-table';
import { appealOutcomesTable } from '../../../src/charts/appeal-outcomes/table';
import { OUTCOME_COLORS } from '../../../src/charts/theme';
import { emptyReport, setCell } from '../../../src/domain/cells';
import type { Report } from '../../../src/domain/report';
import { HONGZE_2023, PINGTAN_2021_2025 } from '../../fixtures/reports';

function report(unit: string, year: number, cells: Record<string, number | null>): Report {
  const r = emptyReport(unit, year, '2021');
  for (const [key, value] of Object.entries(cells)) setCell(r, key, value);
  return r;
}
type Bar = { name: string; stack: string; data: (number | null)[]; itemStyle: { color: string } };

describe('appeal outcomes model', () => {
  it('stacks the component cells, not the printed total (洪泽区 2023 prints totals of 0)', () => {
    const c = sideCounts([HONGZE_2023], 'review');
    expect(c.outcomes).toEqual({ maintained: 10, corrected: 1, other: 0, pending: 0 });
    expect([c.componentTotal, c.printedTotal]).toEqual([11, 0]);
    const lit = sideCounts([HONGZE_2023], 'litigation');
    expect([lit.outcomes.maintained, lit.componentTotal, lit.printedTotal]).toEqual([5, 5, 0]);
  });

  it('sums litigation as direct + after review, and keeps an unreported component null', () => {
    const r = report('甲', 2022, {
      'litigationDirect.maintained': 2,
      'litigationAfterReview.maintained': 3,
      'litigationDirect.corrected': 1,
    });
    const c = sideCounts([r], 'litigation');
    expect(c.outcomes).toEqual({ maintained: 5, corrected: 1, other: null, pending: null });
    expect([c.used, c.of]).toEqual([0, 1]);
  });

  it('a year without reports has null components, and an empty input has no values', () => {
    const model = toAppealOutcomesModel([HONGZE_2023], [2022, 2023]);
    expect(model.years[0]!.review.componentTotal).toBeNull();
    expect(hasAppealValues(model)).toBe(true);
    expect(hasAppealValues(toAppealOutcomesModel([], [2023]))).toBe(false);
  });
});

describe('appeal outcomes option', () => {
  it('draws review and litigation as two stacks per year, coloured by outcome', () => {
    const option = buildAppealOutcomesOption(
      toAppealOutcomesModel([HONGZE_2023], [2022, 2023]),
      'zh',
    );
    const bars = option.series as Bar[];
    expect(bars.map((b) => b.stack)).toEqual([
      'review',
      'review',
      'review',
      'review',
      'litigation',
      'litigation',
      'litigation',
      'litigation',
    ]);
    expect(bars.map((b) => b.name).slice(0, 2)).toEqual(['复议·结果维持', '复议·结果纠正']);
    expect(bars[4]!.name).toBe('诉讼·结果维持');
    expect(bars[0]!.data).toEqual([null, 10]);
    expect(bars[1]!.itemStyle.color).toBe(OUTCOME_COLORS.corrected);
    expect(option.xAxis).toMatchObject({ data: ['2022', '2023'] });
  });

  it('the tooltip flags a printed total that disagrees, and escapes', () => {
    const html = appealYearTooltipHtml(toAppealOutcomesModel([HONGZE_2023], [2023]), 0, 'zh');
    expect(html).toContain('报告所列总计 0');
    expect(html).toContain('合计（按分项） 11');
  });
});

describe('correction rates', () => {
  it('divides corrected by concluded (total − pending) summed over units; — without a concluded case', () => {
    const a = report('甲', 2022, { 'review.corrected': 1, 'review.total': 4, 'review.pending': 2 });
    const b = report('乙', 2022, { 'review.corrected': 1, 'review.total': 3, 'review.pending': 1 });
    const [row] = ratesByYear([a, b], [2022]);
    expect([row!.review.numerator, row!.review.denominator, row!.review.value]).toEqual([
      2, 4, 0.5,
    ]);
    expect(ratioText(row!.review, 'zh')).toBe('50% = 2 ÷ 4');
    const none = report('丙', 2022, {
      'review.corrected': 0,
      'review.total': 2,
      'review.pending': 2,
    });
    expect(ratioText(ratesByUnit([none], 2022)[0]!.review, 'zh')).toBe('—（无已审结案件）');
  });

  it('the line keeps a year without a concluded case as a gap, on a 0–100% axis', () => {
    const rows = ratesByYear(PINGTAN_2021_2025, [2021, 2022, 2023]);
    const option = buildRatesOption(rows, 'zh');
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => s.name)).toEqual(['行政复议纠错率', '行政诉讼纠错率']);
    expect(series[0]!.data.length).toBe(3);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
    expect(hasRates(ratesByYear([], [2021]))).toBe(false);
  });
});

describe('appeal tables (the data behind the stacks and the rate lines)', () => {
  it('one row per year, one column per stacked series, each cell the value drawn; gaps null', () => {
    const model = toAppealOutcomesModel([HONGZE_2023], [2022, 2023]);
    const table = appealOutcomesTable(model, 'zh');
    const option = buildAppealOutcomesOption(model, 'zh');
    const series = option.series as Bar[];
    expect(table.columns).toEqual(['年度', ...series.map((s) => `${s.name}（件）`)]);
    expect(table.rows.map((r) => r[0])).toEqual(['2022', '2023']);
    series.forEach((s, i) => expect(table.rows.map((r) => r[i + 1])).toEqual(s.data));
    expect(table.rows[0]!.slice(1)).toEqual(Array(8).fill(null));
    const en = appealOutcomesTable(model, 'en');
    expect(en.columns[1]).toBe(
      `${(buildAppealOutcomesOption(model, 'en').series as Bar[])[0]!.name} (cases)`,
    );
  });

  it('rates in percent as drawn, beside numerator and denominator; no concluded case → null rate', () => {
    const a = report('甲', 2022, { 'review.corrected': 1, 'review.total': 4, 'review.pending': 1 });
    const none = report('丙', 2023, {
      'review.corrected': 0,
      'review.total': 2,
      'review.pending': 2,
    });
    const rows = ratesByYear([a, none], [2022, 2023, 2024]);
    const table = ratesTable(rows, 'zh');
    expect(table.columns).toEqual([
      '年度',
      '行政复议纠错率（%）',
      '复议纠正（件）',
      '复议已审结（件）',
      '行政诉讼纠错率（%）',
      '诉讼纠正（件）',
      '诉讼已审结（件）',
    ]);
    expect(table.rows[0]!.slice(0, 4)).toEqual(['2022', 33.3, 1, 3]);
    expect(table.rows[1]!.slice(0, 4)).toEqual(['2023', null, 0, 0]);
    expect(table.rows[2]).toEqual(['2024', null, null, null, null, null, null]);
    const series = buildRatesOption(rows, 'zh').series as { data: (number | null)[] }[];
    expect(table.rows.map((r) => r[1])).toEqual(series[0]!.data);
    expect(table.rows.map((r) => r[4])).toEqual(series[1]!.data);
    expect(ratesTable(rows, 'en').columns.slice(1, 3)).toEqual([
      'Review correction rate (%)',
      'Reviews corrected (cases)',
    ]);
  });
});
