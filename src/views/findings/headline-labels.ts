// The findings words the overview's headline panel shows too, apart from F (./labels.ts,
// which includes them) so the first page does not carry the whole view's words.
import type { Severity } from '../../domain/findings';
import type { Text } from '../../ui/labels';

export const SEVERITY_TEXT: Record<Severity, Text> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Info' },
};

export const F_HEAD = {
  none: { zh: '所选条件下没有发现问题', en: 'No findings for this selection' },
  byRuleTitle: { zh: '按规则统计', en: 'Findings by rule' },
  byRuleDefinition: {
    zh: '各核对规则（模板勾稽关系等）在所选范围与年度的报告中产生的发现条数；颜色表示严重程度',
    en: 'findings per check rule (the template’s identities and more) in the reports of the chosen scope and years; colour = severity',
  },
  headlineTitle: { zh: '数据质量', en: 'Data quality' },
  total: { zh: '问题总数', en: 'Findings' },
  openQuality: { zh: '查看全部发现', en: 'See every finding' },
} as const satisfies Record<string, Text>;
