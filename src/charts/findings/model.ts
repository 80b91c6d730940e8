// Findings-by-rule model: findings → one bar per rule that fired (contract order), with its
// severity and the units and years it covers. No finding at all → no bars (the empty state).
import { RULES } from '../../domain/rules/catalogue';
import { RULE_IDS, type Finding, type RuleId, type Severity } from '../../domain/findings';

export interface RuleBar {
  rule: RuleId;
  severity: Severity;
  count: number;
  /** Distinct units and report-years the findings of this rule come from. */
  units: number;
  reports: number;
  zh: string;
  en: string;
}

export interface FindingsByRuleModel {
  bars: RuleBar[];
  total: number;
}

export function toFindingsByRuleModel(findings: readonly Finding[]): FindingsByRuleModel {
  const perRule = new Map<RuleId, { count: number; units: Set<string>; reports: Set<string> }>();
  for (const f of findings) {
    const entry = perRule.get(f.rule) ?? { count: 0, units: new Set(), reports: new Set() };
    entry.count += 1;
    entry.units.add(f.unit);
    entry.reports.add(`${f.unit}\u0000${f.year}`);
    perRule.set(f.rule, entry);
  }
  const bars = RULE_IDS.filter((id) => perRule.has(id)).map((rule) => {
    const e = perRule.get(rule)!;
    const info = RULES[rule];
    return {
      rule,
      severity: info.severity,
      count: e.count,
      units: e.units.size,
      reports: e.reports.size,
      zh: info.zh,
      en: info.en,
    };
  });
  return { bars, total: findings.length };
}
