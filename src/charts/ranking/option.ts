// Ranking option for the compare view: the bars (bars.ts) over the whole list; a list longer
// than RANKING_PAGE gets a vertical dataZoom so only a window of bars is drawn at once, with
// room on the right for its slider.
// Registers the data zoom this option adds (a type-only import alone would register nothing).
import '../echarts-analysis';
import type { AnalysisChartOption } from '../echarts-analysis';
import { buildRankingBars, labelRoom, RANKING_PAGE } from './bars';
import type { RankedRow, RankingModel } from './model';

export {
  buildRankingBars,
  formatRankValue,
  RANKING_PAGE,
  rankingTooltipHtml,
  rankText,
} from './bars';

type Lang = 'zh' | 'en';

export function buildRankingOption(
  model: RankingModel,
  rows: readonly RankedRow[],
  lang: Lang,
): AnalysisChartOption {
  const bars = buildRankingBars(model, rows, lang);
  const long = rows.length > RANKING_PAGE;
  return {
    ...bars,
    // The slider takes 24 px right of the value labels.
    grid: { ...bars.grid, right: labelRoom(model, rows, lang) + (long ? 24 : 0) },
    dataZoom: long
      ? [
          {
            type: 'slider',
            yAxisIndex: 0,
            startValue: 0,
            endValue: RANKING_PAGE - 1,
            width: 14,
            right: 8,
            showDetail: false,
          },
          { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
        ]
      : [],
  };
}
