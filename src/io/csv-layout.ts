// The header row of a wide CSV → which column holds which key. Headers may be flat keys or the
// dictionary's Chinese headers, with stray spaces, a BOM or full-width brackets.
import { HEADER_TO_KEY } from '../domain/columns';
import { FIELDS, FIELD_BY_KEY, type FieldDef } from '../domain/fields';
import { META_COLUMNS } from '../domain/meta';
import type { Cell } from '../domain/report';
import { cellIndex } from '../domain/report-build';
import { message, type LoadMessage, type MessageCode, type MessageParams } from './messages';
import { cellOptions, type ParseCellOptions } from './numbers';

export interface FigureColumn {
  index: number;
  field: FieldDef;
  opts: ParseCellOptions;
  /** Where the value goes in a row's CellVector (the field's FIELDS index). */
  cell: number;
  /** Whether the field exists in each template version (read once per column, not per cell). */
  in2019: boolean;
  in2021: boolean;
}

export interface Layout {
  width: number;
  /** Descriptive key (unit, year, source.url …) → column index. */
  meta: Map<string, number>;
  figures: FigureColumn[];
  /** Key → the header as written in the file, for messages. */
  headerOf: Map<string, string>;
  missingFigures: FieldDef[];
  /** Headers we do not know (ignored, reported once). */
  unknown: string[];
  /** Indices of columns with a blank header: reported only if they hold data. */
  unnamed: number[];
}

function normalise(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/－/g, '-');
}

const KEY_OF: ReadonlyMap<string, string> = new Map(
  [...HEADER_TO_KEY].map(([header, key]) => [normalise(header), key]),
);

const REQUIRED = META_COLUMNS.filter((m) => m.required);

/** Null when the header lacks a required column (the error is in `out.errors`). */
export function buildLayout(
  header: readonly string[],
  file: string,
  out: { errors: LoadMessage[] },
): Layout | null {
  const layout: Layout = {
    width: header.length,
    meta: new Map(),
    figures: [],
    headerOf: new Map(),
    missingFigures: [],
    unknown: [],
    unnamed: [],
  };
  header.forEach((raw, index) => placeColumn(layout, raw, index, file, out.errors));
  const missing = REQUIRED.filter((m) => !layout.meta.has(m.key));
  if (missing.length > 0) {
    const list = missing.map((m) => `${m.key}（${m.zh}）`);
    out.errors.push(message('csv-missing-columns', { file, row: 1, list }));
    return null;
  }
  layout.missingFigures = FIELDS.filter((f) => !layout.headerOf.has(f.key));
  return layout;
}

function placeColumn(
  layout: Layout,
  raw: string,
  index: number,
  file: string,
  errors: LoadMessage[],
): void {
  const name = normalise(raw);
  if (name === '') {
    layout.unnamed.push(index);
    return;
  }
  const key = KEY_OF.get(name);
  if (key === undefined) {
    layout.unknown.push(raw.trim());
    return;
  }
  const shown = raw.replace(/^\uFEFF/, '').trim();
  if (layout.headerOf.has(key)) {
    const first = layout.meta.get(key) ?? layout.figures.find((f) => f.field.key === key)!.index;
    errors.push(
      message('csv-duplicate-column', { file, row: 1, column: shown, key, other: first + 1 }),
    );
    return;
  }
  layout.headerOf.set(key, shown);
  const field = FIELD_BY_KEY.get(key);
  if (field) {
    layout.figures.push({
      index,
      field,
      opts: cellOptions(field),
      cell: cellIndex(key),
      in2019: field.formats.includes('2019'),
      in2021: field.formats.includes('2021'),
    });
  } else layout.meta.set(key, index);
}

export interface RowContext {
  file: string;
  layout: Layout;
  errors: LoadMessage[];
  /** The current row's figures, reused row after row (one array per file, not per row). */
  vector: Cell[];
}

/** An error about one cell of a row, naming the header as written and its key. */
export function cellError(
  ctx: RowContext,
  code: MessageCode,
  row: number,
  key: string,
  extra: Partial<MessageParams> = {},
): void {
  const column = ctx.layout.headerOf.get(key) ?? key;
  ctx.errors.push(message(code, { file: ctx.file, row, column, key, ...extra }));
}

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * The separator that occurs most often (outside quotes) in the header line; comma on a tie.
 * PapaParse's own guess looks at data rows too, where notes full of ';' can outvote the commas.
 */
export function guessDelimiter(text: string): string {
  const counts = [0, 0, 0];
  let quoted = false;
  let started = false;
  for (let i = 0; i < text.length && i < 1 << 16; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (started) break;
    } else if (!quoted) {
      const d = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
      if (d >= 0) counts[d]!++;
      if (ch.trim() !== '') started = true;
    }
  }
  const best = counts.indexOf(Math.max(...counts));
  return counts[best]! > 0 ? DELIMITERS[best]! : ',';
}

/** PapaParse's newline guess looks at the first 1 MB of text. */
const NEWLINE_SNIFF = 1024 * 1024;

/**
 * The line ending PapaParse would guess, found in one pass: PapaParse's own guess copies the
 * first megabyte, strips quoted text with a regex and splits it twice, which cost as much per
 * file as reading a few thousand rows. Same rules: quoted spans (a quote to the next quote)
 * are ignored, a quote without a partner is text; '\n' when there is no '\r' or a '\n' comes
 * first; else '\r\n' when at least half the '\r'-separated pieces start with '\n', else '\r'.
 */
export function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const end = Math.min(text.length, NEWLINE_SNIFF);
  let crs = 0;
  let crlfs = 0;
  let firstLf = -1;
  let firstCr = -1;
  let afterCr = false;
  let kept = 0;
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      const close = text.indexOf('"', i + 1);
      if (close !== -1 && close < end) {
        i = close;
        continue;
      }
    }
    if (ch === 10) {
      if (afterCr) crlfs++;
      if (firstLf < 0) firstLf = kept;
    } else if (ch === 13) {
      crs++;
      if (firstCr < 0) firstCr = kept;
    }
    afterCr = ch === 13;
    kept++;
  }
  if (crs === 0 || (firstLf >= 0 && firstLf < firstCr)) return '\n';
  // The first piece starts with '\n' only when '\n' came first, handled above.
  return crlfs >= (crs + 1) / 2 ? '\r\n' : '\r';
}
