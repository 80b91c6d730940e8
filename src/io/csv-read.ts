// Wide CSV text → reports: separator from the header → PapaParse (rows as arrays, one at a
// time) → header → column layout → per row: template version, descriptive cells, figure cells
// (parseCell) → Report in emptyReport's shape. zod is not run per row: far too slow at 30,000.
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
import { message, STOP_AFTER_ERRORS, type LoadMessage } from './messages';
import { cellOptions, expectedForField, parseCell, plainDigits } from './numbers';

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

export function readCsv(text: string, file: string): ReadOutcome {
  const out: ReadOutcome = { reports: [], rows: [], errors: [], warnings: [] };
  const seen: Seen = { formats: new Set(), inferred: 0, unnamed: new Set() };
  const state: ReadState = { file, out, seen, line: 0, header: false, ctx: null };
  // Row by row (step): rows are dropped as soon as they are read, which keeps the heap small
  // and is several times faster at 30,000 rows than collecting every row first. Empty lines
  // are skipped here, not by PapaParse, so `line` stays the line number a spreadsheet shows.
  Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter: guessDelimiter(text),
    newline: guessNewline(text),
    step: (result, parser) => onRecord(result, parser, state),
  });
  if (!state.header) buildLayout([], file, out);
  if (state.ctx) out.warnings.push(...layoutWarnings(state.ctx.layout, seen, file));
  return out;
}

function onRecord(result: Papa.ParseStepResult<string[]>, parser: Papa.Parser, s: ReadState) {
  const line = ++s.line;
  const cells = result.data;
  if (hasQuoteError(result.errors, s.file, line, s.out.errors) || isBlank(cells)) return;
  if (!s.header) {
    s.header = true;
    const layout = buildLayout(cells, s.file, s.out);
    if (layout) s.ctx = { file: s.file, layout, errors: s.out.errors, vector: newVector() };
    else parser.abort();
    return;
  }
  if (s.ctx) readLine(cells, line, s.ctx, s.seen, s.out);
  if (s.out.errors.length >= STOP_AFTER_ERRORS) {
    parser.abort();
    const p = { file: s.file, row: line, count: STOP_AFTER_ERRORS };
    s.out.warnings.push(message('stopped-early', p));
  }
}

function readLine(cells: string[], line: number, ctx: RowContext, seen: Seen, out: ReadOutcome) {
  const { layout, file } = ctx;
  if (cells.length !== layout.width) {
    const p = { file, row: line, count: cells.length, other: layout.width };
    out.errors.push(message('csv-field-count', p));
    return;
  }
  for (const u of layout.unnamed) if (cells[u]!.trim() !== '') seen.unnamed.add(u);
  const report = readRow(cells, line, ctx, seen);
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

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
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

function readRow(
  cells: readonly string[],
  row: number,
  ctx: RowContext,
  seen: Seen,
): Report | null {
  const before = ctx.errors.length;
  const { format, inferred } = rowFormat(cells, row, ctx);
  seen.formats.add(format);
  if (inferred) seen.inferred++;
  const unit = requiredUnit(cells, row, ctx);
  const year = requiredYear(cells, row, ctx);
  const head: ReportHead = { unit, year, format, ...readDescriptive(cells, row, ctx) };
  const approx = readFigures(format, cells, row, ctx);
  if (ctx.errors.length !== before) return null;
  if (approx.length > 0) head.approx = [...new Set([...head.approx, ...approx])];
  const report = buildReport(head, ctx.vector);
  if (report.proactive2019) deriveComparable2019(report);
  return report;
}

/** Figure cells → ctx.vector (FIELDS order); returns the keys written as approximate (2000余). */
function readFigures(
  format: TemplateFormat,
  cells: readonly string[],
  row: number,
  ctx: RowContext,
): NarrativeFigure[] {
  const approx: NarrativeFigure[] = [];
  const vector = ctx.vector;
  vector.fill(null);
  for (const col of ctx.layout.figures) {
    const raw = cells[col.index]!;
    if (raw === '') continue;
    // Plain digits skip parseCell: no result object per cell at 7 million cells.
    let value = plainDigits(raw);
    let isApprox = false;
    if (value === null) {
      const parsed = parseCell(raw, col.opts);
      if (!parsed.ok) {
        figureError(ctx, row, col.field, raw);
        continue;
      }
      if (parsed.value === null) continue;
      value = parsed.value;
      isApprox = parsed.approx;
    }
    if (!(format === '2019' ? col.in2019 : col.in2021)) {
      cellError(ctx, 'cell-wrong-format', row, col.field.key, { value: raw, detail: format });
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
