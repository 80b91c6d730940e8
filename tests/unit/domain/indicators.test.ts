import { describe, expect, it } from 'vitest';
import {
  INDICATORS,
  applicantShares,
  computeIndicator,
  contributes,
  everySeries,
  indicatorSeries,
  rememberSeries,
  outcomeShares,
  yoy,
  type IndicatorKey,
} from '../../../src/domain/indicators';
import { generateDemoReports } from '../../../scripts/demo/generate';
import { makeReport, setRow } from '../../fixtures/reports';

const requests = (unit: string, newTotal: number | null, handled: number | null, year = 2023) =>
  makeReport({
    unit,
    year,
    cells: {
      'requests.new.total': newTotal,
      'requests.carriedOver.total': 0,
      'requests.totalHandled.total': handled,
    },
  });

describe('combining units: sum the counts, then divide', () => {
  it('weights each unit by its size instead of averaging rates', () => {
    const v = computeIndicator('completionRate', [
      requests('小单位', 1, 1),
      requests('大单位', 100, 50),
    ]);
    expect(v).toEqual({ value: 51 / 101, numerator: 51, denominator: 101, used: 2, of: 2 });
    expect(v.value).not.toBeCloseTo(0.75);
  });

  it('takes numerator and denominator from the same reports only', () => {
    const v = computeIndicator('completionRate', [
      requests('甲', 10, 10),
      requests('乙', null, 40),
    ]);
    expect(v).toEqual({ value: 1, numerator: 10, denominator: 10, used: 1, of: 2 });
  });

  it('gives null, never 0%, for a zero or missing denominator', () => {
    expect(computeIndicator('completionRate', [requests('甲', 0, 0)])).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      used: 1,
      of: 1,
    });
    expect(computeIndicator('disclosureRate', [requests('甲', 5, null)]).value).toBeNull();
    expect(computeIndicator('completionRate', [])).toEqual({
      value: null,
      numerator: null,
      denominator: null,
      used: 0,
      of: 0,
    });
  });

  it('sums counts over the reports that have them; all blank is null', () => {
    expect(
      computeIndicator('requestsNew', [requests('甲', 16, 16), requests('乙', null, 3)]),
    ).toMatchObject({
      value: 16,
      used: 1,
      of: 2,
    });
    expect(computeIndicator('requestsNew', [requests('甲', null, 3)]).value).toBeNull();
  });
});

describe('each indicator on the base report', () => {
  const base = [makeReport()];
  it.each<[IndicatorKey, number]>([
    ['requestsNew', 16],
    ['requestsToHandle', 18],
    ['completionRate', 16 / 18],
    ['disclosureRate', 9 / 16],
    ['reviewCorrectionRate', 1 / 4],
    ['litigationCorrectionRate', 1 / 3],
    ['disputes', 8],
    ['disputeRate', 50],
    ['publishedItems', 500],
    ['lettersReceived', 80],
    ['lettersCompletionRate', 0.975],
    ['normativeDocumentsValid', 50],
  ])('%s = %s', (key, expected) => {
    expect(computeIndicator(key, base).value).toBeCloseTo(expected, 12);
  });

  it('describes every indicator in Chinese and English with its formula', () => {
    for (const [key, def] of Object.entries(INDICATORS)) {
      expect(def.key).toBe(key);
      expect([def.zh, def.en, def.formulaZh, def.formulaEn].every((s) => s.length > 0)).toBe(true);
    }
    expect(INDICATORS.disputeRate.kind).toBe('per100');
    expect(INDICATORS.completionRate.kind).toBe('rate');
  });
});

describe('correction rates count concluded cases only', () => {
  it('leaves pending cases out of the denominator', () => {
    const allPending = makeReport({
      cells: {
        'review.maintained': 0,
        'review.corrected': 0,
        'review.pending': 3,
        'review.total': 3,
      },
    });
    expect(computeIndicator('reviewCorrectionRate', [allPending])).toMatchObject({
      value: null,
      denominator: 0,
    });
    expect(computeIndicator('reviewCorrectionRate', [allPending, makeReport()])).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
    });
  });
});

describe('lettersCompletionRate', () => {
  it('weights each unit’s rate by its letters and turns percent into a fraction', () => {
    const big = makeReport({
      unit: '甲',
      cells: { 'narrative.lettersReceived': 80, 'narrative.lettersCompletionRate': 97.5 },
    });
    const small = makeReport({
      unit: '乙',
      cells: { 'narrative.lettersReceived': 20, 'narrative.lettersCompletionRate': 50 },
    });
    const v = computeIndicator('lettersCompletionRate', [big, small]);
    expect(v.value).toBeCloseTo(0.88, 12);
    expect(v).toMatchObject({ denominator: 100, used: 2 });
  });

  it('skips a unit that states a rate but no letter count', () => {
    const noCount = makeReport({ unit: '乙', cells: { 'narrative.lettersReceived': null } });
    const v = computeIndicator('lettersCompletionRate', [makeReport(), noCount]);
    expect(v).toMatchObject({ value: 0.975, used: 1, of: 2 });
  });
});

describe('outcome and applicant shares', () => {
  it('splits (七)总计 into the six outcome groups', () => {
    const shares = outcomeShares([makeReport()]);
    const values = Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, v.numerator]));
    expect(values).toEqual({
      granted: 7,
      partial: 2,
      denied: 1,
      unable: 3,
      notProcessed: 2,
      otherHandling: 1,
    });
    expect(shares.unable.value).toBeCloseTo(3 / 16, 12);
  });

  it('counts (六) from the single row where the report prints one', () => {
    const single = makeReport({ unit: '乙' });
    for (const row of ['overdueCorrection', 'overdueFee', 'other']) {
      setRow(single, `otherHandling.${row}`, [null, null, null, null, null, null, null]);
    }
    setRow(single, 'otherHandling.total', [4, 0, 0, 0, 0, 0, 4]);
    expect(outcomeShares([single]).otherHandling.numerator).toBe(4);
    expect(outcomeShares([makeReport(), single]).otherHandling).toMatchObject({
      numerator: 5,
      denominator: 32,
      used: 2,
    });
  });

  it('splits 本年新收 by applicant', () => {
    const shares = applicantShares([makeReport()]);
    expect(Object.values(shares).map((v) => v.numerator)).toEqual([10, 2, 1, 1, 1, 1]);
    expect(shares.natural.value).toBeCloseTo(10 / 16, 12);
    const blank = makeReport({ cells: { 'requests.new.research': null } });
    expect(applicantShares([blank]).research).toMatchObject({ value: null, used: 0 });
  });
});

describe('yoy', () => {
  it.each([
    [110, 100, 0.1],
    [90, 100, -0.1],
    [0, 5, -1],
    [5, 0, null],
    [null, 3, null],
    [3, null, null],
  ])('yoy(%s, %s) = %s', (x, prev, expected) => {
    const v = yoy(x, prev);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 12);
  });
});

describe('indicatorSeries', () => {
  it('combines each year’s reports and compares with the previous listed year', () => {
    const reports = [
      requests('甲', 10, 10, 2021),
      requests('乙', 30, 30, 2021),
      requests('甲', 60, 60, 2022),
      requests('甲', 90, 90, 2024),
    ];
    const series = indicatorSeries('requestsNew', reports, [2021, 2022, 2023, 2024]);
    expect(series.map((p) => [p.year, p.value.value, p.value.used, p.yoy])).toEqual([
      [2021, 40, 2, null],
      [2022, 60, 1, 0.5],
      [2023, null, 0, null],
      [2024, 90, 1, null],
    ]);
  });
});

describe('indicatorSeries is remembered per reports array', () => {
  it('gives the same series again for the same array and years, a fresh one for another array', () => {
    const reports = [requests('甲', 10, 10, 2021), requests('甲', 20, 20, 2022)];
    const first = indicatorSeries('requestsNew', reports, [2021, 2022]);
    expect(indicatorSeries('requestsNew', reports, [2021, 2022])).toBe(first);
    // The same years in another array are the same request; other years or keys are not.
    expect(indicatorSeries('requestsNew', reports, [2021, 2022].slice())).toBe(first);
    expect(indicatorSeries('requestsNew', reports, [2022])).not.toBe(first);
    expect(indicatorSeries('completionRate', reports, [2021, 2022])).not.toBe(first);
    const copy = [...reports, requests('乙', 5, 5, 2022)];
    expect(indicatorSeries('requestsNew', copy, [2021, 2022])[1]!.value.value).toBe(25);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('indicatorSeries works out every indicator in one pass', () => {
  it('gives, year by year, exactly what computeIndicator gives over that year’s reports', () => {
    const reports = generateDemoReports();
    const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
    for (const key of Object.keys(INDICATORS) as IndicatorKey[]) {
      const series = indicatorSeries(key, reports, years);
      const expected = years.map((y) =>
        computeIndicator(
          key,
          reports.filter((r) => r.year === y),
        ),
      );
      expect(
        series.map((p) => p.value),
        key,
      ).toEqual(expected);
    }
  });
});

describe('rememberSeries', () => {
  it('hands series worked out elsewhere to later asks for the same array and years', () => {
    const reports = [requests('甲', 10, 10, 2021)];
    const elsewhere = everySeries([...reports], [2021]); // same reports, another array
    rememberSeries(reports, [2021], elsewhere);
    expect(indicatorSeries('requestsNew', reports, [2021])).toEqual(elsewhere.requestsNew);
    expect(indicatorSeries('requestsNew', reports, [2021])).not.toBe(elsewhere.requestsNew);
    expect(Object.isFrozen(indicatorSeries('requestsNew', reports, [2021]))).toBe(true);
  });
});

describe('contributes', () => {
  it('says whether a report counts towards an indicator, as computeIndicator does', () => {
    const all = [
      requests('甲', 10, 10),
      requests('乙', null, 10),
      requests('丙', 10, 12), // handled more than it had: left out of the completion rate
      makeReport({ unit: '丁' }),
    ];
    for (const key of Object.keys(INDICATORS) as IndicatorKey[]) {
      for (const r of all) {
        expect(contributes(key, r), `${key} ${r.unit}`).toBe(computeIndicator(key, [r]).used > 0);
      }
    }
    expect(contributes('completionRate', all[2]!)).toBe(false);
  });
});

describe('a report whose part exceeds its whole', () => {
  it('is left out of a share rather than lifting it (洪泽区 2023: 1 corrected of total 0)', () => {
    const contradictory = makeReport({
      unit: '洪泽区',
      cells: {
        'review.maintained': 10,
        'review.corrected': 1,
        'review.pending': 0,
        'review.total': 0,
      },
    });
    const sound = makeReport({
      unit: '乙',
      cells: {
        'review.maintained': 1,
        'review.corrected': 1,
        'review.other': 0,
        'review.pending': 0,
        'review.total': 2,
      },
    });
    expect(computeIndicator('reviewCorrectionRate', [contradictory, sound])).toEqual({
      value: 0.5,
      numerator: 1,
      denominator: 2,
      used: 1,
      of: 2,
    });
  });
});
