// Findings for the Quality and Unit profile views. Stages: locate each finding's report (for its
// unit key, scope and region) → filter by scope, years, rule, severity and unit → page, or
// summarise per unit and count the "not checkable" sets per rule. Pure, so tests can pin it.
import { FIELD_BY_KEY } from '../../domain/fields';
import {
  RULE_IDS,
  type CellRef,
  type CheckResult,
  type Finding,
  type RuleId,
  type Severity,
} from '../../domain/findings';
import type { Report } from '../../domain/report';
import { inScope, unitKey, type Scope } from '../../domain/scope';

export interface FindingFilter {
  scope: Scope;
  /** Years kept (inclusive list); empty keeps every year. */
  years: readonly number[];
  rule: RuleId | null;
  severity: Severity | null;
  /** Unit keys kept; empty keeps every unit. */
  units: readonly string[];
}

export interface LocatedFinding {
  finding: Finding;
  /** The unit key (unitId or name) of the report the finding is about; name when not found. */
  unitKey: string;
  report: Report | null;
}

const where = (unit: string, year: number) => `${year}\u0000${unit}`;

type PlaceIndex = Map<string, Report>;

/** The reports at these places (the last one, if a place has two). */
function indexPlaces(
  reports: readonly Report[],
  findings: readonly Pick<Finding, 'unit' | 'year'>[],
): PlaceIndex {
  // Only the places findings name, looked up by year then unit: a key string per report for a
  // province (30,000) cost the quality headline ~100 ms on every change of the data.
  const wanted = new Map<number, Set<string>>();
  for (const f of findings) {
    const units = wanted.get(f.year);
    if (units) units.add(f.unit);
    else wanted.set(f.year, new Set([f.unit]));
  }
  const byPlace: PlaceIndex = new Map();
  for (const r of reports) {
    if (wanted.get(r.year)?.has(r.unit)) byPlace.set(where(r.unit, r.year), r);
  }
  return byPlace;
}

/** Finds each finding's report, so it can be scoped and linked to its unit profile. */
export function locateFindings(
  findings: readonly Finding[],
  reports: readonly Report[],
): LocatedFinding[] {
  const places = indexPlaces(reports, findings);
  return findings.map((finding) => {
    const report = places.get(where(finding.unit, finding.year)) ?? null;
    return { finding, report, unitKey: report ? unitKey(report) : finding.unit };
  });
}

interface Place {
  year: number;
  report: Report | null;
  unitKey: string;
}

type PlaceFilter = Pick<FindingFilter, 'scope' | 'years' | 'units'>;

function inPlace(place: Place, filter: PlaceFilter): boolean {
  if (filter.years.length > 0 && !filter.years.includes(place.year)) return false;
  if (filter.units.length > 0 && !filter.units.includes(place.unitKey)) return false;
  if (filter.scope.kind === 'all') return true;
  return place.report !== null && inScope(place.report, filter.scope);
}

export function filterFindings(
  located: readonly LocatedFinding[],
  filter: FindingFilter,
): LocatedFinding[] {
  return located.filter((l) => {
    if (filter.rule && l.finding.rule !== filter.rule) return false;
    if (filter.severity && l.finding.severity !== filter.severity) return false;
    return inPlace({ year: l.finding.year, report: l.report, unitKey: l.unitKey }, filter);
  });
}

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

const byName = (a: UnitSummary, b: UnitSummary) => a.unit.localeCompare(b.unit, 'zh-CN');
const SORTS: Record<SummarySort, (a: UnitSummary, b: UnitSummary) => number> = {
  errors: (a, b) => b.error - a.error || b.warning - a.warning || byName(a, b),
  warnings: (a, b) => b.warning - a.warning || b.error - a.error || byName(a, b),
  unit: byName,
};

/** How many cell sets each rule could not check (a null operand), within the selection. */
export function notCheckableByRule(
  check: CheckResult,
  reports: readonly Report[],
  filter: PlaceFilter,
): { rule: RuleId; count: number }[] {
  const places = indexPlaces(reports, check.notCheckable);
  const counts = new Map<RuleId, number>();
  for (const n of check.notCheckable) {
    const report = places.get(where(n.unit, n.year)) ?? null;
    const place = { year: n.year, report, unitKey: report ? unitKey(report) : n.unit };
    if (inPlace(place, filter)) counts.set(n.rule, (counts.get(n.rule) ?? 0) + 1);
  }
  return RULE_IDS.filter((id) => counts.has(id)).map((rule) => ({
    rule,
    count: counts.get(rule)!,
  }));
}

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
