import { describe, expect, it } from 'vitest';
import { applyChartPrefs } from '../../../src/ui/chart-prefs';

const option = {
  aria: { label: { description: 'd' } },
  series: [
    { type: 'bar', data: [1] },
    { type: 'line', data: [1] },
    { type: 'line', data: [2], lineStyle: { type: 'dashed', width: 3 } },
    { type: 'line', data: [3] },
  ],
};

describe('chart preferences applied to an option', () => {
  it('always turns aria on and keeps the chart’s own description', () => {
    const out = applyChartPrefs(option, { decal: false }) as typeof option & {
      aria: Record<string, unknown>;
    };
    expect(out.aria).toEqual({
      label: { description: 'd' },
      enabled: true,
      decal: { show: false },
    });
    expect(out.series).toBe(option.series);
  });

  it('with patterns: decals on, and each line its own dash and marker, set ones kept', () => {
    const out = applyChartPrefs(option, { decal: true }) as {
      aria: { decal: { show: boolean } };
      series: { type: string; symbol?: string; lineStyle?: { type: unknown; width?: number } }[];
    };
    expect(out.aria.decal.show).toBe(true);
    const [bar, a, b, c] = out.series;
    expect(bar).toEqual({ type: 'bar', data: [1] });
    expect(a).toMatchObject({ symbol: 'circle', lineStyle: { type: 'solid' } });
    expect(b).toMatchObject({ symbol: 'rect', lineStyle: { type: 'dashed', width: 3 } });
    expect(c).toMatchObject({ symbol: 'triangle', lineStyle: { type: 'dotted' } });
    expect(option.series[1]).toEqual({ type: 'line', data: [1] });
  });

  it('passes null through', () => {
    expect(applyChartPrefs(null, { decal: true })).toBeNull();
  });
});
