// Where each figure of a draft came from, for the source pane: the parser's provenance (the
// line's index, so two identical rows each point at their own line) plus, for the cells of a
// run left for the user to split, the line of the run's label — before and after the split.
import { getCell } from '../../domain/cells';
import type { Report } from '../../domain/report';
import type { FlatRun, SourceRef } from '../../io/report/types';

export function figureSources(
  provenance: Readonly<Record<string, SourceRef>>,
  runs: readonly FlatRun[],
): Record<string, SourceRef> {
  const out: Record<string, SourceRef> = { ...provenance };
  for (const run of runs) {
    const ref = { line: run.line, text: run.label + run.run + run.unit };
    for (const key of run.keys) out[key] ??= ref;
  }
  return out;
}

/** The blank cells of runs still waiting for the user's split. */
export function unsplitKeys(report: Report, runs: readonly FlatRun[]): Set<string> {
  return new Set(runs.flatMap((r) => r.keys.filter((k) => getCell(report, k) === null)));
}
