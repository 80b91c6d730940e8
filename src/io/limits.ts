// What the import accepts, decided before the work that could hang a tab: the file's size
// (known without reading it) against a cap for its kind, and a dataset's report count from its
// line count (one pass over the bytes, no objects built). The caps leave wide margins over real
// inputs: the largest saved report page seen is 367 KB, and a province-scale dataset (5,000 units
// × 6 years, wide CSV) is about 15 MB.
import { message, type LoadMessage } from './messages';

const MB = 1024 * 1024;

/** A report as text or a saved web page: a few MB at most, published. */
export const MAX_REPORT_TEXT_BYTES = 20 * MB;
/** A report as PDF: scanned-looking but text-bearing PDFs with images run to tens of MB. */
export const MAX_PDF_BYTES = 100 * MB;
/** A dataset file (CSV / JSON): province scale is ~15 MB. */
export const MAX_DATASET_BYTES = 50 * MB;
/** Reports per dataset file: province scale is 30,000 (5,000 units × 6 years). */
export const MAX_DATASET_REPORTS = 50_000;
/** Enough of a file's start to recognise a PDF (a BOM and whitespace may come first). */
export const HEAD_BYTES = 1024;

export type InputKind = 'pdf' | 'dataset' | 'report';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** %PDF- at the start, after at most a byte-order mark and whitespace some servers prepend. */
export function looksLikePdf(head: Uint8Array): boolean {
  let at = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at < 64 && [0x09, 0x0a, 0x0d, 0x20].includes(head[at] ?? -1)) at++;
  return startsWith(head, PDF, at);
}

/** A PDF by its bytes whatever its name; otherwise .csv / .json are datasets, the rest reports. */
export function inputKind(name: string, head: Uint8Array): InputKind {
  if (looksLikePdf(head)) return 'pdf';
  return /\.(csv|json)$/i.test(name) ? 'dataset' : 'report';
}

const CAPS: Record<InputKind, number> = {
  pdf: MAX_PDF_BYTES,
  dataset: MAX_DATASET_BYTES,
  report: MAX_REPORT_TEXT_BYTES,
};
const CODES = {
  pdf: 'pdf-too-large',
  dataset: 'dataset-too-large',
  report: 'report-too-large',
} as const;

export function capFor(kind: InputKind): number {
  return CAPS[kind];
}

/** The refusal for a file over its kind's cap, or null. Needs only the size. */
export function sizeRefusal(file: string, size: number, kind: InputKind): LoadMessage | null {
  const cap = CAPS[kind];
  return size > cap ? message(CODES[kind], { file, count: size, other: cap }) : null;
}

/**
 * Lines in the bytes (the last one need not end in a newline): an upper bound of a CSV's
 * records, since a quoted cell may span lines. UTF-16 files are counted in 16-bit units, where
 * a byte 0x0A can also be half of another character.
 */
export function countLines(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) return countUtf16Lines(bytes, le);
  let lines = 0;
  let at = bytes.indexOf(0x0a);
  while (at >= 0) {
    lines++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return bytes[bytes.length - 1] === 0x0a ? lines : lines + 1;
}

function countUtf16Lines(bytes: Uint8Array, littleEndian: boolean): number {
  let lines = 0;
  let last = 0;
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    last = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (last === 0x0a) lines++;
  }
  if (bytes.length <= 3) return 0;
  return last === 0x0a ? lines : lines + 1;
}

/**
 * The refusal for a dataset holding more reports than one file may: `count` is CSV data lines
 * (header not counted; an upper bound) or JSON items.
 */
export function reportCountRefusal(
  file: string,
  count: number,
  rowKind: 'line' | 'item',
  max = MAX_DATASET_REPORTS,
): LoadMessage | null {
  return count > max
    ? message('dataset-too-many-reports', { file, count, other: max, rowKind })
    : null;
}
