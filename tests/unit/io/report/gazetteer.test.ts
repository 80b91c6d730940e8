import { describe, expect, it } from 'vitest';
import { gazetteerLists, mentionsIn } from '../../../../src/io/report/gazetteer';

describe('gazetteer: the table', () => {
  const g = gazetteerLists();

  it('lists the 34 provincial-level divisions with their short forms', () => {
    expect(g.provinces).toHaveLength(34);
    expect(g.shortForms).toEqual(
      expect.arrayContaining(['内蒙古', '广西', '新疆', '宁夏', '西藏', '香港', '澳门', '台湾']),
    );
    expect(g.provinces.map((p) => p.name)).toEqual(
      expect.arrayContaining(['北京市', '天津市', '上海市', '重庆市', '广西壮族自治区']),
    );
  });

  it('lists the 333 prefecture-level divisions, each once and under one province', () => {
    expect(g.prefectures).toHaveLength(333);
    const names = g.prefectures.map((p) => p.name);
    expect(new Set(names).size).toBe(333);
    expect(names.filter((n) => !/(?:市|自治州|地区|盟)$/.test(n))).toEqual([]);
    const under = (p: string) => g.prefectures.filter((d) => d.province === p).length;
    expect([under('广东省'), under('河南省'), under('新疆维吾尔自治区'), under('上海市')]).toEqual([
      21, 17, 14, 0,
    ]);
  });

  it('places every directly-run unit under a listed province or prefecture', () => {
    const paths = new Set([...g.provinces, ...g.prefectures].map((d) => d.path));
    expect(g.direct.filter((d) => !paths.has(d.parent)).map((d) => d.name)).toEqual([]);
  });
});

describe('gazetteer: places a text prints', () => {
  it.each([
    ['《河南省人民政府办公厅关于……》', ['河南省'], []],
    ['焦作市政务公开工作要点', ['河南省'], ['焦作市']],
    ['马鞍山市', ['安徽省'], ['马鞍山市']],
    ['延边州', ['吉林省'], ['延边朝鲜族自治州']],
    ['面向上海市场、吉林市场', [], []],
    ['上海市民', ['上海市'], []],
    ['洪泽湖、淮安', [], []],
  ])('%s → %j %j', (text, provinces, prefectures) => {
    const seen = mentionsIn(text);
    expect([...seen.provinces]).toEqual(provinces);
    expect([...seen.prefectures.keys()]).toEqual(prefectures);
  });
});
