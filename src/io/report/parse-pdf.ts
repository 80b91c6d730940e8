// PDF bytes → reports. Stages: load pdf.js on demand → open the document (no eval, no font
// faces, time-limited) → text items of each page (at most MAX_PAGES) → lines rebuilt from item
// positions (pdf-lines.ts; distant cells separated by a tab) → no text at all means a scan →
// tryParseReportText, marked kind 'pdf'. Never throws: damaged, encrypted or non-PDF bytes give
// a message.
//
// pdf.js's worker: in Node pdf.js runs its "fake worker" in-process and needs no setup. Inside a
// worker of our own (the import view's), pdf.js cannot start a worker of its own (it looks for
// `window.location`), so its worker code is loaded into this thread, which is already off the
// page's main thread. On a page it needs the worker script's URL; Vite's `?url` import gives a
// hashed asset URL that works in dev and in the build (a bare `new URL('pdfjs-dist/…',
// import.meta.url)` is not resolved by Vite).
import { message, type LoadMessage } from '../messages';
import { tryParseReportText } from './parse-text';
import { itemsToLines, type PlacedText } from './pdf-lines';
import type { ParseResult } from './types';

export const MAX_PAGES = 200;
/** A real text layer has far more characters; a scan may carry a stray page number. */
const MIN_TEXT_CHARS = 20;
const OPEN_TIMEOUT_MS = 60_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    if (isNode()) return pdfjs;
    if (inWorker()) {
      const own = globalThis as { pdfjsWorker?: unknown };
      own.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    } else if (!pdfjs.GlobalWorkerOptions.workerSrc) {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url');
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    }
    return pdfjs;
  })();
  return pdfjsPromise;
}

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

function inWorker(): boolean {
  return typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope;
}

export async function tryParseReportPdf(bytes: Uint8Array, file: string): Promise<ParseResult> {
  const extracted = await extractText(bytes, file);
  if ('errors' in extracted) return { ok: false, file, errors: extracted.errors, warnings: [] };
  const { text, chars, warnings } = extracted;
  if (chars < MIN_TEXT_CHARS) {
    return { ok: false, file, errors: [message('pdf-scanned', { file })], warnings };
  }
  const result = tryParseReportText(text, file);
  if (!result.ok) return { ...result, warnings: [...warnings, ...result.warnings] };
  return { ...result, kind: 'pdf', warnings: [...warnings, ...result.warnings] };
}

interface Extracted {
  text: string;
  /** Non-whitespace characters in the text layer. */
  chars: number;
  warnings: LoadMessage[];
}

/** The text layer as lines of tab-separated cells, pages joined by a blank line. */
export async function extractText(
  bytes: Uint8Array,
  file: string,
): Promise<Extracted | { errors: LoadMessage[] }> {
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (e) {
    return { errors: [message('internal', { file, detail: `pdf.js: ${errorText(e)}` })] };
  }
  // A plain copy: a browser worker takes ownership of (detaches) the buffer it is given, and
  // pdf.js refuses Node's Buffer subclass.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), OPEN_TIMEOUT_MS);
  });
  try {
    return await Promise.race([readPages(task, file), timeout]);
  } catch (e) {
    return { errors: [openError(e, file)] };
  } finally {
    clearTimeout(timer);
    void task.destroy();
  }
}

type LoadingTask = ReturnType<PdfJs['getDocument']>;

async function readPages(task: LoadingTask, file: string): Promise<Extracted> {
  const doc = await task.promise;
  const warnings: LoadMessage[] = [];
  const last = Math.min(doc.numPages, MAX_PAGES);
  if (doc.numPages > MAX_PAGES) {
    warnings.push(message('pdf-pages-capped', { file, count: MAX_PAGES, other: doc.numPages }));
  }
  const pages: string[] = [];
  let chars = 0;
  for (let n = 1; n <= last; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    page.cleanup();
    const placed = content.items.flatMap(toPlaced);
    chars += placed.reduce((sum, p) => sum + p.str.replace(/\s/g, '').length, 0);
    pages.push(itemsToLines(placed).join('\n'));
  }
  return { text: pages.join('\n\n'), chars, warnings };
}

function toPlaced(item: object): PlacedText[] {
  if (!('str' in item) || !('transform' in item)) return [];
  const { str, transform, width } = item as { str: string; transform: number[]; width: number };
  if (str.trim() === '') return [];
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = transform;
  // Font size from the text matrix; a scaled or rotated font still has one em per row.
  const size = Math.hypot(c, d) || Math.hypot(a, b) || 10;
  return [{ str, x, y, width: Number.isFinite(width) ? width : 0, size }];
}

function openError(e: unknown, file: string): LoadMessage {
  if (e instanceof Error && e.name === 'PasswordException') {
    return message('pdf-encrypted', { file });
  }
  const why = errorText(e);
  return message('pdf-unreadable', { file, detail: why, detailEn: why });
}

function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
