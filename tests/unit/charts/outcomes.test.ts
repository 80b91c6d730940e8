import { describe, expect, it } from 'vitest';
import { toOutcomeModel, toReasonModel } from '../../../src/charts/outcomes/model';
import {
  buildCompositionOption,
  compositionLabel,
  outcomeItems,
  reasonItems,
} from '../../../src/charts/outcomes/option';
import { COMPOSITION_HEADERS, compositionTable } from '../../../src/charts/outcomes/table';
import { HONGZE_2023, makeReport, PINGTAN_2020 } from '../../fixtures/reports';

describe('outcome composition', () => {
  it('gives each of the six groups its count and its share of (七)总计, summed first', () => {
    const m = toOutcomeModel([makeReport({ unit: '甲' }), makeReport({ unit: '乙' })]);
    expect(m.groups.map((g) => [g.key, g.count.value])).toEqual([
      ['granted', 14],
      ['partial', 4],
      ['denied', 2],
      ['unable', 6],
      ['notProcessed', 4],
      ['otherHandling', 2],
    ]);
    expect(m.groups[0]!.share).toBeCloseTo(14 / 32);
  });

  it('drills 不予公开 into its 8 reasons and 无法提供 into 3', () => {
    const denied = toReasonModel([HONGZE_2023], 'denied');
    expect(denied.reasons).toHaveLength(8);
    expect(denied.reasons.map((r) => r.count.value)).toEqual([1, 0, 0, 0, 0, 1, 1, 0]);
    expect(denied.reasons[0]!.zh).toBe('1.属于国家秘密');
    expect(toReasonModel([HONGZE_2023], 'unable').reasons).toHaveLength(3);
    expect(toReasonModel([HONGZE_2023], 'notProcessed').reasons).toHaveLength(5);
  });

  it('keeps (六) printed as one row apart and names the reports, since it cannot be split', () => {
    const m = toReasonModel([PINGTAN_2020, makeReport()], 'otherHandling');
    expect(m.reasons.map((r) => [r.key, r.count.value])).toEqual([
      ['otherHandling.overdueCorrection', 1],
      ['otherHandling.overdueFee', 0],
      ['otherHandling.other', 0],
      ['otherHandling.total', 4],
    ]);
    expect(m.singleRow).toEqual([{ unit: '平潭综合实验区', year: 2020 }]);
    expect(toReasonModel([PINGTAN_2020], 'otherHandling').reasons.map((r) => r.key)).toEqual([
      'otherHandling.total',
    ]);
  });

  it('labels bars "count · share", outlines the chosen group, and says 未报告 for a blank', () => {
    const m = toOutcomeModel([makeReport({ cells: { 'requests.partial.total': null } })]);
    const o = buildCompositionOption(outcomeItems(m, 'zh', 'granted'), 'zh', '办理结果');
    expect((o.yAxis as { data: string[] }).data.slice(0, 2)).toEqual([
      '予以公开',
      '部分公开（未报告）',
    ]);
    const data = (
      o.series as { data: { value: number | null; itemStyle: { borderWidth: number } }[] }[]
    )[0]!.data;
    expect(data[1]!.value).toBeNull();
    expect(data[0]!.itemStyle.borderWidth).toBe(2);
    expect(data[2]!.itemStyle.borderWidth).toBe(0);
  });

  it('gives reasons their share of the group', () => {
    const items = reasonItems(toReasonModel([HONGZE_2023], 'unable'), 'en');
    expect(items.map((i) => i.share)).toEqual([10 / 13, 3 / 13, 0]);
  });
});

describe('composition tables (the data behind the outcome and reason bars)', () => {
  const drawn = (o: ReturnType<typeof buildCompositionOption>) =>
    (o.series as { data: { value: number | null }[] }[])[0]!.data.map((d) => d.value);

  it('one row per bar: the count drawn and the share the label prints; a blank group null', () => {
    const reports = [makeReport({ unit: '甲' }), makeReport({ unit: '乙' })];
    const m = toOutcomeModel(reports);
    const items = outcomeItems(m, 'zh', null);
    const table = compositionTable(items, 'zh', COMPOSITION_HEADERS.outcomes);
    expect(table.columns).toEqual([
      '办理结果',
      '件数（件）',
      '占(七)总计（%）',
      '填报报告数',
      '报告数',
    ]);
    const option = buildCompositionOption(items, 'zh', 'x');
    expect(table.rows.map((r) => r[1])).toEqual(drawn(option));
    expect(table.rows[0]).toEqual(['予以公开', 14, 43.8, 2, 2]);
    expect(compositionLabel(items[0]!, 'zh')).toBe('14 · 43.8%');
    const none = toOutcomeModel([makeReport({ cells: { 'requests.granted.total': null } })]);
    const blank = compositionTable(
      outcomeItems(none, 'zh', null),
      'zh',
      COMPOSITION_HEADERS.outcomes,
    );
    expect(blank.rows[0]).toEqual(['予以公开', null, null, 0, 1]);
  });

  it('reason rows share the group’s reasons; English headers', () => {
    const m = toReasonModel([HONGZE_2023], 'denied');
    const items = reasonItems(m, 'en');
    const table = compositionTable(items, 'en', COMPOSITION_HEADERS.reasons);
    expect(table.columns[0]).toBe('Reason');
    expect(table.columns[2]).toBe('Share of the group’s reasons (%)');
    expect(table.rows.map((r) => r[1])).toEqual([1, 0, 0, 0, 0, 1, 1, 0]);
    expect(table.rows[0]![2]).toBe(33.3);
    expect(table.rows.map((r) => r[1])).toEqual(drawn(buildCompositionOption(items, 'en', 'x')));
  });
});
