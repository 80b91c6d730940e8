// The overview's own words, Chinese and English side by side. Indicator names and formulas come
// from INDICATORS, never from here.
export const OV = {
  kpiTitle: { zh: '核心指标', en: 'Key figures' },
  kpiNote: {
    zh: '各单位先求和再计算比率；空白为未报告，不按 0 计；悬停卡片可见计算公式。',
    en: 'Counts are summed over units before dividing; blanks are not reported, never 0. Hover a card for its formula.',
  },
  kpiDefinition: {
    zh: '九项核心指标的当年数值、同比与覆盖单位；计数为各单位之和，比率由求和后的件数相除',
    en: 'The nine key figures for the year with change and coverage; counts are summed over units, rates divide the summed counts',
  },
  allUnits: { zh: '全部单位', en: 'All units' },
  region: { zh: '地区', en: 'Region' },
  yoy: { zh: '同比', en: 'YoY' },
  units: { zh: '个单位', en: 'units' },
  formula: { zh: '计算方法', en: 'Formula' },
  missingUnits: { zh: '未填报', en: 'Not reported by' },
  noYear: { zh: '该数据集没有年度', en: 'The dataset has no years' },
  noPoints: { zh: '各年均无数据', en: 'No data in any year' },
  sparkline: { zh: '历年走势', en: 'Trend over the years' },
  trendTitle: { zh: '年度趋势', en: 'Trend by year' },
} as const;

type Text = { zh: string; en: string };

/** Why the year-on-year change is missing. */
export const YOY_WHY = {
  firstYear: { zh: '无上一年度', en: 'no earlier year' },
  prevMissing: (year: number): Text => ({ zh: `${year}年无数据`, en: `no data for ${year}` }),
  prevZero: (year: number): Text => ({ zh: `${year}年为 0`, en: `${year} was 0` }),
  otherUnits: (year: number, prev: number, now: number): Text => ({
    zh: `较${year}年；口径不同：${prev}→${now} 个单位`,
    en: `vs ${year}; different units: ${prev}→${now}`,
  }),
  versus: (year: number): Text => ({ zh: `较${year}年`, en: `vs ${year}` }),
} as const;
