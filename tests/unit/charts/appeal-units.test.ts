import { describe, expect, it } from 'vitest';
import { toAppealUnitsModel } from '../../../src/charts/appeal-units/model';
import {
  buildAppealUnitsOption,
  CHART_MAX,
  TOP_N,
  unitTooltipHtml,
} from '../../../src/charts/appeal-units/option';
import { appealUnitsTable } from '../../../src/charts/appeal-units/table';
import { emptyReport, setCell } from '../../../src/domain/cells';
import type { Report } from '../../../src/domain/report';

function report(unit: string, year: number, cells: Record<string, number | null>): Report {
  const r = emptyReport(unit, year, '2021');
  for (const [key, value] of Object.entries(cells)) setCell(r, key, value);
  return r;
}
const review = (unit: string, m: number, c = 0) =>
  report(unit, 2023, {
    'review.maintained': m,
    'review.corrected': c,
    'review.other': 0,
    'review.pending': 0,
  });
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('appeal units', () => {
  it('sorts units by the sum of components, largest first, and lists units without data apart', () => {
    const model = toAppealUnitsModel(
      [
        review('甲', 1),
        review('乙', 5, 2),
        report('丙', 2023, {}),
        report('丁', 2022, { 'review.maintained': 9 }),
      ],
      2023,
      'review',
    );
    expect(model.units.map((u) => [u.name, u.counts.componentTotal])).toEqual([
      ['乙', 7],
      ['甲', 1],
    ]);
    expect(model.missing).toEqual(['丙']);
    const option = buildAppealUnitsOption(model, 'zh');
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['乙', '甲'] });
    expect((option.series as { data: unknown[] }[])[1]!.data).toEqual([2, 0]);
    expect(option.dataZoom).toBeUndefined();
  });

  it('pages with a dataZoom beyond the top-N units', () => {
    const many = Array.from({ length: TOP_N + 5 }, (_, i) => review(`单位${i}`, i + 1));
    const option = buildAppealUnitsOption(toAppealUnitsModel(many, 2023, 'review'), 'zh');
    expect(option.dataZoom).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'slider', startValue: 0, endValue: TOP_N - 1 }),
      ]),
    );
  });

  it('charts the CHART_MAX units with the largest sums at province scale; the table keeps them all', () => {
    const many = Array.from({ length: CHART_MAX + 30 }, (_, i) => review(`单位${i}`, i));
    const model = toAppealUnitsModel(many, 2023, 'review');
    const option = buildAppealUnitsOption(model, 'zh');
    const names = (option.yAxis as { data: string[] }).data;
    expect(names).toHaveLength(CHART_MAX);
    expect(names[0]).toBe(`单位${CHART_MAX + 29}`); // the largest sum first
    expect(names).not.toContain('单位0'); // the smallest left to the table
    for (const s of option.series as { data: unknown[] }[]) expect(s.data).toHaveLength(CHART_MAX);
    expect(unitTooltipHtml(model, [{ dataIndex: 0 }], 'zh')).toContain(`单位${CHART_MAX + 29}`);
    expect(appealUnitsTable(model, 'zh').rows).toHaveLength(CHART_MAX + 30);
  });

  it('empty year gives no units; the tooltip escapes a hostile unit name', () => {
    expect(toAppealUnitsModel([review('甲', 1)], 2022, 'review').units).toEqual([]);
    const model = toAppealUnitsModel([review(HOSTILE, 3)], 2023, 'review');
    const html = unitTooltipHtml(model, [{ dataIndex: 0 }], 'zh');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});

describe('appeal units table (the data behind the bars)', () => {
  it('one row per unit as drawn (largest first), the four components; a blank one null', () => {
    const model = toAppealUnitsModel(
      [
        review('甲', 1),
        review(HOSTILE, 5, 2),
        report('乙', 2023, { 'review.maintained': 2, 'review.corrected': null }),
      ],
      2023,
      'review',
    );
    const table = appealUnitsTable(model, 'zh');
    expect(table.columns).toEqual([
      '单位',
      '结果维持（件）',
      '结果纠正（件）',
      '其他结果（件）',
      '尚未审结（件）',
    ]);
    expect(table.rows).toEqual([
      [HOSTILE, 5, 2, 0, 0],
      ['乙', 2, null, null, null],
      ['甲', 1, 0, 0, 0],
    ]);
    const option = buildAppealUnitsOption(model, 'zh');
    // The unit name is kept as the text it is: not escaped, not dropped (the table renders text).
    expect((option.yAxis as { data: string[] }).data).toEqual(table.rows.map((r) => r[0]));
    const series = option.series as { data: (number | null)[] }[];
    series.forEach((s, i) => expect(table.rows.map((r) => r[i + 1])).toEqual(s.data));
    expect(appealUnitsTable(model, 'en').columns[0]).toBe('Unit');
  });

  it('holds every unit, also those beyond the slider’s first page', () => {
    const many = Array.from({ length: TOP_N + 5 }, (_, i) => review(`单位${i}`, i + 1));
    expect(appealUnitsTable(toAppealUnitsModel(many, 2023, 'review'), 'zh').rows).toHaveLength(
      TOP_N + 5,
    );
  });
});
