// The reports awaiting confirmation, as plain data: each draft is a parsed report the user may
// correct (meta fields, figures) or drop. Every edit re-runs checkReport on the edited copy.
import { checkReport } from '../../domain/checks';
import { setCellCarried } from '../../domain/cells';
import type { Finding } from '../../domain/findings';
import type { Level } from '../../domain/meta';
import type { Report } from '../../domain/report';
import type { LoadMessage } from '../../io/messages';
import type { FilledCell } from '../../io/report/flat-fill';
import type { FlatRun, SourceRef } from '../../io/report/types';

export interface Draft {
  id: string;
  file: string;
  report: Report;
  provenance: Record<string, SourceRef>;
  /** the lines the parser read; empty for dataset files (CSV / JSON), which have no source text */
  sourceLines: readonly string[];
  /** runs of a flattened table the parser left blank, for the user to split */
  flatRuns: readonly FlatRun[];
  warnings: LoadMessage[];
  findings: Finding[];
  dropped: boolean;
}

let next = 0;

export function makeDraft(
  file: string,
  report: Report,
  provenance: Record<string, SourceRef>,
  warnings: LoadMessage[],
  sourceLines: readonly string[] = [],
  flatRuns: readonly FlatRun[] = [],
  /** already computed (by the import worker); otherwise checked here */
  findings?: Finding[],
): Draft {
  next += 1;
  return {
    id: `d${next}`,
    file,
    report,
    provenance,
    sourceLines,
    flatRuns,
    warnings,
    findings: findings ?? checkReport(report).findings,
    dropped: false,
  };
}

export type MetaPatch = Partial<{
  unit: string;
  year: number;
  region: string | null;
  level: Level | null;
}>;

function rechecked(draft: Draft, report: Report): Draft {
  return { ...draft, report, findings: checkReport(report).findings };
}

export function editMeta(draft: Draft, patch: MetaPatch): Draft {
  return rechecked(draft, { ...draft.report, ...patch });
}

export function editCell(draft: Draft, key: string, value: number | null): Draft {
  const report = structuredClone(draft.report);
  setCellCarried(report, key, value);
  return rechecked(draft, report);
}

/** Several cells at once (a run split by hand), checked once. */
export function editCells(draft: Draft, cells: readonly FilledCell[]): Draft {
  const report = structuredClone(draft.report);
  for (const { key, value } of cells) setCellCarried(report, key, value);
  return rechecked(draft, report);
}

/** Text typed into a figure cell: blank → null; a number (commas, full-width digits) → it. */
export function parseFigure(text: string): { ok: true; value: number | null } | { ok: false } {
  const t = text
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '');
  if (t === '') return { ok: true, value: null };
  const n = Number(t);
  return Number.isFinite(n) && /^-?\d+(\.\d+)?$/.test(t) ? { ok: true, value: n } : { ok: false };
}

export function kept(drafts: readonly Draft[]): Report[] {
  return drafts.filter((d) => !d.dropped).map((d) => d.report);
}
