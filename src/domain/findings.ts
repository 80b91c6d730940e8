// A finding is data: which rule, where, which cells, both sides and the difference, and a
// message in Chinese and English. Rules never throw; a rule with a null operand is recorded as
// "not checkable" for that cell set, never as passed or failed.

export const RULE_IDS = [
  'T3-ROW',
  'T3-HANDLED',
  'T3-BALANCE',
  'T4-SUM',
  'NONNEG',
  'RATE',
  'MISSING',
  'Y-CARRY',
  'Y-STOCK',
  'Y-SPIKE',
  'Y-CLONE',
  'U-CLONE',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';

/** One cell of one report: `key` is a flat field key. */
export interface CellRef {
  unit: string;
  year: number;
  key: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  unit: string;
  year: number;
  cells: CellRef[];
  /** The two sides of the identity (or the value and its limit); null where not numeric. */
  left: number | null;
  right: number | null;
  /** left − right, when both are numbers. */
  difference: number | null;
  message: { zh: string; en: string };
  /** The other report involved (previous year, or the other unit). */
  related?: { unit: string; year: number };
}

export interface NotCheckable {
  rule: RuleId;
  unit: string;
  year: number;
  cells: CellRef[];
  /** The operands that were null. */
  missing: CellRef[];
}

export interface CheckResult {
  findings: Finding[];
  notCheckable: NotCheckable[];
}
