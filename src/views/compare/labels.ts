// Words of the compare view, Chinese and English side by side. Indicator and figure names come
// from the domain dictionaries, never from here.
import { C_HEAD } from './headline-labels';

export const C = {
  ...C_HEAD,
  rankingNote: {
    zh: '按所选指标从高到低；数值相同者并列同一名次；无法计算的单位单列，不按 0 计。',
    en: 'Highest first; equal values share a rank; units without a value are listed apart, never as 0.',
  },
  indicator: { zh: '指标', en: 'Indicator' },
  show: { zh: '显示', en: 'Show' },
  bottom: { zh: '后', en: 'Bottom' },
  all: { zh: '全部', en: 'All' },
  search: { zh: '查找单位', en: 'Find a unit' },
  searchPlaceholder: { zh: '输入单位名称', en: 'Unit name' },
  matching: { zh: '名称含“{q}”', en: 'names containing "{q}"' },
  noMatch: { zh: '没有名称包含该文字的已排名单位', en: 'No ranked unit matches' },
  found: { zh: '找到 {n} 个单位：', en: 'Found {n}: ' },
  unrankedAll: { zh: '数据表与 CSV 列出全部', en: 'the data table and CSV list them all' },
  unranked: { zh: '未报告/无法计算', en: 'Not reported / cannot be computed' },
  rankedCount: { zh: '参与排名', en: 'ranked' },
  units: { zh: '个单位', en: 'units' },
  highlighted: { zh: '突出显示', en: 'Highlighted' },
  heatmap: { zh: '单位 × 年度', en: 'Units × years' },
  heatmapNote: {
    zh: '颜色越深数值越大；灰色“—”为未报告或无法计算，不等于 0。',
    en: 'Darker is higher; grey “—” cells are not reported or cannot be computed, not 0.',
  },
  yearTable: { zh: '年度对比', en: 'Year versus year' },
  yearTableNote: {
    zh: '范围内各单位先求和再计算比率；基数为 0 或缺失时相对变化记为“—”；比率的变化以百分点计。',
    en: 'Counts are summed over the scope before dividing; relative change is “—” when the base is 0 or missing; rates change in percentage points.',
  },
  yearA: { zh: '基准年', en: 'Base year' },
  yearB: { zh: '对比年', en: 'Compared year' },
  figure: { zh: '项目', en: 'Figure' },
  change: { zh: '变化', en: 'Change' },
  relative: { zh: '相对变化', en: 'Relative' },
  coverage: { zh: '填报单位', en: 'Reports giving it' },
  indicatorsGroup: { zh: '指标', en: 'Indicators' },
  table3Group: { zh: '表三 合计', en: 'Table 3 totals' },
  points: { zh: '个百分点', en: ' pp' },
  needTwoYears: { zh: '需要至少两个年度', en: 'Needs at least two years' },
} as const;
