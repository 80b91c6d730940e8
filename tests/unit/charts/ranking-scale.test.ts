// Rankings of a province: thousands of units, found by name with their rank, opened on the top N.
import { describe, expect, it } from 'vitest';
import { labelRoom } from '../../../src/charts/ranking/bars';
import {
  ALL_UP_TO,
  defaultWindow,
  rankingWindow,
  toRankingModel,
} from '../../../src/charts/ranking/model';
import { makeReport } from '../../fixtures/reports';

const UNITS = 5000;
const reports = Array.from({ length: UNITS }, (_, i) =>
  makeReport({
    unit: `测试单位${String(i + 1).padStart(5, '0')}`,
    year: 2023,
    // Unit i has i + 1 new requests; every 1,000th has none reported.
    cells: { 'requests.new.total': i % 1000 === 999 ? null : i + 1 },
  }),
);
const model = toRankingModel('requestsNew', reports, 2023, new Set());

describe('ranking at province scale', () => {
  it('ranks every unit with a value and lists the others apart', () => {
    expect(model.ranked).toHaveLength(UNITS - 5);
    expect(model.unranked).toHaveLength(5);
    expect(model.ranked[0]).toMatchObject({ unit: '测试单位04999', rank: 1 });
  });

  it('opens on the top N for a province and on every unit for a city', () => {
    expect(defaultWindow(model.ranked.length)).toBe('top');
    expect(defaultWindow(ALL_UP_TO)).toBe('all');
    expect(defaultWindow(21)).toBe('all');
  });

  it('draws the top and bottom N only', () => {
    const top = rankingWindow(model.ranked, 'top', 10, '');
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const bottom = rankingWindow(model.ranked, 'bottom', 10, '');
    expect(bottom).toHaveLength(10);
    expect(bottom.at(-1)).toMatchObject({ unit: '测试单位00001', rank: UNITS - 5 });
  });

  it('finds one unit among thousands with its rank among all, whatever the window', () => {
    const found = rankingWindow(model.ranked, 'top', 10, ' 测试单位01234 ');
    expect(found).toHaveLength(1);
    // Its rank is one more than the number of units that reported more than its 1,234.
    const above = reports.filter((r) => {
      const v = r.requests.new.total;
      return v !== null && v > 1234;
    }).length;
    expect(found[0]).toMatchObject({ unit: '测试单位01234', value: 1234, rank: above + 1 });
  });

  it('matches names in any case', () => {
    const latin = toRankingModel(
      'requestsNew',
      [makeReport({ unit: 'Pingtan Zone', year: 2023, cells: { 'requests.new.total': 3 } })],
      2023,
      new Set(),
    );
    expect(rankingWindow(latin.ranked, 'all', 10, 'pingtan')).toHaveLength(1);
  });
});

describe('ranking labels', () => {
  it('leaves room right of the bars for the longest value label, a tie said in words', () => {
    const tied = toRankingModel(
      'requestsNew',
      ['甲', '乙'].map((unit) =>
        makeReport({ unit, year: 2023, cells: { 'requests.new.total': 1111 } }),
      ),
      2023,
      new Set(),
    );
    const single = toRankingModel('requestsNew', reports.slice(0, 1), 2023, new Set());
    // "1,111（并列第1）": five digits and marks, six full-width characters.
    expect(labelRoom(tied, tied.ranked, 'zh')).toBeGreaterThan(100);
    expect(labelRoom(single, single.ranked, 'zh')).toBeLessThan(labelRoom(tied, tied.ranked, 'zh'));
  });
});
