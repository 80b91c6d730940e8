// Unit names sort in Chinese (pinyin) order everywhere a list of units is shown.
import { describe, expect, it } from 'vitest';
import { compareNames, nameOrder } from '../../../src/domain/collate';

const names = ['张家港市', '安徽省', '北京市', '重庆市', '阿克苏地区', 'Zeta', '长沙市'];

describe('names in Chinese order', () => {
  it('compareNames sorts by pinyin, not by code point', () => {
    const sorted = [...names].sort(compareNames);
    expect(sorted.indexOf('阿克苏地区')).toBeLessThan(sorted.indexOf('安徽省'));
    expect(sorted.indexOf('安徽省')).toBeLessThan(sorted.indexOf('北京市'));
    expect(sorted.indexOf('北京市')).toBeLessThan(sorted.indexOf('张家港市'));
    // By code point 北 (U+5317) would come before 阿 (U+963F).
    expect('北京市' < '阿克苏地区').toBe(true);
  });

  it("nameOrder gives the same order as the collator for the reports' names", () => {
    const reports = names.map((unit) => ({ unit }));
    const byName = nameOrder(reports);
    expect([...names].sort(byName)).toEqual([...names].sort(compareNames));
    expect(byName('北京市', '北京市')).toBe(0);
  });

  it('compares a name the reports do not hold through the collator', () => {
    const byName = nameOrder([{ unit: '北京市' }]);
    expect(Math.sign(byName('安徽省', '北京市'))).toBe(-1);
    expect(Math.sign(byName('重庆市', '北京市'))).toBe(1);
  });
});
