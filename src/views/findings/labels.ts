// Chrome text of the findings list, the per-unit summary and the quality filters, zh and en.
// Rule explanations come from RULES and cell names from the field dictionary, never from here.
import type { Text } from '../../ui/labels';
import { F_HEAD } from './headline-labels';

export { SEVERITY_TEXT } from './headline-labels';

export const F = {
  ...F_HEAD,
  listTitle: { zh: '核对发现', en: 'Findings' },
  listNote: {
    zh: '每条发现列出规则、单位、年度、涉及单元格、两侧数值与差额；空白为未报告，不按 0 计。',
    en: 'Each finding names the rule, unit, year, cells, both sides and the difference; blanks are not reported, never 0.',
  },
  severity: { zh: '级别', en: 'Severity' },
  rule: { zh: '规则', en: 'Rule' },
  unit: { zh: '单位', en: 'Unit' },
  year: { zh: '年度', en: 'Year' },
  cells: { zh: '涉及单元格', en: 'Cells' },
  left: { zh: '左侧', en: 'Left side' },
  right: { zh: '右侧', en: 'Right side' },
  difference: { zh: '差额', en: 'Difference' },
  message: { zh: '说明', en: 'Message' },
  related: { zh: '对照', en: 'Compared with' },
  page: { zh: '页', en: 'Page' },
  prev: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  shown: { zh: '条，当前显示', en: 'findings, showing' },
  allRules: { zh: '全部规则', en: 'All rules' },
  allSeverities: { zh: '全部级别', en: 'All severities' },
  allUnits: { zh: '全部单位', en: 'All units' },
  allYears: { zh: '全部年度', en: 'All years' },
  filters: { zh: '筛选发现', en: 'Filter findings' },
  summaryTitle: { zh: '各单位问题汇总', en: 'Findings by unit' },
  summaryNote: {
    zh: '点击列标题排序；点击单位名称查看单位档案。',
    en: 'Click a column heading to sort; click a unit to open its profile.',
  },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  infos: { zh: '提示', en: 'Info' },
  rules: { zh: '涉及规则', en: 'Rules' },
  notCheckableTitle: { zh: '无法核对的单元格组', en: 'Cell sets not checkable' },
  notCheckableNote: {
    zh: '参与核对的单元格有空白（未报告）时，该组既不算通过也不算失败。',
    en: 'When an operand is blank (not reported) the set is neither passed nor failed.',
  },
  sets: { zh: '组数', en: 'Sets' },
  yearPrefix: { zh: '年', en: '' },
} as const satisfies Record<string, Text>;
