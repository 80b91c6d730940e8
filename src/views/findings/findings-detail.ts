// What the views that list findings need beyond locating and filtering them (findings-model.ts,
// which the overview's quality headline uses too): pages of a list, a cell's name, the summary per
// unit, one unit's findings and the flags on a report's cells. Pure, so tests can pin it.
import { FIELD_BY_KEY } from '../../domain/fields';
import {
  RULE_IDS,
  type CellRef,
  type Finding,
  type RuleId,
  type Severity,
} from '../../domain/findings';
import type { LocatedFinding } from './findings-model';
import { compareNames } from '../../domain/collate';

export const PAGE_SIZE = 50;

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

/** One page (1-based, clamped) of a list. */
export function paginate<T>(list: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (current - 1) * size;
  return { items: list.slice(start, start + size), page: current, pages, total: list.length };
}

/** A cell's name in the field dictionary; a cell of another report says whose. */
export function cellLabel(cell: CellRef, finding: Finding, lang: 'zh' | 'en'): string {
  const def = FIELD_BY_KEY.get(cell.key);
  const name = def ? def[lang] : cell.key;
  const unit = cell.unit === finding.unit ? '' : `${cell.unit} `;
  const year =
    cell.year === finding.year ? '' : lang === 'zh' ? `${cell.year}年 ` : `${cell.year} `;
  return `${unit}${year}${name}`;
}

export interface UnitSummary {
  unitKey: string;
  unit: string;
  error: number;
  warning: number;
  info: number;
  rules: RuleId[];
}

export type SummarySort = 'errors' | 'warnings' | 'unit';

/** Errors, warnings and info per unit, with the rules involved (contract order). */
export function summarizeByUnit(
  located: readonly LocatedFinding[],
  sort: SummarySort = 'errors',
): UnitSummary[] {
  const map = new Map<string, UnitSummary & { ruleSet: Set<RuleId> }>();
  for (const { finding: f, unitKey: key } of located) {
    const entry = map.get(key) ?? {
      unitKey: key,
      unit: f.unit,
      error: 0,
      warning: 0,
      info: 0,
      rules: [],
      ruleSet: new Set<RuleId>(),
    };
    entry[f.severity] += 1;
    entry.ruleSet.add(f.rule);
    map.set(key, entry);
  }
  const rows = [...map.values()].map(({ ruleSet, ...rest }) => ({
    ...rest,
    rules: RULE_IDS.filter((id) => ruleSet.has(id)),
  }));
  return rows.sort(SORTS[sort]);
}

const byName = (a: UnitSummary, b: UnitSummary) => compareNames(a.unit, b.unit);
const SORTS: Record<SummarySort, (a: UnitSummary, b: UnitSummary) => number> = {
  errors: (a, b) => b.error - a.error || b.warning - a.warning || byName(a, b),
  warnings: (a, b) => b.warning - a.warning || b.error - a.error || byName(a, b),
  unit: byName,
};

/** The findings of one unit's reports (all years), keyed for cell highlighting by year. */
export function findingsOfUnit(located: readonly LocatedFinding[], key: string): LocatedFinding[] {
  return located.filter((l) => l.unitKey === key);
}

export interface CellFlag {
  severity: Severity;
  messages: string[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** For one report, each flat key named by a finding → worst severity and the messages. */
export function flagsForReport(
  findings: readonly Finding[],
  unit: string,
  year: number,
  lang: 'zh' | 'en',
): Map<string, CellFlag> {
  const flags = new Map<string, CellFlag>();
  for (const f of findings) {
    for (const c of f.cells) {
      if (c.unit !== unit || c.year !== year) continue;
      const flag = flags.get(c.key) ?? { severity: f.severity, messages: [] };
      if (RANK[f.severity] > RANK[flag.severity]) flag.severity = f.severity;
      const text = `${f.rule}: ${f.message[lang]}`;
      if (!flag.messages.includes(text)) flag.messages.push(text);
      flags.set(c.key, flag);
    }
  }
  return flags;
}
