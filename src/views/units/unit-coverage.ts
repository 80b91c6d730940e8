// Units of a dataset and the years each one reported, for the coverage table.
import type { Report } from '../../domain/report';
import { compareNames } from '../../domain/collate';

export interface UnitCoverage {
  unit: string;
  region: string | null;
  years: ReadonlySet<number>;
}

export function toUnitCoverage(reports: readonly Report[]): UnitCoverage[] {
  const byUnit = new Map<string, { region: string | null; years: Set<number> }>();
  for (const r of reports) {
    const entry = byUnit.get(r.unit) ?? { region: null, years: new Set<number>() };
    entry.region ??= r.region;
    entry.years.add(r.year);
    byUnit.set(r.unit, entry);
  }
  return [...byUnit]
    .map(([unit, e]) => ({ unit, region: e.region, years: e.years }))
    .sort((a, b) => compareNames(a.unit, b.unit));
}
