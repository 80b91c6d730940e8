// Findings for the Quality and Unit profile views. Stages: locate each finding's report (for its
// unit key, scope and region) → filter by scope, years, rule, severity and unit, and count the
// "not checkable" sets per rule (what the overview's quality headline needs too) → page, or
// summarise per unit (findings-detail.ts). Pure, so tests can pin it.
import {
  RULE_IDS,
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
