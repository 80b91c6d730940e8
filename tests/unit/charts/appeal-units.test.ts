import { describe, expect, it } from 'vitest';
import { toAppealUnitsModel } from '../../../src/charts/appeal-units/model';
import {
  buildAppealUnitsOption,
  TOP_N,
  unitTooltipHtml,
} from '../../../src/charts/appeal-units/option';
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

  it('empty year gives no units; the tooltip escapes a hostile unit name', () => {
    expect(toAppealUnitsModel([review('甲', 1)], 2022, 'review').units).toEqual([]);
    const model = toAppealUnitsModel([review(HOSTILE, 3)], 2023, 'review');
    const html = unitTooltipHtml(model, [{ dataIndex: 0 }], 'zh');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});
