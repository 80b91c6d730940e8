// Findings by rule → the table behind the bars: one row per rule that fired, top bar first (the
// contract's order), with its severity, what it checks, the count drawn and how many units and
// reports the findings come from.
import type { ChartTable } from '../table';
import type { FindingsByRuleModel } from './model';
import { SEVERITY_WORD } from './option';

const H = {
  rule: { zh: '规则', en: 'Rule' },
  severity: { zh: '严重程度', en: 'Severity' },
  check: { zh: '核对内容', en: 'What it checks' },
  count: { zh: '发现数（条）', en: 'Findings (count)' },
  units: { zh: '涉及单位数', en: 'Units' },
  reports: { zh: '涉及报告数', en: 'Reports' },
} as const;

export function findingsByRuleTable(model: FindingsByRuleModel, lang: 'zh' | 'en'): ChartTable {
  return {
    columns: [
      H.rule[lang],
      H.severity[lang],
      H.check[lang],
      H.count[lang],
      H.units[lang],
      H.reports[lang],
    ],
    rows: model.bars.map((b) => [
      b.rule,
      SEVERITY_WORD[b.severity][lang],
      b[lang],
      b.count,
      b.units,
      b.reports,
    ]),
  };
}
