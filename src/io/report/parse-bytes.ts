// Report bytes that are not a PDF → reports, synchronously (what the import worker runs).
// Stages: size cap for text and web pages (limits.ts) → empty → magic bytes (zip/Office and
// images → a clear refusal) → decode text (UTF-8 / GB18030, binary refused) → saved web page →
// HTML parser, otherwise the text parser.
import { tryDecode } from '../decode';
import { sizeRefusal } from '../limits';
import { message, type LoadMessage } from '../messages';
import { tryParseReportHtml } from './parse-html';
import { tryParseReportText } from './parse-text';
import type { ParseResult } from './types';

const IMAGES: readonly { name: string; magic: readonly number[] }[] = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'BMP', magic: [0x42, 0x4d] },
  { name: 'TIFF', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', magic: [0x4d, 0x4d, 0x00, 0x2a] },
];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: zip, docx, xlsx

export function tryParseReportBytes(bytes: Uint8Array, file: string): ParseResult {
  try {
    return parse(bytes, file);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, file, errors: [message('internal', { file, detail })], warnings: [] };
  }
}

function parse(bytes: Uint8Array, file: string): ParseResult {
  const fail = (error: LoadMessage): ParseResult => ({
    ok: false,
    file,
    errors: [error],
    warnings: [],
  });
  const tooLarge = sizeRefusal(file, bytes.length, 'report');
  if (tooLarge) return fail(tooLarge);
  if (bytes.length === 0) return fail(message('empty-file', { file }));
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

/** A saved web page: its markup, not prose that mentions a tag. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  if (/^\s*<(!doctype html|html|head|body|meta|table)\b/.test(head)) return true;
  return (
    /<(html|body)\b[^>]*>/.test(head) || /<table\b[^>]*>[\s\S]*?<\/t[dh]>/.test(text.toLowerCase())
  );
}
