// Words of the requests view, Chinese and English side by side. Row and column names come from
// the template dictionary, never from here.
import { R_HEAD } from './headline-labels';

export const R = {
  ...R_HEAD,
  mode: { zh: '时间', en: 'Period' },
  single: { zh: '单年', en: 'One year' },
  range: { zh: '区间', en: 'Range' },
  selection: { zh: '当前范围', en: 'Showing' },
  reports: { zh: '份报告', en: 'reports' },
  allUnits: { zh: '全部单位', en: 'all units' },
  outcomes: { zh: '办理结果构成', en: 'Outcomes' },
  outcomesNote: {
    zh: '占比 = 各类合计 ÷ (七)总计（先求和再相除）。点选一类查看具体原因。',
    en: 'Share = group total ÷ total handled (summed first). Pick a group to see its reasons.',
  },
  outcomesDefinition: {
    zh: '六类办理结果的件数（表三“总计”列，各报告求和）；占比 = 该类合计 ÷ (七)总计',
    en: 'requests per outcome group (table 3’s total column, summed over reports); share = group total ÷ total handled',
  },
  reasonsDefinition: {
    zh: '该类办理结果下各项具体原因的件数（表三“总计”列，各报告求和）；占比 = 该项 ÷ 本类各项之和',
    en: 'requests per reason of the group (table 3’s total column, summed over reports); share = reason ÷ sum of the group’s reasons',
  },
  drill: { zh: '查看原因', en: 'Reasons of' },
  none: { zh: '（不展开）', en: '(none)' },
  reasons: { zh: '具体原因', en: 'Reasons' },
  singleRow: {
    zh: '以下报告将“(六)其他处理”印为单行，无法拆分到三项原因，单列为“单行，无分项”：',
    en: 'These reports print “(6) other handling” as one row, so it cannot be split into its three reasons; it is shown as “single row”:',
  },
  applicants: { zh: '申请人构成', en: 'Applicants' },
  applicantsNote: {
    zh: '本年新收申请按申请人类型；自然人与五类法人或其他组织。空白栏为“未报告”，不按 0 计。',
    en: 'New requests by applicant type: natural persons and five kinds of legal persons or organisations. Blank columns are “not reported”, never 0.',
  },
  applicantsDefinition: {
    zh: '本年新收申请按申请人类型（表三“本年新收”行，各报告求和）；占比 = 该类 ÷ 本年新收总计',
    en: 'new requests by applicant type (the “new” row of table 3, summed over reports); share = column ÷ new requests in total',
  },
  blankColumns: { zh: '未填报的栏目', en: 'Columns left blank' },
} as const;
