// Any dropped file → reports. Stages: a PDF (by its bytes) → size cap for PDFs (limits.ts) → the
// pdf parser, loaded only for PDFs (and pdf.js with it); anything else → parse-bytes.ts (size cap
// for text, refusals of archives and images, decode, saved web page or text).
import { looksLikePdf, MAX_PDF_BYTES, sizeRefusal } from '../limits';
import { message } from '../messages';
import { tryParseReportBytes } from './parse-bytes';
import type { ParseResult } from './types';

/** The most any report file may be (a PDF); text and web pages have a lower cap. */
export const MAX_REPORT_BYTES = MAX_PDF_BYTES;

export async function tryParseReportFile(bytes: Uint8Array, file: string): Promise<ParseResult> {
  try {
    if (!looksLikePdf(bytes)) return tryParseReportBytes(bytes, file);
    const tooLarge = sizeRefusal(file, bytes.length, 'pdf');
    if (tooLarge) return { ok: false, file, errors: [tooLarge], warnings: [] };
    const { tryParseReportPdf } = await import('./parse-pdf');
    return await tryParseReportPdf(bytes, file);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, file, errors: [message('internal', { file, detail })], warnings: [] };
  }
}
