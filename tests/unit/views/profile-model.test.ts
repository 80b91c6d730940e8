import { describe, expect, it } from 'vitest';
import {
  cellText,
  profileUnitKey,
  profileYear,
  table2Blocks,
  table3Lines,
} from '../../../src/views/unit-profile/profile-model';
import { sectionText } from '../../../src/views/unit-profile/labels';
import { safeHttpUrl } from '../../../src/views/unit-profile/source-panel';
import { makeReport } from '../../fixtures/reports';

describe('which unit and year the profile shows', () => {
  it('takes the URL unit, else the scope unit, else none', () => {
    expect(profileUnitKey({ unit: 'A', scope: { kind: 'unit', unit: 'B' } })).toBe('A');
    expect(profileUnitKey({ unit: null, scope: { kind: 'unit', unit: 'B' } })).toBe('B');
    expect(profileUnitKey({ unit: null, scope: { kind: 'all' } })).toBeNull();
  });

  it('uses the chosen year when the unit reported it, else its latest', () => {
    const reports = [makeReport({ year: 2021 }), makeReport({ year: 2023 })];
    expect(profileYear(reports, 2021)).toBe(2021);
    expect(profileYear(reports, 2022)).toBe(2023);
    expect(profileYear(reports, null)).toBe(2023);
    expect(profileYear([], 2022)).toBeNull();
  });
});

describe('the template layout', () => {
  it('prints 2021 table 2 with 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 first', () => {
    const [first, ...rest] = table2Blocks('2021');
    expect(first!.section).toBe('第二十条第(一)项');
    expect(first!.columns.map((c) => c.zh)).toEqual([
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
    ]);
    expect(first!.rows.map((r) => r.label.zh)).toEqual(['规章', '行政规范性文件']);
    expect(rest.map((b) => b.section)).toEqual([
      '第二十条第(五)项',
      '第二十条第(六)项',
      '第二十条第(八)项',
    ]);
  });

  it('prints 2019 table 2 in its own layout, with 政府集中采购 last', () => {
    const blocks = table2Blocks('2019');
    expect(blocks.map((b) => b.section)).toEqual([
      '第二十条第(一)项',
      '第二十条第(五)项',
      '第二十条第(六)项',
      '第二十条第(八)项',
      '第二十条第(九)项',
    ]);
    expect(blocks[0]!.columns.map((c) => c.zh)).toEqual([
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
    ]);
    expect(blocks[4]!.rows[0]!.keys).toEqual([
      'proactive2019.procurement.projects',
      'proactive2019.procurement.amount',
    ]);
  });

  it('has the 25 rows of table 3 with merged labels, or 23 when (六) is one row', () => {
    const full = table3Lines(false);
    expect(full).toHaveLength(25);
    expect(full[2]!.labels[0]).toEqual({
      label: { zh: '三、本年度办理结果', en: '3. Results this year' },
      rowSpan: 22,
      colSpan: 1,
    });
    const denied = full.find((l) => l.row === 'denied.stateSecret')!;
    expect(denied.labels.map((l) => [l.label.zh, l.rowSpan])).toEqual([
      ['(三) 不予公开', 8],
      ['1.属于国家秘密', 1],
    ]);
    const single = table3Lines(true);
    expect(single).toHaveLength(23);
    expect(single.find((l) => l.row === 'otherHandling.total')!.labels[0]!.label.zh).toBe(
      '(六) 其他处理',
    );
    expect(single[2]!.labels[0]!.rowSpan).toBe(20);
    expect(full[0]!.keys[6]).toBe('requests.new.total');
  });
});

describe('cells and links', () => {
  it('keeps a blank blank and prints amounts with their decimals', () => {
    expect(cellText('requests.new.total', null)).toBeNull();
    expect(cellText('requests.new.total', 0)).toBe('0');
    expect(cellText('requests.new.total', 12345)).toBe('12,345');
    expect(cellText('proactive2019.procurement.amount', 7539.443252)).toBe('7,539.443252');
  });

  it('links only http(s) sources', () => {
    expect(safeHttpUrl('https://www.gov.cn/a')).toBe('https://www.gov.cn/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe('template sections in English', () => {
  it('cites 第二十条第(X)项 as Article 20(X), every section of both templates', () => {
    expect(sectionText('第二十条第(一)项', 'en')).toBe('Article 20(1)');
    expect(sectionText('第二十条第(九)项', 'en')).toBe('Article 20(9)');
    expect(sectionText('第二十条第(一)项', 'zh')).toBe('第二十条第(一)项');
    for (const format of ['2019', '2021'] as const) {
      for (const block of table2Blocks(format)) {
        expect(sectionText(block.section, 'en')).toMatch(/^Article 20\(\d\)$/);
      }
    }
  });

  it('leaves a section it cannot read as printed', () => {
    expect(sectionText('附表', 'en')).toBe('附表');
    expect(sectionText('第十十条第(一)项', 'en')).toBe('第十十条第(一)项');
  });
});
