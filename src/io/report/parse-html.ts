// Saved report web page: parse5 tree → lines (table rows as tab-separated cells, site chrome
// kept as plain lines and ignored by the block finder) → normalise → extractReport.
import { extractReport } from './extract';
import { htmlLines } from './html-lines';
import { textLines } from './lines';
import type { ParseResult } from './types';

export function tryParseReportHtml(html: string, file: string): ParseResult {
  return extractReport(textLines(htmlLines(html).join('\n')), file, 'html');
}
