// The appeals view's own words, Chinese and English side by side. Outcome and indicator names
// come from the template (DISPUTE_COLUMNS) and INDICATORS, never from here.
import { AL_HEAD } from './headline-labels';

export const AL = {
  ...AL_HEAD,
  units: { zh: '各单位复议诉讼结果', en: 'Results by unit' },
  unitsTitle: {
    review: { zh: '各单位行政复议结果', en: 'Administrative review results by unit' },
    litigation: { zh: '各单位行政诉讼结果', en: 'Litigation results by unit' },
  },
  unitsDefinition: {
    review: {
      zh: '各单位行政复议分项件数（维持/纠正/其他/尚未审结），按分项合计从大到小',
      en: 'each unit’s administrative review components (maintained / corrected / other / pending), largest sum first',
    },
    litigation: {
      zh: '各单位行政诉讼分项件数（直接起诉 + 复议后起诉；维持/纠正/其他/尚未审结），按分项合计从大到小',
      en: 'each unit’s lawsuits, direct + after review (maintained / corrected / other / pending), largest sum first',
    },
  },
  unitsNote: {
    zh: '{year} 年，按分项合计从大到小排列；单位较多时可拖动右侧滑块翻页。',
    en: '{year}, largest first by the sum of components; with many units, drag the slider to page.',
  },
  rates: { zh: '纠错率（按年度）', en: 'Correction rates by year' },
  ratesNote: {
    zh: '纠错率 = 结果纠正 ÷ 已审结（总计 − 尚未审结），各单位先求和再相除；无已审结案件时为 —。',
    en: 'Correction rate = corrected ÷ concluded (total − pending), summed over units first; — when no case concluded.',
  },
  table: { zh: '各单位纠错率', en: 'Correction rates by unit' },
  unit: { zh: '单位', en: 'Unit' },
  corrected: { zh: '纠正', en: 'Corrected' },
  concluded: { zh: '已审结', en: 'Concluded' },
  rate: { zh: '纠错率', en: 'Rate' },
  flag: { zh: '核对', en: 'Check' },
  totalDisagrees: { zh: '所列总计与分项不符', en: 'printed total ≠ components' },
  missingUnits: { zh: '未报告本栏分项的单位：', en: 'Units without these components: ' },
  chartedUnits: {
    zh: '图中为合计最多的 {shown} 个单位（共 {all} 个），全部单位见数据表。',
    en: 'The chart shows the {shown} units with the largest sums (of {all}); the data table lists every unit.',
  },
  noUnits: { zh: '该年度没有单位报告此栏', en: 'No unit reports this in that year' },
  noRates: { zh: '所选年度均无已审结案件', en: 'No concluded case in the years shown' },
  allInQuality: { zh: '「数据质量」列出全部', en: 'Quality lists them all' },
  findings: {
    zh: '总计与分项不符（T4-SUM）',
    en: 'Totals that disagree with their components (T4-SUM)',
  },
  findingsNote: {
    zh: '图中堆叠使用分项；以下报告所列总计与分项之和不符，纠错率按合同口径（总计 − 尚未审结）计算，可能因此为 — 或偏离。',
    en: 'The stacks use the components; in these reports the printed total disagrees with them. Correction rates follow the contract (total − pending) and may be — or off because of it.',
  },
  noFindings: {
    zh: '所示报告的总计与分项一致。',
    en: 'In the reports shown, every total matches its components.',
  },
} as const;
