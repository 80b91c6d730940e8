// Findings counted by severity and by rule, in the contract's rule order.
import { RULES } from '../../domain/checks';
import { RULE_IDS, type CheckResult, type RuleId, type Severity } from '../../domain/findings';

export interface RuleCount {
  rule: RuleId;
  severity: Severity;
  count: number;
}

export interface FindingsSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  /** Only the rules with at least one finding. */
  byRule: RuleCount[];
  notCheckable: number;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function summarizeFindings(check: CheckResult): FindingsSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const perRule = new Map<RuleId, number>();
  for (const f of check.findings) {
    bySeverity[f.severity] += 1;
    perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  }
  const byRule = RULE_IDS.filter((id) => perRule.has(id)).map((rule) => ({
    rule,
    severity: RULES[rule].severity,
    count: perRule.get(rule)!,
  }));
  return {
    total: check.findings.length,
    bySeverity,
    byRule,
    notCheckable: check.notCheckable.length,
  };
}
