// The requests words the overview's headline panel shows too, apart from R (./labels.ts,
// which includes them) so the first page does not carry the whole view's words.
export const R_HEAD = {
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
  noRequests: { zh: '所选范围与年度没有申请数据', en: 'No request figures for this selection' },
} as const;
