// The compact list of drafts, as data: one row per draft with its counts (error and warning
// findings, all findings, parser warnings), drafts with error findings first (then the order
// they were read in), optionally only those. Pure, so paging and ordering are tested without DOM.
import type { Draft } from './drafts';

export interface DraftRow {
  draft: Draft;
  errors: number;
  warnings: number;
  findings: number;
  /** the parser's warnings (识别提示) */
  notes: number;
}

export type DraftFilter = 'all' | 'errors';

/** More drafts than this are listed compactly, one opened at a time. */
export const FULL_PREVIEW_MAX = 5;

export function draftRows(drafts: readonly Draft[], filter: DraftFilter = 'all'): DraftRow[] {
  const rows = drafts.map((draft) => {
    let errors = 0;
    let warnings = 0;
    for (const f of draft.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    return {
      draft,
      errors,
      warnings,
      findings: draft.findings.length,
      notes: draft.warnings.length,
    };
  });
  const shown = filter === 'errors' ? rows.filter((r) => r.errors > 0) : rows;
  // Array.prototype.sort is stable: within each group the reading order stays.
  return shown.sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0));
}

/** How many drafts have error findings, and how many are left out. */
export function draftTotals(drafts: readonly Draft[]): { withErrors: number; dropped: number } {
  let withErrors = 0;
  let dropped = 0;
  for (const d of drafts) {
    if (d.findings.some((f) => f.severity === 'error')) withErrors++;
    if (d.dropped) dropped++;
  }
  return { withErrors, dropped };
}
