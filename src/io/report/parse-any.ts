// Any dropped file → reports. Stages: size cap → magic bytes (PDF → pdf parser; zip/Office and
// images → a clear refusal) → decode text (UTF-8 / GB18030, binary refused) → saved web page →
// HTML parser, otherwise the text parser. The PDF parser (and pdf.js) loads only for PDFs.
import { tryDecode } from '../decode';
import { message, type LoadMessage } from '../messages';
import { tryParseReportHtml } from './parse-html';
import { tryParseReportText } from './parse-text';
import type { ParseResult } from './types';

/** No published report comes near this; refusing early keeps a mistaken pick from hanging. */
export const MAX_REPORT_BYTES = 100 * 1024 * 1024;

const IMAGES: readonly { name: string; magic: readonly number[] }[] = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'BMP', magic: [0x42, 0x4d] },
  { name: 'TIFF', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', magic: [0x4d, 0x4d, 0x00, 0x2a] },
];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: zip, docx, xlsx

export async function tryParseReportFile(bytes: Uint8Array, file: string): Promise<ParseResult> {
  try {
    return await parse(bytes, file);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, file, errors: [message('internal', { file, detail })], warnings: [] };
  }
}

async function parse(bytes: Uint8Array, file: string): Promise<ParseResult> {
  const fail = (error: LoadMessage): ParseResult => ({
    ok: false,
    file,
    errors: [error],
    warnings: [],
  });
  if (bytes.length > MAX_REPORT_BYTES) {
    return fail(message('file-too-large', { file, count: bytes.length, other: MAX_REPORT_BYTES }));
  }
  if (bytes.length === 0) return fail(message('empty-file', { file }));
  if (isPdf(bytes)) {
    const { tryParseReportPdf } = await import('./parse-pdf');
    return tryParseReportPdf(bytes, file);
  }
  if (startsWith(bytes, ZIP)) return fail(message('archive-file', { file }));
  const image = IMAGES.find((i) => startsWith(bytes, i.magic));
  if (image && (image.name !== 'BMP' || bytes.length > 26)) {
    return fail(message('image-file', { file, detail: image.name }));
  }
  const decoded = tryDecode(bytes, file);
  if (!decoded.ok) return { ok: false, file, errors: decoded.errors, warnings: [] };
  const warnings = decoded.encoding === 'gb18030' ? [message('encoding-gb18030', { file })] : [];
  const result = looksLikeHtml(decoded.text)
    ? tryParseReportHtml(decoded.text, file)
    : tryParseReportText(decoded.text, file);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** %PDF- at the start, after at most a byte-order mark and whitespace some servers prepend. */
function isPdf(bytes: Uint8Array): boolean {
  let at = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < 64 && [0x09, 0x0a, 0x0d, 0x20].includes(bytes[at] ?? -1)) at++;
  return startsWith(bytes, PDF, at);
}

/** A saved web page: its markup, not prose that mentions a tag. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  if (/^\s*<(!doctype html|html|head|body|meta|table)\b/.test(head)) return true;
  return (
    /<(html|body)\b[^>]*>/.test(head) || /<table\b[^>]*>[\s\S]*?<\/t[dh]>/.test(text.toLowerCase())
  );
}
