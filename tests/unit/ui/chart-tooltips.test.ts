// The tooltip arrives after the first charts are drawn; each drawn chart then gets it merged in,
// one chart per task, so a page of a dozen province-scale charts is not held in one long task.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/ui/echarts-tooltip', () => ({}));

const { loadTooltips, onTooltipsReady, tooltipsReady } =
  await import('../../../src/ui/chart-tooltips');

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tooltips reaching the charts already drawn', () => {
  it('gives each waiting chart its tooltip in a task of its own, skipping a chart gone meanwhile', async () => {
    const merged: string[] = [];
    let stopC = () => {};
    onTooltipsReady(() => {
      merged.push('a');
      stopC(); // c leaves the page before its turn
    });
    onTooltipsReady(() => merged.push('b'));
    stopC = onTooltipsReady(() => merged.push('c'));
    onTooltipsReady(() => merged.push('d'));
    expect(tooltipsReady()).toBe(false);
    await loadTooltips();
    expect(tooltipsReady()).toBe(true);
    expect(merged).toEqual(['a']);
    await nextTask();
    expect(merged).toEqual(['a', 'b']);
    await nextTask();
    await nextTask();
    await nextTask();
    expect(merged).toEqual(['a', 'b', 'd']);
  });
});
