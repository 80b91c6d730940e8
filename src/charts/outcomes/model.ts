// Outcome model: the reports of a selection → the six outcome groups (count and share of
// (七)总计, summed then divided) and, for one group, its sub-reasons. Row (六) printed as a
// single row cannot be split: those reports are counted apart and named.
import { getCell } from '../../domain/cells';
import { outcomeShares } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { printsSingleOtherRow } from '../../domain/rules/other-handling';
import { OUTCOME_GROUPS, REQUEST_ROWS, type OutcomeGroup } from '../../domain/template';
import { groupPart, sumPart, type YearValue } from '../year-compare/model';

export interface OutcomeBar {
  key: OutcomeGroup;
  zh: string;
  en: string;
  count: YearValue;
  /** Share of (七)总计, 0..1; null without a denominator. */
  share: number | null;
}

export interface ReasonBar {
  /** Row key under `requests`, e.g. `denied.thirdParty`; `otherHandling.total` for the single row. */
  key: string;
  zh: string;
  en: string;
  count: YearValue;
}

export interface OutcomeModel {
  groups: OutcomeBar[];
  reports: number;
}

export interface ReasonModel {
  group: OutcomeGroup;
  reasons: ReasonBar[];
  /** Reports that printed (六) as one row (only for otherHandling). */
  singleRow: { unit: string; year: number }[];
}

export function toOutcomeModel(reports: readonly Report[]): OutcomeModel {
  const shares = outcomeShares(reports);
  const groups = OUTCOME_GROUPS.map((g) => ({
    key: g.key,
    zh: g.zh,
    en: g.en,
    count: sumPart(groupPart(g.key), reports),
    share: shares[g.key].value,
  }));
  return { groups, reports: reports.length };
}

/** Strips the group prefix the template prints, e.g. "(三) 不予公开 4.保护…" → "4.保护…". */
function reasonLabel(zh: string): string {
  return zh.replace(/^\(.\) \S+ /, '');
}

export function toReasonModel(reports: readonly Report[], group: OutcomeGroup): ReasonModel {
  const isOther = group === 'otherHandling';
  const single = isOther ? reports.filter(printsSingleOtherRow) : [];
  const split = isOther ? reports.filter((r) => !printsSingleOtherRow(r)) : reports;
  // Sub-rows only when some report prints them: otherwise they would read as reported blanks.
  const subRows =
    isOther && split.length === 0
      ? []
      : REQUEST_ROWS.filter((r) => r.group === group && r.key !== 'otherHandling.total');
  const reasons = subRows.map((row) => ({
    key: row.key,
    zh: reasonLabel(row.zh),
    en: row.en,
    count: sumPart((r) => getCell(r, `requests.${row.key}.total`), split),
  }));
  if (single.length > 0) {
    const row = REQUEST_ROWS.find((r) => r.key === 'otherHandling.total')!;
    reasons.push({
      key: row.key,
      zh: reasonLabel(row.zh),
      en: row.en,
      count: sumPart((r) => getCell(r, 'requests.otherHandling.total.total'), single),
    });
  }
  return { group, reasons, singleRow: single.map((r) => ({ unit: r.unit, year: r.year })) };
}
