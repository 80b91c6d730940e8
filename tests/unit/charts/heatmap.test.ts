import { describe, expect, it } from 'vitest';
import { hasHeatValues, toHeatmapModel } from '../../../src/charts/heatmap/model';
import { buildHeatmapOption, heatTooltipHtml } from '../../../src/charts/heatmap/option';
import { makeReport } from '../../fixtures/reports';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('heatmap model and option', () => {
  const reports = [
    makeReport({ unit: '甲', year: 2022 }),
    makeReport({ unit: '甲', year: 2023, cells: { 'requests.new.total': null } }),
    makeReport({ unit: HOSTILE, year: 2023 }),
  ];
  const m = toHeatmapModel('requestsNew', reports, [2022, 2023]);

  it('has a cell for every unit and year, missing ones null with the reason', () => {
    expect(m.units.map((u) => u.name)).toEqual(
      [HOSTILE, '甲'].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
    const byName = (name: string) => m.units.findIndex((u) => u.name === name);
    const cell = (name: string, x: number) =>
      m.cells.find((c) => c.y === byName(name) && c.x === x)!;
    expect(cell('甲', 0)).toMatchObject({ value: 16, reason: null });
    expect(cell('甲', 1)).toMatchObject({ value: null, reason: 'notReported' });
    expect(cell(HOSTILE, 0)).toMatchObject({ value: null, reason: 'noReport' });
    expect(hasHeatValues(m)).toBe(true);
  });

  it('puts missing cells in a separate grey series, not in the coloured one as 0', () => {
    const o = buildHeatmapOption(m, 'zh');
    const [values, missing] = o.series as { data: number[][] }[];
    expect(values!.data).toHaveLength(2);
    expect(values!.data.every((d) => d[2] === 16)).toBe(true);
    expect(missing!.data).toHaveLength(2);
    expect(o.xAxis).toMatchObject({ data: ['2022', '2023'] });
    expect((o.visualMap as { seriesIndex: number }[]).map((v) => v.seriesIndex)).toEqual([0, 1]);
  });

  it('scales rates 0–100 and says why a cell is empty, escaping the unit', () => {
    const rate = toHeatmapModel('completionRate', reports, [2022, 2023]);
    const o = buildHeatmapOption(rate, 'zh');
    expect((o.visualMap as { max: number }[])[0]!.max).toBe(100);
    const y = rate.units.findIndex((u) => u.name === HOSTILE);
    const html = heatTooltipHtml(rate, 0, y, 'zh');
    expect(html).toContain('该年无报告');
    expect(html).not.toContain('<img');
  });

  it('has no values for an empty input', () => {
    expect(hasHeatValues(toHeatmapModel('requestsNew', [], [2023]))).toBe(false);
  });
});
