import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trySplitRun } from '../../../src/io/report/flat-fill';
import { tryParseReportText } from '../../../src/io/report/parse-text';
import { editCell, editCells, makeDraft, type Draft } from '../../../src/views/import/drafts';

function draftOf(name: string): Draft {
  const text = readFileSync(`tests/fixtures/reports-text/${name}`, 'utf8');
  const result = tryParseReportText(text, name);
  if (!result.ok) throw new Error(result.errors.map((e) => e.en).join('; '));
  const p = result.reports[0]!;
  return makeDraft(name, p.report, p.provenance, p.warnings, p.sourceLines, p.flatRuns);
}

describe('drafts: a run split by hand', () => {
  it('fills every cell of the run at once and re-checks the report', () => {
    const draft = draftOf('flattened-unique.txt');
    const run = draft.flatRuns[0]!;
    const split = trySplitRun(run, '5 4 31');
    if (!split.ok) throw new Error(split.error.en);
    const missing = (d: Draft) => d.findings.filter((f) => f.rule === 'MISSING').length;
    const after = editCells(draft, split.cells);
    expect(after.report.proactive?.normativeDocuments).toEqual({
      issued: 5,
      repealed: 4,
      valid: 31,
    });
    expect(missing(after)).toBe(missing(draft) - 1);
    // The parsed draft itself is left as it was.
    expect(draft.report.proactive?.normativeDocuments.issued).toBeNull();
  });

  it('carries a 2019 decision count into its comparable cell, by hand or by split', () => {
    const draft = draftOf('flattened-2019.txt');
    const run = draft.flatRuns.find((r) => r.label === '行政处罚')!;
    const split = trySplitRun(run, '152 0 305');
    if (!split.ok) throw new Error(split.error.en);
    expect(editCells(draft, split.cells).report.proactive?.punishment).toBe(305);
    expect(
      editCell(draft, 'proactive2019.licensing.decisions', 150).report.proactive?.licensing,
    ).toBe(150);
  });
});
