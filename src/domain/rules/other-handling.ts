// Row (六)其他处理 comes in two printed forms: three sub-rows (2021 template) or one row
// (2019 template, and some 2021-template reports). Which form a report uses decides what
// T3-HANDLED adds up, what MISSING asks for and what the (六) outcome share counts.
import type { ApplicantRow, Report } from '../report';

export const OTHER_SUB_ROWS = ['overdueCorrection', 'overdueFee', 'other'] as const;

const has = (v: number | null | undefined) => typeof v === 'number';

// Property names written out: this runs for every report, and keyed reads were measurably slower.
function anyReported(r: ApplicantRow | undefined): boolean {
  if (!r) return false;
  return (
    has(r.natural) ||
    has(r.commercial) ||
    has(r.research) ||
    has(r.social) ||
    has(r.legal) ||
    has(r.other) ||
    has(r.total)
  );
}

/**
 * True when (六) is the single `otherHandling.total` row: the report prints a figure in it, or
 * it is a 2019-template report (that template has no sub-rows) without sub-row figures.
 */
export function printsSingleOtherRow(report: Report): boolean {
  const other = report.requests.otherHandling;
  if (anyReported(other.total)) return true;
  if (report.format !== '2019') return false;
  return !OTHER_SUB_ROWS.some((k) => anyReported(other[k]));
}
