// Chrome text of the unit profile, zh and en. Figure labels come from template.ts / fields.ts;
// the few template headings that are not figures (三、本年度办理结果, 申请人情况 …) live here.
import type { Text } from '../../ui/labels';

export const U = {
  title: { zh: '单位档案', en: 'Unit profile' },
  pick: { zh: '选择单位', en: 'Choose a unit' },
  pickNote: {
    zh: '输入单位名称或地区筛选，点击单位打开其档案。',
    en: 'Type part of a unit name or region, then open the unit.',
  },
  search: { zh: '搜索单位', en: 'Search units' },
  noMatch: { zh: '没有匹配的单位', en: 'No unit matches' },
  moreMatches: { zh: '仅显示前 50 个，请输入更多文字', en: 'Showing the first 50; type more' },
  unit: { zh: '单位', en: 'Unit' },
  year: { zh: '年度', en: 'Year' },
  years: { zh: '报告年度', en: 'Years reported' },
  region: { zh: '地区', en: 'Region' },
  level: { zh: '层级', en: 'Level' },
  template: { zh: '模板版本', en: 'Template' },
  template2021: {
    zh: '2021版（国办公开办函〔2021〕30号）',
    en: '2021 template (State Council General Office, Guo Ban Gong Kai Han [2021] No. 30)',
  },
  template2019: {
    zh: '2019版（国办公开办函〔2019〕60号）',
    en: '2019 template (State Council General Office, Guo Ban Gong Kai Han [2019] No. 60)',
  },
  source: { zh: '来源', en: 'Source' },
  sourceLink: { zh: '原文链接', en: 'Original' },
  published: { zh: '发布日期', en: 'Published' },
  file: { zh: '来源文件', en: 'Source file' },
  sourceTitle: { zh: '标题', en: 'Title' },
  notes: { zh: '录入说明', en: 'Notes' },
  noSource: { zh: '未记录来源', en: 'No source recorded' },
  noReportYear: { zh: '该单位此年度无报告', en: 'No report for this year' },
  table2: { zh: '二、主动公开政府信息情况', en: '2. Proactive disclosure' },
  table2Format2019: {
    zh: '本年度使用2019版模板，表二按2019版格式列示。',
    en: 'This year uses the 2019 template; table 2 is shown in its 2019 layout.',
  },
  table3: {
    zh: '三、收到和处理政府信息公开申请情况',
    en: '3. Requests received and handled',
  },
  table4: {
    zh: '四、政府信息公开行政复议、行政诉讼情况',
    en: '4. Administrative review and litigation',
  },
  content: { zh: '信息内容', en: 'Item' },
  applicants: { zh: '申请人情况', en: 'Applicants' },
  legalPersons: { zh: '法人或其他组织', en: 'Legal persons and other organisations' },
  t3Corner: {
    zh: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    en: '(Each column: item 1 + item 2 = item 3 + item 4)',
  },
  results: { zh: '三、本年度办理结果', en: '3. Results this year' },
  litigation: { zh: '行政诉讼', en: 'Administrative litigation' },
  singleOther: {
    zh: '本报告的“(六)其他处理”印为一行、无分项，按原表列示。',
    en: 'This report prints “(6) other handling” as one row without sub-rows; shown as printed.',
  },
  blank: { zh: '未填报（空白不等于 0）', en: 'Not reported (blank is not zero)' },
  flagged: {
    zh: '有核对发现的单元格已标出，悬停查看说明。',
    en: 'Cells with findings are marked; hover for the message.',
  },
  narrative: { zh: '正文数字（一、总体情况）', en: 'Figures in the text (1. Overview)' },
  breakdown: { zh: '主动公开分类', en: 'Published items by category' },
  otherFigures: { zh: '其他数字', en: 'Other figures' },
  approx: { zh: '约数（原文为“余/近/约”）', en: 'approximate (stated as “over/about”)' },
  noNarrative: { zh: '正文未给出这些数字', en: 'The text gives none of these figures' },
  indicators: { zh: '指标与趋势', en: 'Indicators and trends' },
  indicatorsNote: {
    zh: '按该单位各年报告计算；比率先求和后相除，分母为 0 或空白时显示 —。点击指标名称查看趋势图。',
    en: 'From this unit’s reports; rates from summed counts, — when the denominator is 0 or blank. Click an indicator to chart it.',
  },
  indicator: { zh: '指标', en: 'Indicator' },
  yoy: { zh: '同比', en: 'YoY' },
  findings: { zh: '核对发现（全部年度）', en: 'Findings (all years)' },
} as const satisfies Record<string, Text>;

const DIGITS = '一二三四五六七八九';

/** 一 … 九十九 → 1 … 99; anything else → null. */
function chineseNumber(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, ones] = m;
  const digit = (c: string | undefined) => (c ? DIGITS.indexOf(c) + 1 : 0);
  if (!ten) return text.length === 1 ? digit(text) : null;
  return (tens ? digit(tens) : 1) * 10 + digit(ones);
}

/** A template section as the reader's language cites it: 第二十条第(一)项 → Article 20(1). */
export function sectionText(section: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return section;
  const m = /^第(.+)条第\((.+)\)项$/.exec(section);
  const article = m ? chineseNumber(m[1]!) : null;
  const item = m ? chineseNumber(m[2]!) : null;
  return article !== null && item !== null ? `Article ${article}(${item})` : section;
}
