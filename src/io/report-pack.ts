// Reports → a compact form for postMessage, and back. Structured clone of 5,000 reports (about
// 230,000 small objects) costs the receiving thread several hundred milliseconds in one go;
// packed, the figure cells travel as one Float64Array (transferred, not copied) and the rest as
// one JSON string, and the receiver rebuilds each report with buildReport — the same shape the
// loader builds. A blank cell travels as NaN (a report never holds NaN: cells are finite numbers
// or null).
import { getCell } from '../domain/cells';
import { FIELDS } from '../domain/fields';
import type { Cell, Report } from '../domain/report';
import { buildReport, type ReportHead } from '../domain/report-build';

export interface PackedReports {
  count: number;
  /** count × FIELDS.length cells, report after report, in FIELDS order; NaN = blank. */
  cells: Float64Array;
  /** JSON of the reports' ReportHead, in the same order. */
  heads: string;
}

const WIDTH = FIELDS.length;

export function packReports(reports: readonly Report[]): PackedReports {
  const cells = new Float64Array(reports.length * WIDTH);
  const heads: ReportHead[] = [];
  reports.forEach((r, i) => {
    const base = i * WIDTH;
    for (let k = 0; k < WIDTH; k++) {
      const field = FIELDS[k]!;
      const v = field.table === 't2-2019' && r.proactive2019 === null ? null : getCell(r, field);
      cells[base + k] = v ?? NaN;
    }
    heads.push(headOf(r));
  });
  return { count: reports.length, cells, heads: JSON.stringify(heads) };
}

function headOf(r: Report): ReportHead {
  const { unit, year, unitId, region, level, format, source, notes } = r;
  const { approx, publishedBreakdown, other } = r.narrative;
  return {
    unit,
    year,
    unitId,
    region,
    level,
    format,
    source,
    approx,
    publishedBreakdown,
    other,
    notes,
  };
}

export function unpackReports(packed: PackedReports): Report[] {
  const heads = JSON.parse(packed.heads) as ReportHead[];
  const vector: Cell[] = new Array<Cell>(WIDTH).fill(null);
  const reports: Report[] = [];
  for (let i = 0; i < packed.count; i++) {
    const base = i * WIDTH;
    for (let k = 0; k < WIDTH; k++) {
      const v = packed.cells[base + k]!;
      vector[k] = v === v ? v : null; // NaN !== NaN: a blank
    }
    reports.push(buildReport(heads[i]!, vector));
  }
  return reports;
}
