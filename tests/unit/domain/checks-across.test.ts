import { describe, expect, it } from 'vitest';
import { checkReports } from '../../../src/domain/checks';
import { setCell } from '../../../src/domain/cells';
import { fieldsForFormat, isTableField } from '../../../src/domain/fields';
import type { CheckResult, RuleId } from '../../../src/domain/findings';
import type { Report } from '../../../src/domain/report';
import { PINGTAN_2020, makeReport, type Cells, type Overrides } from '../../fixtures/reports';

const findings = (r: CheckResult, rule: RuleId) => r.findings.filter((f) => f.rule === rule);
const unchecked = (r: CheckResult, rule: RuleId) => r.notCheckable.filter((n) => n.rule === rule);
const at = (key: string, year: number, unit = '单位A') => ({ unit, year, key });

/** Last year's and this year's report of 单位A, with cells changed in either. */
function twoYears(prev: Cells = {}, cur: Cells = {}, extra: Overrides = {}): Report[] {
  return [
    makeReport({ year: 2022, cells: prev, ...extra }),
    makeReport({ year: 2023, cells: cur, ...extra }),
  ];
}

function zeroTables(r: Report): Report {
  for (const f of fieldsForFormat('2021').filter(isTableField)) setCell(r, f, 0);
  return r;
}

describe('Y-CARRY: carried over = last year’s carried forward', () => {
  it('passes for consecutive consistent years', () => {
    const result = checkReports(twoYears());
    expect(findings(result, 'Y-CARRY')).toEqual([]);
    expect(unchecked(result, 'Y-CARRY')).toEqual([]);
  });

  it('fails per column, naming both years’ cells and last year’s report', () => {
    const result = checkReports(
      twoYears({}, { 'requests.carriedOver.natural': 3, 'requests.carriedOver.total': 3 }),
    );
    const failed = findings(result, 'Y-CARRY');
    expect(failed.map((f) => [f.left, f.right, f.difference, f.severity])).toEqual([
      [3, 2, 1, 'warning'],
      [3, 2, 1, 'warning'],
    ]);
    expect(failed[0]!.cells).toEqual([
      at('requests.carriedOver.natural', 2023),
      at('requests.carriedForward.natural', 2022),
    ]);
    expect(failed[0]).toMatchObject({ year: 2023, related: { unit: '单位A', year: 2022 } });
  });

  it('is not checkable when last year’s figure is blank', () => {
    const result = checkReports(twoYears({ 'requests.carriedForward.legal': null }));
    expect(findings(result, 'Y-CARRY')).toEqual([]);
    expect(unchecked(result, 'Y-CARRY').map((n) => n.missing)).toEqual([
      [at('requests.carriedForward.legal', 2022)],
    ]);
  });

  it('needs the directly preceding year of the same unit', () => {
    const gap = [
      makeReport({ year: 2021 }),
      makeReport({ year: 2023, cells: { 'requests.carriedOver.total': 9 } }),
    ];
    expect(findings(checkReports(gap), 'Y-CARRY')).toEqual([]);
    const other = [
      makeReport({ year: 2022 }),
      makeReport({ unit: '单位B', year: 2023, cells: { 'requests.carriedOver.total': 9 } }),
    ];
    expect(findings(checkReports(other), 'Y-CARRY')).toEqual([]);
  });

  it('identifies a unit by its code when known, even if renamed', () => {
    const renamed = [
      makeReport({ unitId: '320829', year: 2022 }),
      makeReport({
        unit: '单位A（更名）',
        unitId: '320829',
        year: 2023,
        cells: { 'requests.carriedOver.total': 9 },
      }),
    ];
    expect(findings(checkReports(renamed), 'Y-CARRY')).toHaveLength(1);
    const sameName = twoYears({}, { 'requests.carriedOver.total': 9 }).map((r, i) => ({
      ...r,
      unitId: `id${i}`,
    }));
    expect(findings(checkReports(sameName), 'Y-CARRY')).toEqual([]);
  });
});

describe('Y-STOCK: valid = last year’s valid + issued − repealed', () => {
  it('passes when the stock rolls forward', () => {
    const result = checkReports(
      twoYears(
        {},
        {
          'proactive.regulations.issued': 3,
          'proactive.regulations.valid': 12,
          'proactive.regulations.repealed': 1,
        },
      ),
    );
    expect(findings(result, 'Y-STOCK')).toEqual([]);
    expect(unchecked(result, 'Y-STOCK')).toEqual([]);
  });

  it('fails with the expected stock on the right', () => {
    const [f, ...rest] = findings(
      checkReports(twoYears({}, { 'proactive.normativeDocuments.valid': 60 })),
      'Y-STOCK',
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', left: 60, right: 50, difference: 10 });
    expect(f!.cells).toEqual([
      at('proactive.normativeDocuments.valid', 2023),
      at('proactive.normativeDocuments.valid', 2022),
      at('proactive.normativeDocuments.issued', 2023),
      at('proactive.normativeDocuments.repealed', 2023),
    ]);
    expect(f!.message.zh).toBe(
      '行政规范性文件 现行有效件数 为 60，但 2022 年的 50 + 本年制发 5 − 本年废止 5 = 50，相差 10',
    );
  });

  it('is not checkable when a figure is blank', () => {
    const result = checkReports(twoYears({}, { 'proactive.normativeDocuments.repealed': null }));
    expect(findings(result, 'Y-STOCK')).toEqual([]);
    expect(unchecked(result, 'Y-STOCK')[0]!.missing).toEqual([
      at('proactive.normativeDocuments.repealed', 2023),
    ]);
  });

  it('does not compare a 2021-template stock with the 2019 template’s different figures', () => {
    const pingtan2021 = makeReport({ unit: PINGTAN_2020.unit, year: 2021 });
    const result = checkReports([PINGTAN_2020, pingtan2021]);
    expect(findings(result, 'Y-STOCK')).toEqual([]);
    expect(unchecked(result, 'Y-STOCK')).toEqual([]);
  });
});

describe('Y-SPIKE: a headline figure jumps by more than ×5 or falls below ×0.2', () => {
  it.each([
    ['narrative.publishedItems', 500, 2600],
    ['narrative.publishedItems', 500, 99],
    ['proactive.punishment', 40, 201],
  ])('flags %s going from %s to %s', (key, before, after) => {
    const [f, ...rest] = findings(checkReports(twoYears({}, { [key]: after })), 'Y-SPIKE');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'info',
      left: after,
      right: before,
      difference: after - before,
    });
    expect(f!.cells).toEqual([at(key, 2023), at(key, 2022)]);
  });

  it('adds reviews and both kinds of lawsuits for the disputes figure', () => {
    const result = checkReports(twoYears({ 'review.total': 20 }, { 'review.total': 200 }));
    const [f] = findings(result, 'Y-SPIKE');
    expect(f).toMatchObject({ left: 203, right: 23 });
    expect(f!.cells).toHaveLength(6);
  });

  it('ignores exactly ×5, exactly ×0.2 and bases below 10', () => {
    expect(
      findings(checkReports(twoYears({}, { 'narrative.publishedItems': 2500 })), 'Y-SPIKE'),
    ).toEqual([]);
    expect(
      findings(checkReports(twoYears({}, { 'narrative.publishedItems': 100 })), 'Y-SPIKE'),
    ).toEqual([]);
    const smallBase = twoYears(
      { 'proactive.coercion': 3 },
      { 'proactive.coercion': 300, 'proactive.punishment': 40 },
    );
    expect(findings(checkReports(smallBase), 'Y-SPIKE')).toEqual([]);
  });

  it('is not checkable when either year’s figure is blank', () => {
    const result = checkReports(twoYears({ 'narrative.lettersReceived': null }));
    expect(findings(result, 'Y-SPIKE')).toEqual([]);
    expect(unchecked(result, 'Y-SPIKE').map((n) => n.missing)).toEqual([
      [at('narrative.lettersReceived', 2022)],
    ]);
  });
});

describe('Y-CLONE: tables 2–4 identical to last year’s', () => {
  it('flags a copied report, naming last year', () => {
    const [f, ...rest] = findings(checkReports(twoYears()), 'Y-CLONE');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      year: 2023,
      related: { unit: '单位A', year: 2022 },
    });
    expect(f).toMatchObject({ left: null, right: null, difference: null });
    expect(f!.cells.map((c) => c.key)).toContain('requests.new.total');
    expect(f!.cells.every((c) => c.year === 2023)).toBe(true);
  });

  it('looks only at tables 2–4, and needs every cell equal', () => {
    const narrativeOnly = twoYears({}, { 'narrative.publishedItems': 501 });
    expect(findings(checkReports(narrativeOnly), 'Y-CLONE')).toHaveLength(1);
    const oneCell = twoYears({}, { 'proactive.fees': 12.4 });
    expect(findings(checkReports(oneCell), 'Y-CLONE')).toEqual([]);
    const blankVsZero = twoYears({ 'requests.denied.queryItem.legal': null });
    expect(findings(checkReports(blankVsZero), 'Y-CLONE')).toEqual([]);
  });

  it('does not flag tables that are all zero', () => {
    const zeros = twoYears().map(zeroTables);
    expect(findings(checkReports(zeros), 'Y-CLONE')).toEqual([]);
  });
});

describe('U-CLONE: tables 2–4 identical to another unit’s in the same year', () => {
  it('gives one finding per report, naming the other unit', () => {
    const units = ['单位A', '单位B', '单位C'].map((unit) => makeReport({ unit }));
    const failed = findings(checkReports(units), 'U-CLONE');
    expect(failed.map((f) => [f.unit, f.related?.unit, f.severity])).toEqual([
      ['单位A', '单位B', 'warning'],
      ['单位B', '单位A', 'warning'],
      ['单位C', '单位A', 'warning'],
    ]);
  });

  it('does not flag different years, different figures or all-zero tables', () => {
    const years = [
      makeReport({ unit: '单位A', year: 2022 }),
      makeReport({ unit: '单位B', year: 2023 }),
    ];
    expect(findings(checkReports(years), 'U-CLONE')).toEqual([]);
    const differ = [
      makeReport({ unit: '单位A' }),
      makeReport({ unit: '单位B', cells: { 'proactive.coercion': 4 } }),
    ];
    expect(findings(checkReports(differ), 'U-CLONE')).toEqual([]);
    const zeros = [makeReport({ unit: '单位A' }), makeReport({ unit: '单位B' })].map(zeroTables);
    expect(findings(checkReports(zeros), 'U-CLONE')).toEqual([]);
  });

  it('finds the copies among many distinct units', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      makeReport({ unit: `单位${i}`, cells: { 'proactive.licensing': i } }),
    );
    many.push(makeReport({ unit: '抄袭单位', cells: { 'proactive.licensing': 123 } }));
    const failed = findings(checkReports(many), 'U-CLONE');
    expect(failed.map((f) => [f.unit, f.related?.unit])).toEqual([
      ['单位123', '抄袭单位'],
      ['抄袭单位', '单位123'],
    ]);
  });
});
