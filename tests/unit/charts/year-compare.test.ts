import { describe, expect, it } from 'vitest';
import { toYearCompareModel } from '../../../src/charts/year-compare/model';
import { makeReport } from '../../fixtures/reports';

describe('year-versus-year model', () => {
  const reports = [
    makeReport({ unit: '甲', year: 2022, cells: { 'requests.new.total': 10 } }),
    makeReport({ unit: '乙', year: 2022, cells: { 'requests.new.total': 0 } }),
    makeReport({ unit: '甲', year: 2023, cells: { 'requests.new.total': 15 } }),
    makeReport({
      unit: '乙',
      year: 2023,
      cells: { 'requests.new.total': 5, 'review.total': null },
    }),
  ];
  const m = toYearCompareModel(reports, 2022, 2023);
  const row = (id: string) => m.rows.find((r) => r.id === id)!;

  it('covers every indicator and the main table-3 totals', () => {
    expect(m.rows.filter((r) => r.group === 'indicator')).toHaveLength(12);
    expect(m.rows.filter((r) => r.group === 'table3').map((r) => r.id)).toEqual([
      'requests.new.total',
      'requests.carriedOver.total',
      'group.granted',
      'group.partial',
      'group.denied',
      'group.unable',
      'group.notProcessed',
      'group.otherHandling',
      'requests.totalHandled.total',
      'requests.carriedForward.total',
    ]);
  });

  it('sums counts over units, with absolute and relative change', () => {
    expect(row('requestsNew')).toMatchObject({
      a: { value: 10, used: 2, of: 2 },
      b: { value: 20 },
      change: 10,
      relative: 1,
    });
  });

  it('changes rates in percentage points, computed from summed counts', () => {
    // 2022: 16 handled of 18 and 16 of 48 → 32/66, not the mean of the two rates.
    const rates = toYearCompareModel(
      [
        makeReport({ unit: '甲', year: 2022 }),
        makeReport({ unit: '乙', year: 2022, cells: { 'requests.new.total': 46 } }),
        makeReport({ unit: '甲', year: 2023 }),
      ],
      2022,
      2023,
    );
    const r = rates.rows.find((x) => x.id === 'completionRate')!;
    expect(r.kind).toBe('rate');
    expect(r.a.value).toBeCloseTo((100 * 32) / 66);
    expect(r.change).toBeCloseTo((100 * 16) / 18 - (100 * 32) / 66);
  });

  it('reports used/of coverage when a unit left a figure blank', () => {
    expect(row('disputes').b).toMatchObject({ used: 1, of: 2 });
  });

  it('gives relative change null when the base is 0 or missing', () => {
    const zero = toYearCompareModel(
      [makeReport({ year: 2022, cells: { 'requests.new.total': 0 } }), makeReport({ year: 2023 })],
      2022,
      2023,
    );
    expect(zero.rows.find((r) => r.id === 'requestsNew')).toMatchObject({
      change: 16,
      relative: null,
    });
    const none = toYearCompareModel([makeReport({ year: 2023 })], 2019, 2023);
    expect(none.rows.find((r) => r.id === 'requestsNew')).toMatchObject({
      a: { value: null, of: 0 },
      change: null,
      relative: null,
    });
  });
});
