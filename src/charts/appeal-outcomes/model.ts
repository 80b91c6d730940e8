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
  for (const r of reports) {
    let complete = true;
    for (const g of SIDE_GROUPS[side]) {
      for (const o of OUTCOMES) {
        const v = r[g][o];
        if (v === null) complete = false;
        else outcomes[o] = (outcomes[o] ?? 0) + v;
      }
      const t = r[g].total;
      if (t !== null) printedTotal = (printedTotal ?? 0) + t;
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
    years: years.map((year) => {
      const rs = reports.filter((r) => r.year === year);
      return { year, review: sideCounts(rs, 'review'), litigation: sideCounts(rs, 'litigation') };
    }),
  };
}

export function hasAppealValues(model: AppealOutcomesModel): boolean {
  return model.years.some(
    (y) => y.review.componentTotal !== null || y.litigation.componentTotal !== null,
  );
}
