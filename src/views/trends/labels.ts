// The trends view's own words, Chinese and English side by side. Indicator and figure names come
// from INDICATORS and the field dictionary, never from here.
export const TL = {
  controls: { zh: '趋势设置', en: 'Trend settings' },
  indicators: { zh: '指标', en: 'Indicators' },
  units: { zh: '单位', en: 'Units' },
  unitSearch: { zh: '搜索单位…', en: 'Search units…' },
  noUnitMatch: { zh: '没有匹配的单位', en: 'No unit matches' },
  moreMatches: {
    zh: '项未列出，请输入更多字符缩小范围',
    en: 'more not listed; type more to narrow',
  },
  noneSelected: {
    zh: '未选单位：按当前范围合计显示',
    en: 'No unit picked: the current scope is shown summed',
  },
  clearUnits: { zh: '清除', en: 'Clear' },
  remove: { zh: '移除', en: 'Remove' },
  layout: { zh: '多单位显示', en: 'Several units' },
  overlay: { zh: '叠加', en: 'Overlaid' },
  multiples: { zh: '分图（小多图）', en: 'Small multiples' },
  noIndicator: { zh: '请至少选择一个指标', en: 'Pick at least one indicator' },
  multiplesHint: {
    zh: '小多图按单位分图，纵轴刻度相同；未选单位时只有一张合计图。',
    en: 'One small chart per unit, all on the same y scale; with no unit picked there is one summed chart.',
  },
  trendNote: {
    zh: '先对各单位求和再计算比率；空白为未报告，图中为断点，不按 0 计。',
    en: 'Counts are summed over units before any rate is computed; blanks are gaps, never 0.',
  },
  appeals: { zh: '复议诉讼结果（按年度）', en: 'Review and litigation results by year' },
  appealsNote: {
    zh: '左栏行政复议、右栏行政诉讼（直接起诉 + 复议后起诉，斜纹）；按分项（维持/纠正/其他/尚未审结）堆叠。',
    en: 'Left stack administrative review, right (hatched) litigation (direct + after review); stacked from the component cells.',
  },
  appealsSelection: { zh: '所选单位合计', en: 'Selected units summed' },
  noValues: { zh: '所选年度均未报告该指标', en: 'No year in range reports this figure' },
  templateMark: {
    zh: '模板变更 2019→2021版：{a} 年为 2019 版模板，{b} 年起为 2021 版，口径不同或无此项。',
    en: 'Template change 2019→2021: {a} uses the 2019 template, {b} on the 2021 one; the figure differs or is absent.',
  },
  allUnitsSum: { zh: '全部单位合计', en: 'All units, summed' },
  sumSuffix: { zh: '合计', en: 'summed' },
  headline: { zh: '趋势', en: 'Trend' },
} as const;

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));
}
