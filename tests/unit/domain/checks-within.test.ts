import { describe, expect, it } from 'vitest';
import { RULES, checkReport } from '../../../src/domain/checks';
import { RULE_IDS, type CheckResult, type RuleId } from '../../../src/domain/findings';
import type { Report } from '../../../src/domain/report';
import { PINGTAN_2020, makeReport, setRow } from '../../fixtures/reports';

const findings = (r: CheckResult, rule: RuleId) => r.findings.filter((f) => f.rule === rule);
const unchecked = (r: CheckResult, rule: RuleId) => r.notCheckable.filter((n) => n.rule === rule);
const at = (key: string, year = 2023, unit = '单位A') => ({ unit, year, key });
const keys = (cells: readonly { key: string }[]) => cells.map((c) => c.key);
const check = (cells: Record<string, number | null>) => checkReport(makeReport({ cells }));

describe('the consistent base report', () => {
  it('passes every within-report rule with nothing left unchecked', () => {
    expect(checkReport(makeReport())).toEqual({ findings: [], notCheckable: [] });
  });

  it('explains every rule in Chinese and English', () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].zh.length).toBeGreaterThan(5);
      expect(RULES[id].en.length).toBeGreaterThan(5);
    }
  });
});

describe('T3-ROW: a row total equals its six applicant columns', () => {
  it('fails with both sides, the difference and all seven cells', () => {
    const [f, ...rest] = findings(check({ 'requests.granted.total': 9 }), 'T3-ROW');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'T3-ROW', severity: 'error', unit: '单位A', year: 2023 });
    expect(f).toMatchObject({ left: 9, right: 7, difference: 2 });
    expect(f!.cells[0]).toEqual(at('requests.granted.total'));
    expect(keys(f!.cells).slice(1)).toEqual(
      ['natural', 'commercial', 'research', 'social', 'legal', 'other'].map(
        (c) => `requests.granted.${c}`,
      ),
    );
    expect(f!.message.zh).toBe('三、(一) 予以公开：总计 为 9，但六类申请人之和为 7，相差 2');
    expect(f!.message.en).toContain('Disclosed: the total is 9');
  });

  it('is not checkable, not failed, when a column is blank', () => {
    const result = check({ 'requests.granted.research': null });
    expect(findings(result, 'T3-ROW')).toEqual([]);
    const [n] = unchecked(result, 'T3-ROW');
    expect(n!.missing).toEqual([at('requests.granted.research')]);
    expect(n!.cells).toHaveLength(7);
  });
});

describe('T3-HANDLED: (七)总计 equals the sum of the outcome rows', () => {
  it('fails per column where an outcome row was added to but the total was not', () => {
    const result = check({ 'requests.granted.natural': 5, 'requests.granted.total': 8 });
    const failed = findings(result, 'T3-HANDLED');
    expect(failed.map((f) => [f.cells[0]!.key, f.left, f.right, f.difference])).toEqual([
      ['requests.totalHandled.natural', 10, 11, -1],
      ['requests.totalHandled.total', 16, 17, -1],
    ]);
    expect(failed[0]!.severity).toBe('error');
    expect(failed[0]!.message.zh).toBe('(七) 总计-自然人 为 10，但各办理结果之和为 11，相差 -1');
    // The total, 2 + 8 + 3 + 5 outcome rows and the three (六) sub-rows.
    expect(failed[0]!.cells).toHaveLength(1 + 2 + 8 + 3 + 5 + 3);
  });

  it('adds (六) as the single row when the report prints it that way', () => {
    const r = makeReport();
    setRow(r, 'otherHandling.overdueCorrection', [null, null, null, null, null, null, null]);
    setRow(r, 'otherHandling.total', [1, 0, 0, 0, 0, 0, 1]);
    expect(checkReport(r)).toEqual({ findings: [], notCheckable: [] });
    setRow(r, 'otherHandling.total', [2, 0, 0, 0, 0, 0, 2]);
    const failed = findings(checkReport(r), 'T3-HANDLED');
    expect(failed.map((f) => [f.left, f.right])).toEqual([
      [10, 11],
      [16, 17],
    ]);
    expect(keys(failed[0]!.cells)).toContain('requests.otherHandling.total.natural');
    expect(keys(failed[0]!.cells)).not.toContain('requests.otherHandling.other.natural');
  });

  it('is not checkable for a column with a blank outcome cell', () => {
    const result = check({ 'requests.unable.unclear.legal': null });
    expect(findings(result, 'T3-HANDLED')).toEqual([]);
    expect(unchecked(result, 'T3-HANDLED').map((n) => n.missing)).toEqual([
      [at('requests.unable.unclear.legal')],
    ]);
  });
});

describe('T3-BALANCE: new + carried over = total handled + carried forward', () => {
  it('fails with both sides', () => {
    const result = check({
      'requests.carriedForward.natural': 3,
      'requests.carriedForward.total': 3,
    });
    const failed = findings(result, 'T3-BALANCE');
    expect(failed.map((f) => [f.left, f.right, f.difference, f.severity])).toEqual([
      [12, 13, -1, 'error'],
      [18, 19, -1, 'error'],
    ]);
    expect(keys(failed[0]!.cells)).toEqual([
      'requests.new.natural',
      'requests.carriedOver.natural',
      'requests.totalHandled.natural',
      'requests.carriedForward.natural',
    ]);
  });

  it('is not checkable when carried over is blank', () => {
    const result = check({ 'requests.carriedOver.social': null });
    expect(findings(result, 'T3-BALANCE')).toEqual([]);
    expect(unchecked(result, 'T3-BALANCE')[0]!.missing).toEqual([
      at('requests.carriedOver.social'),
    ]);
  });
});

describe('T4-SUM: a table-4 total equals its four results', () => {
  it('fails per group', () => {
    const [f, ...rest] = findings(check({ 'review.total': 6 }), 'T4-SUM');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', left: 6, right: 5, difference: 1 });
    expect(keys(f!.cells)).toEqual([
      'review.total',
      'review.maintained',
      'review.corrected',
      'review.other',
      'review.pending',
    ]);
  });

  it('is not checkable when a result is blank', () => {
    const result = check({ 'litigationDirect.pending': null });
    expect(findings(result, 'T4-SUM')).toEqual([]);
    expect(unchecked(result, 'T4-SUM')[0]!.missing).toEqual([at('litigationDirect.pending')]);
  });
});

describe('NONNEG: counts are non-negative integers, fees keep at most 4 decimals', () => {
  it.each([
    ['requests.new.research', -1, 0, -1],
    ['proactive.licensing', 2.5, null, null],
    ['proactive.fees', 1.23456, null, null],
    ['proactive.fees', -3, 0, -3],
  ])('flags %s = %s', (key, value, right, difference) => {
    const [f, ...rest] = findings(check({ [key]: value }), 'NONNEG');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', left: value, right, difference });
    expect(f!.cells).toEqual([at(key)]);
  });

  it('accepts fees with 4 decimals and a blank cell', () => {
    expect(findings(check({ 'proactive.fees': 7730.2815 }), 'NONNEG')).toEqual([]);
    const blank = check({ 'proactive.licensing': null });
    expect(findings(blank, 'NONNEG')).toEqual([]);
    expect(unchecked(blank, 'NONNEG')).toEqual([]);
  });

  it('lets the 2019 template’s 本年增/减 be negative', () => {
    expect(PINGTAN_2020.proactive2019?.punishment.change).toBe(-18);
    expect(findings(checkReport(PINGTAN_2020), 'NONNEG')).toEqual([]);
  });
});

describe('RATE: a percentage lies in [0, 100]', () => {
  it.each([
    [120, 100, 20],
    [-5, 0, -5],
  ])('flags %s%%', (value, right, difference) => {
    const [f] = findings(check({ 'narrative.lettersCompletionRate': value }), 'RATE');
    expect(f).toMatchObject({ severity: 'error', left: value, right, difference });
    expect(f!.cells).toEqual([at('narrative.lettersCompletionRate')]);
  });

  it.each([0, 100, null])('accepts %s', (value) => {
    const result = check({ 'narrative.lettersCompletionRate': value });
    expect(findings(result, 'RATE')).toEqual([]);
    expect(findings(result, 'NONNEG')).toEqual([]);
  });
});

describe('MISSING: blank cells of tables 2–4, one warning per row', () => {
  it('lists the blank cells of a row', () => {
    const result = check({ 'requests.new.research': null, 'requests.new.social': null });
    const [f, ...rest] = findings(result, 'MISSING');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', left: null, right: null, difference: null });
    expect(f!.cells).toEqual([at('requests.new.research'), at('requests.new.social')]);
    expect(f!.message.zh).toBe(
      '一、本年新收政府信息公开申请数量：2 个单元格未填报（科研机构、社会公益组织）',
    );
  });

  it('never asks for narrative figures', () => {
    const result = check({ 'narrative.publishedItems': null, 'narrative.lettersReceived': null });
    expect(findings(result, 'MISSING')).toEqual([]);
  });

  it('asks only for the (六) form the report prints', () => {
    const single: Report = makeReport();
    for (const row of ['overdueCorrection', 'overdueFee', 'other']) {
      setRow(single, `otherHandling.${row}`, [null, null, null, null, null, null, null]);
    }
    setRow(single, 'otherHandling.total', [1, 0, 0, 0, 0, 0, 1]);
    expect(findings(checkReport(single), 'MISSING')).toEqual([]);
    const split = check({ 'requests.otherHandling.overdueFee.natural': null });
    expect(findings(split, 'MISSING').map((f) => keys(f.cells))).toEqual([
      ['requests.otherHandling.overdueFee.natural'],
    ]);
  });

  it('asks a 2019-template report for its own table 2, not the 2021 one', () => {
    expect(findings(checkReport(PINGTAN_2020), 'MISSING')).toEqual([]);
  });
});
