// Pipeline model → the table behind the chart: one row per stacked segment, in the order the
// bars stack them, with the bar it belongs to, the count drawn (blank stays null) and how many
// reports gave the figure.
import { countCell, type ChartTable } from '../table';
import type { PipelineModel } from './model';
import { PIPELINE_BARS, pipelineSegments } from './option';

const H = {
  bar: { zh: '柱', en: 'Bar' },
  item: { zh: '项目', en: 'Item' },
  count: { zh: '件数（件）', en: 'Requests (count)' },
  used: { zh: '填报报告数', en: 'Reports giving it' },
  of: { zh: '报告数', en: 'Reports' },
} as const;

export function pipelineTable(model: PipelineModel, lang: 'zh' | 'en'): ChartTable {
  return {
    columns: [H.bar[lang], H.item[lang], H.count[lang], H.used[lang], H.of[lang]],
    rows: pipelineSegments(model).map((s) => [
      PIPELINE_BARS[s.bar][lang],
      s.name[lang],
      countCell(s.value.value),
      s.value.used,
      s.value.of,
    ]),
  };
}
