import { describe, expect, it } from 'vitest';
import { hasApplicantValues, toApplicantModel } from '../../../src/charts/applicants/model';
import { buildApplicantOption } from '../../../src/charts/applicants/option';
import { applicantTable } from '../../../src/charts/applicants/table';
import { makeReport, SHUYANG_DRC_2023 } from '../../fixtures/reports';

describe('applicant composition', () => {
  it('sums each applicant column of 本年新收 and divides by the summed total', () => {
    const m = toApplicantModel([makeReport({ unit: '甲' }), makeReport({ unit: '乙' })]);
    expect(m.bars.map((b) => [b.key, b.count.value])).toEqual([
      ['natural', 20],
      ['commercial', 4],
      ['research', 2],
      ['social', 2],
      ['legal', 2],
      ['other', 2],
    ]);
    expect(m.bars[0]!.share).toBeCloseTo(20 / 32);
    expect(m.total.value).toBe(32);
  });

  it('keeps blank columns as not reported (沭阳 2023) and names the report', () => {
    const m = toApplicantModel([SHUYANG_DRC_2023]);
    expect(m.bars[0]!.count.value).toBe(26);
    expect(m.bars[1]).toMatchObject({ count: { value: null, used: 0, of: 1 }, share: null });
    expect(m.bars[1]!.blank).toEqual([{ unit: '沭阳县发展和改革局', year: 2023 }]);
    const o = buildApplicantOption(m, 'zh');
    expect((o.yAxis as { data: string[] }).data).toEqual([
      '自然人',
      '商业企业（未报告）',
      '科研机构（未报告）',
      '社会公益组织（未报告）',
      '法律服务机构（未报告）',
      '其他（未报告）',
    ]);
    const data = (o.series as { data: { value: number | null }[] }[])[0]!.data;
    expect(data.map((d) => d.value)).toEqual([26, null, null, null, null, null]);
  });

  it('has nothing to draw without reports', () => {
    expect(hasApplicantValues(toApplicantModel([]))).toBe(false);
  });
});

describe('applicant table (the data behind the bars)', () => {
  it('gives each column the count drawn and its share; a column nobody filled stays null', () => {
    const m = toApplicantModel([SHUYANG_DRC_2023]);
    const table = applicantTable(m, 'zh');
    expect(table.columns[0]).toBe('申请人类型');
    expect(table.columns[2]).toBe('占本年新收总计（%）');
    expect(table.rows[0]).toEqual(['自然人', 26, 100, 1, 1]);
    expect(table.rows[1]).toEqual(['商业企业', null, null, 0, 1]);
    const option = buildApplicantOption(m, 'zh');
    const drawn = (option.series as { data: { value: number | null }[] }[])[0]!.data.map(
      (d) => d.value,
    );
    expect(table.rows.map((r) => r[1])).toEqual(drawn);
    expect(applicantTable(m, 'en').rows[0]![0]).toBe('Natural persons');
  });
});
