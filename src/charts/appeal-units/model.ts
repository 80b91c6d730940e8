// Appeal outcomes across units for one year. Stages: the year's reports → per unit one side's
// component counts (维持/纠正/其他/尚未审结, as in appeal-outcomes) → units with any component,
// sorted by the components' sum (largest first); units that reported none are listed apart.
import type { Report } from '../../domain/report';
import { unitKey } from '../../domain/scope';
import { sideCounts, type Side, type SideCounts } from '../appeal-outcomes/model';
import { nameOrder } from '../../domain/collate';

export interface UnitAppeal {
  key: string;
  name: string;
  counts: SideCounts;
}

export interface AppealUnitsModel {
  side: Side;
  year: number;
  units: UnitAppeal[];
  /** Units with a report that year but no component of this side. */
  missing: string[];
}

export function toAppealUnitsModel(
  reports: readonly Report[],
  year: number,
  side: Side,
): AppealUnitsModel {
  const byUnit = new Map<string, Report[]>();
  for (const r of reports) {
    if (r.year !== year) continue;
    const list = byUnit.get(unitKey(r)) ?? [];
    list.push(r);
    byUnit.set(unitKey(r), list);
  }
  const all = [...byUnit].map(([key, rs]) => ({
    key,
    name: rs[0]!.unit,
    counts: sideCounts(rs, side),
  }));
  const byName = nameOrder(reports);
  const units = all
    .filter((u) => u.counts.componentTotal !== null)
    .sort(
      (a, b) =>
        (b.counts.componentTotal ?? 0) - (a.counts.componentTotal ?? 0) || byName(a.name, b.name),
    );
  const missing = all
    .filter((u) => u.counts.componentTotal === null)
    .map((u) => u.name)
    .sort(byName);
  return { side, year, units, missing };
}
