// Appeal outcomes by year. Stages: reports → per year, per side (行政复议; 行政诉讼 = 直接起诉 +
// 复议后起诉) the four component cells summed (维持/纠正/其他/尚未审结) → the printed totals
// beside them, so a chart stacks what the components say and a note can flag a printed total
// that disagrees. A component nobody reported stays null (a gap), never 0.
import type { DisputeGroupKey, Report } from '../../domain/report';

export const OUTCOMES = ['maintained', 'corrected', 'other', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Side = 'review' | 'litigation';
export const SIDES: readonly Side[] = ['review', 'litigation'];

export const SIDE_GROUPS: Record<Side, readonly DisputeGroupKey[]> = {
  review: ['review'],
  litigation: ['litigationDirect', 'litigationAfterReview'],
};

export interface SideCounts {
  /** Each component summed over the reports that gave it; null when none did. */
  outcomes: Record<Outcome, number | null>;
  /** Sum of the four components (null when all are null). */
  componentTotal: number | null;
  /** Sum of the printed 总计 cells (null when none printed). */
  printedTotal: number | null;
  /** Reports that gave all four components / reports given. */
  used: number;
  of: number;
}

export interface AppealYear {
  year: number;
  review: SideCounts;
  litigation: SideCounts;
}

export interface AppealOutcomesModel {
  years: AppealYear[];
}

export function sideCounts(reports: readonly Report[], side: Side): SideCounts {
  const outcomes = { maintained: null, corrected: null, other: null, pending: null } as Record<
    Outcome,
    number | null
  >;
  let printedTotal: number | null = null;
  let used = 0;
  const add = (o: Outcome, v: number | null): boolean => {
    if (v === null) return false;
    outcomes[o] = (outcomes[o] ?? 0) + v;
    return true;
  };
  for (const r of reports) {
    let complete = true;
    for (const g of SIDE_GROUPS[side]) {
      // Each cell by its own name (not r[g][o] in a loop): this runs for every report of a
      // province, and one property read per cell is much cheaper than a lookup by a variable key.
      const row = r[g];
      complete = add('maintained', row.maintained) && complete;
      complete = add('corrected', row.corrected) && complete;
      complete = add('other', row.other) && complete;
      complete = add('pending', row.pending) && complete;
      if (row.total !== null) printedTotal = (printedTotal ?? 0) + row.total;
    }
    if (complete) used++;
  }
  const parts = OUTCOMES.map((o) => outcomes[o]).filter((v): v is number => v !== null);
  const componentTotal = parts.length ? parts.reduce((a, b) => a + b, 0) : null;
  return { outcomes, componentTotal, printedTotal, used, of: reports.length };
}

export function toAppealOutcomesModel(
  reports: readonly Report[],
  years: readonly number[],
): AppealOutcomesModel {
  return {
    years: byYear(reports, years).map((rs, i) => ({
      year: years[i]!,
      review: sideCounts(rs, 'review'),
      litigation: sideCounts(rs, 'litigation'),
    })),
  };
}

/** The reports of each year, in one pass. */
function byYear(reports: readonly Report[], years: readonly number[]): Report[][] {
  const at = new Map(years.map((y, i) => [y, i]));
  const lists = years.map((): Report[] => []);
  for (const r of reports) {
    const i = at.get(r.year);
    if (i !== undefined) lists[i]!.push(r);
  }
  return lists;
}

export function hasAppealValues(model: AppealOutcomesModel): boolean {
  return model.years.some(
    (y) => y.review.componentTotal !== null || y.litigation.componentTotal !== null,
  );
}
