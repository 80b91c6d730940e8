import { describe, expect, it } from 'vitest';
import { trySplitRun, type SplitErrorCode } from '../../../../src/io/report/flat-fill';
import type { FlatRun } from '../../../../src/io/report/types';

const run = (over: Partial<FlatRun>): FlatRun => ({
  code: 'report-flat-unsplit',
  table: 2,
  label: '',
  run: '',
  unit: '',
  keys: [],
  candidates: [],
  line: 0,
  ...over,
});

const STOCK = ['issued', 'repealed', 'valid'].map((c) => `proactive.normativeDocuments.${c}`);
/** 2021 template: 行政规范性文件 printed as one run. */
const NORMATIVE = run({ label: '行政规范性文件', run: '693665', keys: STOCK });
/** A run whose split could put a 0 in front of a figure. */
const LEADING = run({ label: '行政规范性文件', run: '30512', keys: STOCK });
/** 2019 template: 行政事业性收费 counts items (上一年项目数量, 本年增/减), not money. */
const FEES_2019 = run({
  label: '行政事业性收费',
  run: '1212.5',
  keys: ['proactive2019.fees.previous', 'proactive2019.fees.change'],
});
/** 2021 template: 本年收费金额 is an amount in 万元. */
const FEES_2021 = run({ label: '行政事业性收费', run: '12.5', keys: ['proactive.fees'] });
/** 2019 template: 政府集中采购 printed in 元; the amount is kept in 万元. */
const PROCUREMENT = run({
  label: '政府集中采购',
  run: '13575394432.52',
  unit: '元',
  keys: ['proactive2019.procurement.projects', 'proactive2019.procurement.amount'],
});
/** The crawler kept one space: a cell must end there. */
const SPACED = run({ run: '35 0', keys: FEES_2019.keys });

describe('trySplitRun: a split typed by the user', () => {
  it.each<[string, FlatRun, string, number[]]>([
    ['the right split', NORMATIVE, '69 3 665', [69, 3, 665]],
    ['full-width digits and other separators', NORMATIVE, '６９、3，665', [69, 3, 665]],
    ['a 0 on its own', LEADING, '3 0 512', [3, 0, 512]],
    ['a decimal in the fees amount (2021)', FEES_2021, '12.5', [12.5]],
    ['元 converted to 万元 as the parser does', PROCUREMENT, '135 75394432.52', [135, 7539.443252]],
    ['the unit typed as printed', PROCUREMENT, '135 75394432.52元', [135, 7539.443252]],
    ['a split at the printed space', SPACED, '35 0', [35, 0]],
  ])('accepts %s', (_, r, typed, values) => {
    const result = trySplitRun(r, typed);
    expect(result).toEqual({
      ok: true,
      cells: r.keys.map((key, i) => ({ key, value: values[i] })),
    });
  });

  it.each<[string, FlatRun, string, SplitErrorCode, string]>([
    ['nothing typed', NORMATIVE, '  ', 'empty', '请输入 3 个数'],
    ['a wrong digit', NORMATIVE, '69 3 664', 'digits', '“693664”，与原文“693665”不一致'],
    ['a digit left out', NORMATIVE, '69 3 66', 'digits', '与原文“693665”不一致'],
    ['too few cells', NORMATIVE, '693 665', 'count', '这一行有 3 格，输入了 2 个数'],
    ['too many cells', NORMATIVE, '6 9 3 665', 'count', '这一行有 3 格，输入了 4 个数'],
    ['a leading zero', LEADING, '3 05 12', 'leading-zero', '“05”以 0 开头'],
    ['a decimal in a count (2019 fees)', FEES_2019, '12 12.5', 'decimal', '只能是整数'],
    ['a cell across a printed space', SPACED, '3 50', 'boundary', '原文在“35”之后有空格'],
    ['letters', NORMATIVE, '69 三 665', 'characters', '“三”不是数字'],
    ['a row that could not be named', run({ run: '12' }), '1 2', 'no-row', '直接在表格中填写'],
  ])('refuses %s and says why', (_, r, typed, code, zh) => {
    const result = trySplitRun(r, typed);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.zh).toContain(zh);
    expect(result.error.en.length).toBeGreaterThan(10);
  });
});
