import { describe, expect, it } from 'vitest';
import { hasHeatValues, toHeatmapModel } from '../../../src/charts/heatmap/model';
import { buildHeatmapOption, heatTooltipHtml } from '../../../src/charts/heatmap/option';
import { heatmapTable } from '../../../src/charts/heatmap/table';
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

describe('heatmap table (the data behind the grid)', () => {
  const rate = (name: string, year: number, handled: number | null, fresh: number) =>
    makeReport({
      unit: name,
      year,
      cells: {
        'requests.new.total': fresh,
        'requests.carriedOver.total': 0,
        'requests.totalHandled.total': handled,
      },
    });
  const reports = [
    rate('甲', 2022, 2, 3),
    rate('甲', 2023, null, 3),
    rate(HOSTILE, 2023, 7, 8),
    rate('乙', 2022, 1, 0),
  ];
  const m = toHeatmapModel('completionRate', reports, [2022, 2023]);

  it('has a row per unit and a column per year, grey cells null, rates to one decimal', () => {
    const table = heatmapTable(m, 'zh');
    expect(table.columns).toEqual(['单位', '2022（%）', '2023（%）']);
    const row = (name: string) => table.rows.find((r) => r[0] === name);
    expect(row('甲')).toEqual(['甲', 66.7, null]);
    // 乙 had no requests: the rate has no denominator and stays blank, not 0.
    expect(row('乙')).toEqual(['乙', null, null]);
    expect(row(HOSTILE)).toEqual([HOSTILE, null, 87.5]);
    expect(table.rows.map((r) => r[0])).toEqual(m.units.map((u) => u.name));
    expect(heatmapTable(m, 'en').columns).toEqual(['Unit', '2022 (%)', '2023 (%)']);
  });

  it('holds exactly the coloured cells of the option, and null where it draws the grey —', () => {
    const table = heatmapTable(m, 'zh');
    const [values, missing] = buildHeatmapOption(m, 'zh').series as { data: number[][] }[];
    for (const [x, y, v] of values!.data) {
      expect(table.rows[y!]![x! + 1]).toBe(Math.round(v! * 10) / 10);
    }
    for (const [x, y] of missing!.data) expect(table.rows[y!]![x! + 1]).toBeNull();
    const cells = table.rows.flatMap((r) => r.slice(1));
    expect(cells.length).toBe(values!.data.length + missing!.data.length);
  });
});
