// The header row of a wide CSV → which column holds which key. Headers may be flat keys or the
// dictionary's Chinese headers, with stray spaces, a BOM or full-width brackets.
import { HEADER_TO_KEY } from '../domain/columns';
import { FIELDS, FIELD_BY_KEY, type FieldDef } from '../domain/fields';
import { META_COLUMNS } from '../domain/meta';
import type { Report } from '../domain/report';
import { message, type LoadMessage, type MessageCode, type MessageParams } from './messages';
import { cellOptions, type ParseCellOptions } from './numbers';

export interface FigureColumn {
  index: number;
  field: FieldDef;
  opts: ParseCellOptions;
  /** setCell without its per-call checks: the caller has checked the template version. */
  set: (report: Report, value: number) => void;
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
  if (field) layout.figures.push({ index, field, opts: cellOptions(field), set: setterFor(field) });
  else layout.meta.set(key, index);
}

type Tree = Record<string, unknown>;

function setterFor(field: FieldDef): FigureColumn['set'] {
  const parents = field.path.slice(0, -1);
  const last = field.path[field.path.length - 1]!;
  return (report, value) => {
    let node = report as unknown as Tree;
    for (const part of parents) node = node[part] as Tree;
    node[last] = value;
  };
}

export interface RowContext {
  file: string;
  layout: Layout;
  errors: LoadMessage[];
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
