import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCell } from '../../../../src/domain/cells';
import {
  APPLICANT_COLUMNS,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
} from '../../../../src/domain/template';
import { splitsT3, splitsT4 } from '../../../../src/io/report/flat-split';
import { tryParseReportText } from '../../../../src/io/report/parse-text';
import type { ParsedReport } from '../../../../src/io/report/types';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/reports-text/${name}`, import.meta.url), 'utf8');

function parse(name: string): ParsedReport {
  const result = tryParseReportText(fixture(name), name);
  if (!result.ok) throw new Error(result.errors.map((e) => e.en).join('; '));
  return result.reports[0]!;
}

/** A table-3 row as its seven cells (six applicant columns + total). */
function t3Row(p: ParsedReport, row: string): (number | null)[] {
  return APPLICANT_COLUMNS.map((c) => getCell(p.report, `requests.${row}.${c.key}`));
}

const T4_KEYS = DISPUTE_GROUPS.flatMap((g) => DISPUTE_COLUMNS.map((c) => `${g.key}.${c.key}`));

describe('digit-run splitting', () => {
  it('lists every split of a table-3 run whose six columns sum to the total', () => {
    expect(splitsT3('121000013')).toEqual([
      [1, 2, 10, 0, 0, 0, 13],
      [12, 1, 0, 0, 0, 0, 13],
    ]);
  });

  it('never reads a cell with a leading zero, and treats a space as a cell break', () => {
    expect(splitsT3('0100001')).toEqual([[0, 1, 0, 0, 0, 0, 1]]);
    expect(splitsT3('23 0 00 0 023')).toEqual([[23, 0, 0, 0, 0, 0, 23]]);
  });

  it('splits a table-4 run only where each group of five adds up', () => {
    expect(splitsT4('112040000000000')).toEqual([[1, 1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(splitsT4('10100110000000000')).toHaveLength(2);
  });
});

describe('tryParseReportText: a crawler-flattened page (cells run together)', () => {
  it('finds the tables and reads rows whose split is unique or settled by the column totals', () => {
    const p = parse('flattened-unique.txt');
    expect(p.report.year).toBe(2022);
    // '121000013' alone also splits as 1,2,10,…; T3-BALANCE and T3-HANDLED rule it out.
    expect(t3Row(p, 'new')).toEqual([12, 1, 0, 0, 0, 0, 13]);
    expect(t3Row(p, 'totalHandled')).toEqual([14, 1, 0, 0, 0, 0, 15]);
    expect(t3Row(p, 'denied.thirdParty')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(T4_KEYS.map((k) => getCell(p.report, k))).toEqual([
      1, 1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(p.report.proactive?.regulations).toEqual({ issued: 0, repealed: 0, valid: 0 });
    expect(p.report.proactive?.licensing).toBe(120);
    expect(p.report.proactive?.fees).toBe(12.5);
  });

  it('leaves a table-2 row with no identity blank and says so, rather than guess 5/4/31', () => {
    const p = parse('flattened-unique.txt');
    expect(p.report.proactive?.normativeDocuments).toEqual({
      issued: null,
      repealed: null,
      valid: null,
    });
    const w = p.warnings.find((m) => m.code === 'report-flat-unsplit');
    expect(w?.value).toBe('行政规范性文件5431');
  });

  it('leaves rows blank with a warning when several splits satisfy every identity', () => {
    const p = parse('flattened-ambiguous.txt');
    // 11|0 or 1|10 in two rows: either way round the totals agree, so neither row is knowable.
    expect(t3Row(p, 'denied.processInfo')).toEqual(Array(7).fill(null));
    expect(t3Row(p, 'denied.enforcementFile')).toEqual(Array(7).fill(null));
    expect(t3Row(p, 'totalHandled')).toEqual([12, 10, 0, 0, 0, 0, 22]);
    expect(T4_KEYS.map((k) => getCell(p.report, k))).toEqual(Array(15).fill(null));
    const ambiguous = p.warnings.filter((m) => m.code === 'report-flat-ambiguous');
    expect(ambiguous.map((m) => m.value)).toEqual([
      '6.属于四类过程性信息110000011',
      '7.属于行政执法案卷110000011',
      '10100110000000000',
    ]);
    expect(ambiguous[0]?.zh).toContain('2 种拆分方式');
  });
});

describe('the runs left for the user carry what the preview needs to split them', () => {
  it('names the run, the row’s cells and the label’s line; table 2 lists no candidates', () => {
    const p = parse('flattened-unique.txt');
    expect(p.flatRuns).toHaveLength(1);
    const run = p.flatRuns[0]!;
    expect(run).toMatchObject({
      code: 'report-flat-unsplit',
      table: 2,
      label: '行政规范性文件',
      run: '5431',
      unit: '',
      candidates: [],
    });
    expect(run.keys).toEqual(
      ['issued', 'repealed', 'valid'].map((c) => `proactive.normativeDocuments.${c}`),
    );
    expect(p.sourceLines?.[run.line]).toBe('行政规范性文件');
  });

  it('lists the splits that agree with the totals for ambiguous table-3 and table-4 runs', () => {
    const p = parse('flattened-ambiguous.txt');
    const [, processInfo, , t4] = p.flatRuns;
    expect(processInfo).toMatchObject({
      table: 3,
      label: '6.属于四类过程性信息',
      run: '110000011',
    });
    expect(processInfo!.keys).toEqual(
      APPLICANT_COLUMNS.map((c) => `requests.denied.processInfo.${c.key}`),
    );
    expect(processInfo!.candidates).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
    expect(p.sourceLines?.[processInfo!.line]).toBe('6.属于四类过程性信息');
    expect(t4).toMatchObject({ table: 4, run: '10100110000000000', keys: T4_KEYS });
    expect(t4!.candidates).toEqual(splitsT4('10100110000000000'));
    expect(p.sourceLines?.[t4!.line]).toMatch(/结果维持.*总计$/);
  });

  it('keeps a 2019 row printed in 元 with its unit, and says every run left blank', () => {
    const p = parse('flattened-2019.txt');
    expect(p.report.format).toBe('2019');
    expect(p.flatRuns.map((r) => r.label + r.run + r.unit)).toEqual([
      '规范性文件121214',
      '行政许可2100150',
      '其他对外管理服务事项8012',
      '行政处罚1520305',
      '行政事业性收费120',
      '政府集中采购4212345678.9元',
    ]);
    expect(p.flatRuns.at(-1)!.keys).toEqual([
      'proactive2019.procurement.projects',
      'proactive2019.procurement.amount',
    ]);
    expect(p.warnings.filter((w) => w.code === 'report-flat-unsplit')).toHaveLength(6);
    // One digit per cell splits one way only: 行政强制406 is 4, 0, 6.
    expect(p.report.proactive2019?.coercion).toEqual({ previous: 4, change: 0, decisions: 6 });
  });

  it('converts a single fees figure printed in 元 to 万元, as for any other layout', () => {
    const text = fixture('flattened-unique.txt').replace(
      '行政事业性收费12.5',
      '行政事业性收费125000元',
    );
    const result = tryParseReportText(text, 'yuan.txt');
    if (!result.ok) throw new Error('did not parse');
    expect(result.reports[0]!.report.proactive?.fees).toBe(12.5);
  });
});
