// Wide CSV text → reports: separator from the header, line ending as PapaParse would guess it →
// records (csv-scan.ts; PapaParse, rows as arrays one at a time, for a file the scanner hands
// back) → header → column layout → per row: template version, descriptive cells, figure cells
// (digits read in place, else parseCell) → Report in emptyReport's shape (buildReport). zod is
// not run per row: far too slow at 30,000.
import Papa from 'papaparse';
import { deriveComparable2019 } from '../domain/cells';
import { buildReport, type ReportHead } from '../domain/report-build';
import { FIELDS } from '../domain/fields';
import type { Cell, Report } from '../domain/report';
import type { NarrativeFigure, TemplateFormat } from '../domain/template';
import {
  buildLayout,
  cellError,
  guessDelimiter,
  guessNewline,
  type FigureColumn,
  type Layout,
  type RowContext,
} from './csv-layout';
import { readDescriptive, requiredUnit, requiredYear, rowFormat } from './csv-meta';
import { ArrayRow, BLANK_CELL, isBlankRow, NOT_DIGITS, rowCells, type Row } from './csv-row';
import { scanCsv } from './csv-scan';
import { message, STOP_AFTER_ERRORS, type LoadMessage } from './messages';
import { cellOptions, expectedForField, parseCell } from './numbers';

export interface ReadOutcome {
  reports: Report[];
  /** For each report, where it came from: CSV line (header = 1) or JSON item (1-based). */
  rows: number[];
  errors: LoadMessage[];
  warnings: LoadMessage[];
}

interface ReadState {
  file: string;
  out: ReadOutcome;
  seen: Seen;
  /** The line number a spreadsheet shows for the current record (header = 1). */
  line: number;
  header: boolean;
  ctx: RowContext | null;
}

function newState(file: string): ReadState {
  const out: ReadOutcome = { reports: [], rows: [], errors: [], warnings: [] };
  const seen: Seen = { formats: new Set(), inferred: 0, unnamed: new Set() };
  return { file, out, seen, line: 0, header: false, ctx: null };
}

export function readCsv(text: string, file: string): ReadOutcome {
  const delimiter = guessDelimiter(text);
  const newline = guessNewline(text);
  // Row by row: each record is read and dropped, which keeps the heap small. Empty lines are
  // skipped here, not by the parser, so `line` stays the line number a spreadsheet shows.
  let state = newState(file);
  if (
    scanCsv(text, delimiter, newline, (row) => onRecord(row, ++state.line, state)) === 'fallback'
  ) {
    state = newState(file);
    const s = state;
    Papa.parse<string[]>(text, {
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      delimiter,
      newline,
      step: (result, parser) => {
        const line = ++s.line;
        if (hasQuoteError(result.errors, s.file, line, s.out.errors)) return;
        if (!onRecord(new ArrayRow(result.data), line, s)) parser.abort();
      },
    });
  }
  const { out, ctx, seen } = state;
  if (!state.header) buildLayout([], file, out);
  if (ctx) out.warnings.push(...layoutWarnings(ctx.layout, seen, file));
  return out;
}

/** One record; false when reading should stop (no usable header, or too many errors). */
function onRecord(row: Row, line: number, s: ReadState): boolean {
  if (isBlankRow(row)) return true;
  if (!s.header) {
    s.header = true;
    const layout = buildLayout(rowCells(row), s.file, s.out);
    if (!layout) return false;
    s.ctx = { file: s.file, layout, errors: s.out.errors, vector: newVector() };
    return true;
  }
  if (s.ctx) readLine(row, line, s.ctx, s.seen, s.out);
  if (s.out.errors.length >= STOP_AFTER_ERRORS) {
    const p = { file: s.file, row: line, count: STOP_AFTER_ERRORS };
    s.out.warnings.push(message('stopped-early', p));
    return false;
  }
  return true;
}

function readLine(row: Row, line: number, ctx: RowContext, seen: Seen, out: ReadOutcome) {
  const { layout, file } = ctx;
  if (row.length !== layout.width) {
    const p = { file, row: line, count: row.length, other: layout.width };
    out.errors.push(message('csv-field-count', p));
    return;
  }
  for (const u of layout.unnamed) if (row.cell(u).trim() !== '') seen.unnamed.add(u);
  const report = readRow(row, line, ctx, seen);
  if (report) {
    out.reports.push(report);
    out.rows.push(line);
  }
}

/** What the rows revealed about the columns, for the file-level warnings. */
interface Seen {
  formats: Set<TemplateFormat>;
  inferred: number;
  unnamed: Set<number>;
}

function layoutWarnings(layout: Layout, seen: Seen, file: string): LoadMessage[] {
  const warnings: LoadMessage[] = [];
  const unknown = [...layout.unknown, ...[...seen.unnamed].map((i) => `#${i + 1}`)];
  if (unknown.length > 0) {
    warnings.push(
      message('csv-unknown-columns', { file, row: 1, count: unknown.length, list: unknown }),
    );
  }
  if (seen.inferred > 0) {
    warnings.push(message('csv-format-inferred', { file, count: seen.inferred }));
  }
  // Only the template versions present in the file: a 2021-only file needs no 2019 columns.
  const missing = layout.missingFigures.filter((f) => f.formats.some((v) => seen.formats.has(v)));
  if (missing.length > 0) {
    const list = missing.map((f) => f.key);
    warnings.push(message('csv-missing-figures', { file, count: list.length, list }));
  }
  return warnings;
}

/** An unbalanced quote can swallow the rest of the file into one cell: report and skip. */
function hasQuoteError(errors: Papa.ParseError[], file: string, line: number, out: LoadMessage[]) {
  const quote = errors.find((e) => e.type === 'Quotes');
  if (quote) out.push(message('csv-quotes', { file, row: line, detail: quote.code }));
  return quote !== undefined;
}

function newVector(): Cell[] {
  return new Array<Cell>(FIELDS.length).fill(null);
}

function readRow(row: Row, line: number, ctx: RowContext, seen: Seen): Report | null {
  const before = ctx.errors.length;
  const { format, inferred } = rowFormat(row, line, ctx);
  seen.formats.add(format);
  if (inferred) seen.inferred++;
  const unit = requiredUnit(row, line, ctx);
  const year = requiredYear(row, line, ctx);
  const head: ReportHead = { unit, year, format, ...readDescriptive(row, line, ctx) };
  const approx = readFigures(format, row, line, ctx);
  if (ctx.errors.length !== before) return null;
  if (approx.length > 0) head.approx = [...new Set([...head.approx, ...approx])];
  const report = buildReport(head, ctx.vector);
  if (report.proactive2019) deriveComparable2019(report);
  return report;
}

/** Figure cells → ctx.vector (FIELDS order); returns the keys written as approximate (2000余). */
function readFigures(
  format: TemplateFormat,
  row: Row,
  line: number,
  ctx: RowContext,
): NarrativeFigure[] {
  const approx: NarrativeFigure[] = [];
  const vector = ctx.vector;
  vector.fill(null);
  for (const col of ctx.layout.figures) {
    // Plain digits are read where they lie: no string and no result object per cell.
    let value = row.digits(col.index);
    if (value === BLANK_CELL) continue;
    let isApprox = false;
    if (value === NOT_DIGITS) {
      const raw = row.cell(col.index);
      const parsed = parseCell(raw, col.opts);
      if (!parsed.ok) {
        figureError(ctx, line, col.field, raw);
        continue;
      }
      if (parsed.value === null) continue;
      value = parsed.value;
      isApprox = parsed.approx;
    }
    if (!(format === '2019' ? col.in2019 : col.in2021)) {
      const p = { value: row.cell(col.index), detail: format };
      cellError(ctx, 'cell-wrong-format', line, col.field.key, p);
      continue;
    }
    vector[col.cell] = value;
    if (isApprox) approx.push(col.field.path[1] as NarrativeFigure);
  }
  return approx;
}

function figureError(ctx: RowContext, row: number, field: FigureColumn['field'], raw: string) {
  const signedTry = parseCell(raw, { ...cellOptions(field), signed: true });
  const negative = signedTry.ok && signedTry.value !== null && signedTry.value < 0;
  const code = negative ? 'cell-negative' : 'cell-not-number';
  cellError(ctx, code, row, field.key, { value: raw.trim(), expected: expectedForField(field) });
}
