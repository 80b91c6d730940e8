import { describe, expect, it } from 'vitest';
import { bilingual, capMessages, message, schemaExpected } from '../../../src/io/messages';

describe('messages', () => {
  it('name the file, row, column as written with its key, the value and what was expected', () => {
    const m = message('cell-not-number', {
      file: '2022.csv',
      row: 5,
      column: '本年新收-自然人',
      key: 'requests.new.natural',
      value: '12abc',
      expected: '非负整数，空白表示未填报 / a non-negative integer; blank means not reported',
    });
    expect(m).toMatchObject({
      file: '2022.csv',
      row: 5,
      column: '本年新收-自然人 (requests.new.natural)',
      value: '12abc',
    });
    expect(m.zh).toBe(
      '文件 2022.csv 第 5 行「本年新收-自然人」列的值「12abc」不是数字（应为非负整数，空白表示未填报）',
    );
    expect(m.en).toContain('row 5');
  });

  it('cut values to 50 characters without splitting a character', () => {
    const m = message('cell-invalid', { file: 'a.csv', value: '😀'.repeat(60), expected: 'x' });
    expect(Array.from(m.value!)).toHaveLength(51);
    expect(m.value!.endsWith('😀…')).toBe(true);
  });

  it('cap a long list at 200 plus one "and N more"', () => {
    const list = Array.from({ length: 250 }, (_, i) => message('empty-file', { file: `f${i}` }));
    const capped = capMessages(list, 'all.csv');
    expect(capped).toHaveLength(201);
    expect(capped[200]).toMatchObject({ code: 'too-many-errors', file: 'all.csv' });
    expect(capped[200]!.zh).toContain('另有 50 条');
    expect(capMessages(list.slice(0, 200), 'all.csv')).toHaveLength(200);
  });

  it('split "中文 / English" pairs and give zod issues a Chinese half', () => {
    expect(bilingual('非负数 / non-negative')).toEqual({ zh: '非负数', en: 'non-negative' });
    expect(bilingual('same')).toEqual({ zh: 'same', en: 'same' });
    const issue = {
      code: 'too_small',
      origin: 'number',
      minimum: 0,
      message: 'Too small: expected number to be >=0',
    };
    expect(schemaExpected(issue)).toBe('应不小于 0 / Too small: expected number to be >=0');
    expect(
      schemaExpected({ code: 'custom', message: '单位名称不能为空 / unit name is empty' }),
    ).toBe('单位名称不能为空 / unit name is empty');
  });
});
