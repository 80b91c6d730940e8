// An exported figure names every series: a legend that scrolls on the page is laid out in full
// in the image, the plot moved down by the rows added.
import { describe, expect, it } from 'vitest';
import { LEGEND_ROW, legendRows, unrollLegend } from '../../../src/ui/export-legend';
import type { Measure } from '../../../src/ui/figure-layout';

// 7px per character: "Review · Upheld" (15) is 25 + 5 + 105 = 135px wide.
const measure: Measure = (text) => text.length * 7;

const series = (names: string[]) => names.map((name) => ({ type: 'bar', name, data: [1] }));
const EIGHT = ['Review', 'Litigation'].flatMap((s) =>
  ['Upheld', 'Corrected', 'Other result', 'Pending'].map((o) => `${s} · ${o}`),
);

describe('legendRows', () => {
  it('fills rows left to right and starts a new one when the next entry does not fit', () => {
    expect(legendRows([], 960, measure)).toBe(0);
    expect(legendRows(['A'], 960, measure)).toBe(1);
    // Items of 135px with 10px gaps: six fit in 950px, so eight take two rows, 20 take four.
    expect(legendRows(Array(6).fill('Review · Upheld'), 960, measure)).toBe(1);
    expect(legendRows(Array(7).fill('Review · Upheld'), 960, measure)).toBe(2);
    expect(legendRows(Array(20).fill('Review · Upheld'), 960, measure)).toBe(4);
  });

  it('gives an entry wider than the box a row of its own rather than looping', () => {
    expect(legendRows(['x'.repeat(200), 'y'], 300, measure)).toBe(2);
  });
});

describe('unrollLegend', () => {
  it('lays a scrolling legend out in full and moves the plot down by the rows added', () => {
    const option = { legend: { top: 0, type: 'scroll' }, grid: { top: 56 }, series: series(EIGHT) };
    const { option: out, extra } = unrollLegend(option, 960, measure);
    const rows = legendRows(EIGHT, 960, measure);
    expect(rows).toBe(2);
    expect(extra).toBe(LEGEND_ROW);
    expect(out).toMatchObject({ legend: { top: 0, type: 'plain' }, grid: { top: 56 + extra } });
    expect(option.legend.type).toBe('scroll');
  });

  it('counts each named series once, or the legend’s own data when it has some', () => {
    const doubled = {
      legend: { type: 'scroll' },
      series: series([...EIGHT.slice(0, 4), ...EIGHT.slice(0, 4)]),
    };
    expect(unrollLegend(doubled, 960, measure).extra).toBe(0);
    const listed = { legend: { type: 'scroll', data: [...EIGHT, ...EIGHT] }, series: [] };
    // Sixteen entries from the legend's data (the option has no series): four rows.
    expect(legendRows([...EIGHT, ...EIGHT], 960, measure)).toBe(4);
    expect(unrollLegend(listed, 960, measure).extra).toBe(3 * LEGEND_ROW);
  });

  it('leaves alone a legend that fits, is hidden or is not a scrolling one', () => {
    const fits = { legend: { type: 'scroll' }, grid: { top: 32 }, series: series(['A', 'B']) };
    expect(unrollLegend(fits, 960, measure)).toMatchObject({
      extra: 0,
      option: { grid: { top: 32 } },
    });
    const hidden = { legend: { show: false, type: 'scroll' }, series: series(EIGHT) };
    expect(unrollLegend(hidden, 960, measure)).toEqual({ option: hidden, extra: 0 });
    const plain = { legend: { type: 'plain' }, series: series(EIGHT) };
    expect(unrollLegend(plain, 960, measure)).toEqual({ option: plain, extra: 0 });
    const none = { series: series(EIGHT) };
    expect(unrollLegend(none, 960, measure)).toEqual({ option: none, extra: 0 });
  });
});
