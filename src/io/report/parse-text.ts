// Report text (copied from a web page, pdftotext -layout output, markdown extractions, or a
// crawler's flattened page): normalise → lines (page footers dropped) → unflatten run-together
// tables → extractReport → the runs left unsplit as warnings and as data for the preview.
import { message } from '../messages';
import { extractReport } from './extract';
import { isFlattened, unflatten } from './flat';
import { textLines } from './lines';
import type { FlatRun, ParseResult } from './types';

export function tryParseReportText(text: string, file: string): ParseResult {
  const runs: FlatRun[] = [];
  const lines: string[] = [];
  for (const line of textLines(text.replace(/^\uFEFF/, ''))) {
    if (!isFlattened(line)) {
      lines.push(line);
      continue;
    }
    const flat = unflatten(line);
    runs.push(...flat.notes.map((n) => ({ ...n, line: n.line + lines.length })));
    lines.push(...flat.lines);
  }
  const result = extractReport(lines, file, 'text');
  const parsed = result.ok ? result.reports[0] : undefined;
  if (parsed) {
    parsed.flatRuns.push(...runs);
    parsed.warnings.push(
      ...runs.map((r) =>
        message(r.code, { file, value: r.label + r.run + r.unit, count: r.candidates.length }),
      ),
    );
  }
  return result;
}
