// Report text (copied from a web page, pdftotext -layout output, markdown extractions, or a
// crawler's flattened page): normalise → lines (page footers dropped) → unflatten run-together
// tables → extractReport.
import { message } from '../messages';
import { extractReport } from './extract';
import { isFlattened, unflatten, type FlatNote } from './flat';
import { textLines } from './lines';
import type { ParseResult } from './types';

export function tryParseReportText(text: string, file: string): ParseResult {
  const notes: FlatNote[] = [];
  const lines = textLines(text.replace(/^\uFEFF/, '')).flatMap((line) => {
    if (!isFlattened(line)) return [line];
    const flat = unflatten(line);
    notes.push(...flat.notes);
    return flat.lines;
  });
  const result = extractReport(lines, file, 'text');
  if (result.ok) {
    const warnings = notes.map(({ code, ...n }) => message(code, { file, ...n }));
    result.reports[0]?.warnings.push(...warnings);
  }
  return result;
}
