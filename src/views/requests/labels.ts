// Words of the requests view, Chinese and English side by side. Row and column names come from
// the template dictionary, never from here.
export const R = {
  mode: { zh: '时间', en: 'Period' },
  single: { zh: '单年', en: 'One year' },
  range: { zh: '区间', en: 'Range' },
  selection: { zh: '当前范围', en: 'Showing' },
  reports: { zh: '份报告', en: 'reports' },
  allUnits: { zh: '全部单位', en: 'all units' },
  pipeline: { zh: '申请办理流程', en: 'Request pipeline' },
  pipelineNote: {
    zh: '三根柱应等高：上年结转 + 本年新收 = 六类办理结果之和 = (七)总计 + 结转下年度（表三“总计”列）。',
    en: 'The three bars should be equally tall: carried over + new = the six outcomes = total handled + carried forward (table 3’s total column).',
  },
  pipelineDefinition: {
    zh: '上年结转 + 本年新收 = 六类办理结果之和 = (七)总计 + 结转下年度（表三“总计”列，各报告求和）',
    en: 'carried over + new = the six outcomes = total handled + carried forward (table 3’s total column, summed over reports)',
  },
  balanced: {
    zh: '各报告的表三合计关系均成立（或无法核对）。',
    en: 'Every report’s table-3 totals agree (or cannot be checked).',
  },
  imbalances: { zh: '报告原文数字不平衡', en: 'The published figures do not balance' },
  allInQuality: { zh: '「数据质量」列出全部', en: 'Quality lists them all' },
  handledRule: { zh: '六类办理结果之和 ≠ (七)总计', en: 'sum of the six outcomes ≠ total handled' },
  balanceRule: {
    zh: '本年新收 + 上年结转 ≠ (七)总计 + 结转下年度',
    en: 'new + carried over ≠ total handled + carried forward',
  },
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
  noRequests: { zh: '所选范围与年度没有申请数据', en: 'No request figures for this selection' },
} as const;
