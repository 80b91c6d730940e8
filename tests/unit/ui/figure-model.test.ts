import { describe, expect, it } from 'vitest';
import { captionLines, figureCsv, figureFileName } from '../../../src/ui/figure-files';
import type { FigureCaption } from '../../../src/ui/figure-model';
import { layoutFigure, wrap } from '../../../src/ui/figure-layout';

const CAPTION: FigureCaption = {
  lang: 'zh',
  title: '依申请办结率',
  definition: '(七)总计 ÷ (本年新收 + 上年结转)',
  dataset: '真实年报样本',
  simulated: false,
  units: '平潭综合实验区',
  years: '2019–2025',
  source: '各单位政府网站公开发布的年度报告',
  asOf: '2026-03-10',
  link: 'https://example.org/?ds=samples&view=trends',
};

/** One unit of width per character: easy to reason about line breaks. */
const byChars = (t: string) => t.length;

describe('figure caption', () => {
  it('names definition, dataset, units, years, source, 数据截至 and the link', () => {
    expect(captionLines(CAPTION)).toEqual([
      '定义：(七)总计 ÷ (本年新收 + 上年结转)',
      '数据集：真实年报样本 · 单位：平潭综合实验区 · 年度：2019–2025',
      '来源：各单位政府网站公开发布的年度报告',
      '数据截至：2026年3月10日（所含报告的最晚发布日期）',
      '链接：https://example.org/?ds=samples&view=trends',
    ]);
  });

  it('puts the simulated warning first and says when 数据截至 is unknown', () => {
    const lines = captionLines({ ...CAPTION, simulated: true, asOf: null });
    expect(lines[0]).toMatch(/^模拟数据：/);
    expect(lines).toContain('数据截至：未注明');
  });

  it('speaks English when the page does', () => {
    const lines = captionLines({ ...CAPTION, lang: 'en', title: 'Completion rate' });
    expect(lines[0]).toMatch(/^Definition: /);
    expect(lines[3]).toBe('Data as of: 10 Mar 2026 (latest publication date of the reports)');
  });
});

describe('figure file names say what they hold', () => {
  it.each([
    [CAPTION, 'png', '', '平潭综合实验区_依申请办结率_2019-2025.png'],
    [CAPTION, 'png', '@3x', '平潭综合实验区_依申请办结率_2019-2025@3x.png'],
    [
      { ...CAPTION, simulated: true, units: '全部单位' },
      'csv',
      '',
      '模拟数据_全部单位_依申请办结率_2019-2025.csv',
    ],
    [
      { ...CAPTION, units: 'a/b:c*<img src=x>' },
      'svg',
      '',
      'a-b-c-img-src=x_依申请办结率_2019-2025.svg',
    ],
  ] as const)('%#: %s', (caption, ext, suffix, name) => {
    expect(figureFileName(caption, ext, suffix)).toBe(name);
  });
});

describe('figure CSV', () => {
  it('writes a BOM, the header and blanks as empty cells, never 0', () => {
    const csv = figureCsv(
      {
        columns: ['年度', '值'],
        rows: [
          ['2020', 1.5],
          ['2021', null],
        ],
      },
      CAPTION,
    );
    expect(csv).toBe('\uFEFF年度,值\r\n2020,1.5\r\n2021,\r\n');
  });

  it('marks every row of simulated data and defuses formulas in names', () => {
    const csv = figureCsv(
      { columns: ['单位', '值'], rows: [['=HYPERLINK("x")', 3]] },
      { ...CAPTION, simulated: true },
    );
    expect(csv).toBe('\uFEFF单位,值,数据性质\r\n"\'=HYPERLINK(""x"")",3,模拟数据\r\n');
  });
});

describe('figure layout', () => {
  it('breaks Chinese between characters and English between words', () => {
    expect(wrap('一二三四五六', 4, byChars)).toEqual(['一二三四', '五六']);
    expect(wrap('one two three', 8, byChars)).toEqual(['one two', 'three']);
  });

  it('cuts a token longer than the line', () => {
    expect(wrap('https://example.org/abc', 10, byChars)).toEqual([
      'https://ex',
      'ample.org/',
      'abc',
    ]);
  });

  it('grows with the caption and keeps the chart at the export width', () => {
    const plain = layoutFigure(CAPTION, 300, byChars);
    const simulated = layoutFigure({ ...CAPTION, simulated: true }, 300, byChars);
    expect(plain.chart).toMatchObject({ width: 960, height: 300 });
    expect(plain.width).toBe(1008);
    expect(simulated.height).toBeGreaterThan(plain.height);
    expect(simulated.badge).not.toBeNull();
    expect(plain.texts.map((t) => t.text)).toContain('依申请办结率');
  });
});
