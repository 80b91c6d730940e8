// Report text (copied from a web page, pdftotext -layout output, markdown extractions):
// normalise → lines (page footers dropped) → extractReport.
import { textLines } from './lines';
import { extractReport } from './extract';
import type { ParseResult } from './types';

export function tryParseReportText(text: string, file: string): ParseResult {
  return extractReport(textLines(text.replace(/^\uFEFF/, '')), file, 'text');
}
