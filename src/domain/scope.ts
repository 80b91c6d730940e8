// Which reports a view looks at: all of a dataset, one region (and everything under it), or
// one unit. A unit is identified by its unitId when it has one, else by its name.
import type { Report } from './report';
import { compareNames } from './collate';

export type Scope =
  { kind: 'all' } | { kind: 'region'; path: string } | { kind: 'unit'; unit: string };

export const ALL: Scope = { kind: 'all' };

export function unitKey(report: Pick<Report, 'unit' | 'unitId'>): string {
  return report.unitId ?? report.unit;
}

/** `all`, `region:河南省/焦作市`, `unit:示范区管委会办公室` → Scope; anything else → null. */
export function parseScope(text: string): Scope | null {
  if (text === 'all') return ALL;
  const [kind, ...rest] = text.split(':');
  const value = rest.join(':').trim();
  if (!value) return null;
  if (kind === 'region') return { kind: 'region', path: value };
  if (kind === 'unit') return { kind: 'unit', unit: value };
  return null;
}

export function scopeToString(scope: Scope): string {
  if (scope.kind === 'all') return 'all';
  return scope.kind === 'region' ? `region:${scope.path}` : `unit:${scope.unit}`;
}

export function inScope(report: Report, scope: Scope): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'unit':
      return unitKey(report) === scope.unit;
    case 'region': {
      const region = report.region ?? '';
      return region === scope.path || region.startsWith(`${scope.path}/`);
    }
  }
}

const SELECTED = new WeakMap<readonly Report[], Map<string, readonly Report[]>>();

/**
 * The reports in scope: the same array for the same reports array and scope (all of them: the
 * given array; a region or unit: a frozen one), so what
 * is remembered per array (indicator series, units) is found again by every panel and by a
 * render React started over.
 */
export function selectReports(reports: readonly Report[], scope: Scope): Report[] {
  // All of them: the very array, so what was worked out for the dataset (in its worker) is found.
  if (scope.kind === 'all') return reports as Report[];
  let byScope = SELECTED.get(reports);
  if (!byScope) SELECTED.set(reports, (byScope = new Map()));
  const id = scopeToString(scope);
  let selected = byScope.get(id);
  if (!selected)
    byScope.set(id, (selected = Object.freeze(reports.filter((r) => inScope(r, scope)))));
  return selected as Report[];
}

/**
 * The result of `derive` for this very array, computed once: the shell, the filter bar and the
 * views all ask for a dataset's units and regions on every render, which at 30,000 reports took
 * tens of milliseconds each time. Callers must treat the array as read-only (it is frozen).
 */
function memoOn<T>(
  cache: WeakMap<readonly Report[], readonly T[]>,
  derive: (r: readonly Report[]) => T[],
) {
  return (reports: readonly Report[]): T[] => {
    let value = cache.get(reports);
    if (!value) {
      value = Object.freeze(derive(reports));
      cache.set(reports, value);
    }
    return value as T[];
  };
}

/** Every region path and each of its prefixes that holds more than one unit, sorted. */
export const regionsOf = memoOn(new WeakMap(), (reports): string[] => {
  // Units by their region as written first (a province's 30,000 reports name a few hundred
  // regions), then each region's prefixes once.
  const unitsByWritten = new Map<string, Set<string>>();
  for (const r of reports) {
    const written = r.region ?? '';
    let set = unitsByWritten.get(written);
    if (!set) unitsByWritten.set(written, (set = new Set()));
    set.add(unitKey(r));
  }
  const unitsByRegion = new Map<string, Set<string>>();
  for (const [written, units] of unitsByWritten) {
    const parts = written.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join('/');
      let set = unitsByRegion.get(path);
      if (!set) unitsByRegion.set(path, (set = new Set()));
      for (const u of units) set.add(u);
    }
  }
  return [...unitsByRegion]
    .filter(([, units]) => units.size > 1)
    .map(([path]) => path)
    .sort(compareNames);
});

export interface UnitEntry {
  key: string;
  name: string;
  region: string | null;
  years: number[];
}

/** The units of a set of reports with the years each reported, sorted by name. */
export const unitsOf = memoOn(new WeakMap(), (reports): UnitEntry[] => {
  const map = new Map<string, UnitEntry>();
  for (const r of reports) {
    const key = unitKey(r);
    const entry = map.get(key) ?? { key, name: r.unit, region: r.region, years: [] };
    entry.years.push(r.year);
    map.set(key, entry);
  }
  for (const e of map.values()) e.years.sort((a, b) => a - b);
  return [...map.values()].sort((a, b) => compareNames(a.name, b.name));
});

export function yearsOf(reports: readonly Report[]): number[] {
  return [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
}
