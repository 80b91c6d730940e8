// The descriptive (non-figure) cells of a CSV row: unit, year and template version; text
// columns with the schema's length limits; level (key or Chinese label); approx marks; and the
// JSON-valued columns (publishedBreakdown, other, notes) exactly as csv-write writes them.
import { LEVEL_LABELS, LEVELS, type Level } from '../domain/meta';
import type { ReportHead } from '../domain/report-build';
import { NARRATIVE_FIGURES, type NarrativeFigure, type TemplateFormat } from '../domain/template';
import { cellError, type RowContext } from './csv-layout';
import type { Row } from './csv-row';
import { parseCell, parseYear, YEAR_EXPECTED } from './numbers';

// The same limits as reportSchema, so every CSV-loaded report would pass it.
const TEXT_LIMITS = {
  unitId: 64,
  region: 200,
  'source.url': 2000,
  'source.title': 500,
  'source.published': 40,
  'source.file': 500,
} as const;
const NOTE_LIMIT = 5000;
const LABEL_LIMIT = 100;

const LEVEL_OF: ReadonlyMap<string, Level> = new Map(
  LEVELS.flatMap((l) => [
    [l, l],
    [LEVEL_LABELS[l].zh, l],
    [LEVEL_LABELS[l].en.toLowerCase(), l],
  ]),
);
const NARRATIVE_KEYS: ReadonlySet<string> = new Set(NARRATIVE_FIGURES.map((f) => f.key));

/** csv-write prefixes ' to text starting with = + - @ so spreadsheets do not run it. */
export function stripFormulaGuard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

interface Cursor {
  cells: Row;
  row: number;
  ctx: RowContext;
}

/** The cell under a descriptive key; null when the column is absent or the cell blank. */
function text(at: Cursor, key: string): string | null {
  const index = at.ctx.layout.meta.get(key);
  if (index === undefined) return null;
  const raw = at.cells.cell(index);
  return raw.trim() === '' ? null : stripFormulaGuard(raw);
}

/** The descriptive cells of a row, as the report will hold them. */
export type Descriptive = Omit<ReportHead, 'unit' | 'year' | 'format'>;

export function readDescriptive(cells: Row, row: number, ctx: RowContext): Descriptive {
  const at: Cursor = { cells, row, ctx };
  return {
    unitId: limited(at, 'unitId'),
    region: limited(at, 'region'),
    level: level(at),
    source: {
      url: limited(at, 'source.url'),
      title: limited(at, 'source.title'),
      published: limited(at, 'source.published'),
      file: limited(at, 'source.file'),
    },
    approx: approxKeys(at),
    publishedBreakdown: figureMap(at, 'narrative.publishedBreakdown', false),
    other: figureMap(at, 'narrative.other', true),
    notes: notes(at),
  };
}

function limited(at: Cursor, key: keyof typeof TEXT_LIMITS): string | null {
  const value = text(at, key);
  const max = TEXT_LIMITS[key];
  if (value !== null && value.length > max) {
    const expected = `最多 ${max} 个字符 / at most ${max} characters`;
    cellError(at.ctx, 'cell-too-long', at.row, key, { value, expected });
  }
  return value;
}

function level(at: Cursor): Level | null {
  const value = text(at, 'level');
  if (value === null) return null;
  const found = LEVEL_OF.get(value.trim()) ?? LEVEL_OF.get(value.trim().toLowerCase());
  if (found) return found;
  const zh = LEVELS.map((l) => `${l}/${LEVEL_LABELS[l].zh}`).join('、');
  cellError(at.ctx, 'cell-invalid', at.row, 'level', {
    value,
    expected: `${zh} 之一 / one of ${LEVELS.join(', ')}`,
  });
  return null;
}

function approxKeys(at: Cursor): NarrativeFigure[] {
  const value = text(at, 'narrative.approx');
  if (value === null) return [];
  const keys = value.split(/[;；,，\s]+/).filter((k) => k !== '');
  const bad = keys.filter((k) => !NARRATIVE_KEYS.has(k));
  if (bad.length > 0) {
    const expected = `以分号分隔的 ${[...NARRATIVE_KEYS].join(';')} / keys from ${[...NARRATIVE_KEYS].join(';')}`;
    cellError(at.ctx, 'cell-invalid', at.row, 'narrative.approx', { value, expected });
  }
  return [...new Set(keys.filter((k) => NARRATIVE_KEYS.has(k)))] as NarrativeFigure[];
}

function jsonCell(at: Cursor, key: string, expected: string): unknown {
  const value = text(at, key);
  if (value === null) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    cellError(at.ctx, 'cell-invalid', at.row, key, { value, expected });
    return undefined;
  }
}

/** {"政务要闻": 373}: labels → numbers (numbers written as text are normalised too). */
function figureMap(at: Cursor, key: string, signed: boolean): Record<string, number> {
  const expected = signed
    ? 'JSON 对象，如 {"政务要闻": 373} / a JSON object of numbers like {"news": 373}'
    : 'JSON 对象，如 {"政务要闻": 373}，值为非负数 / a JSON object of non-negative numbers like {"news": 373}';
  const parsed = jsonCell(at, key, expected);
  if (parsed === undefined) return {};
  const out: Record<string, number> = {};
  const entries = isPlainObject(parsed) ? Object.entries(parsed) : null;
  for (const [label, v] of entries ?? []) {
    const n = mapValue(v, signed);
    if (n === null || label.length > LABEL_LIMIT) {
      cellError(at.ctx, 'cell-invalid', at.row, key, { value: text(at, key)!, expected });
      return {};
    }
    // defineProperty: a label such as "__proto__" stays an ordinary key.
    Object.defineProperty(out, label, {
      value: n,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (entries === null)
    cellError(at.ctx, 'cell-invalid', at.row, key, { value: text(at, key)!, expected });
  return out;
}

function mapValue(v: unknown, signed: boolean): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && (signed || v >= 0) ? v : null;
  if (typeof v !== 'string') return null;
  const parsed = parseCell(v, { signed });
  return parsed.ok ? parsed.value : null;
}

function notes(at: Cursor): string[] {
  const expected = `JSON 字符串数组，如 ["备注一"]，每条最多 ${NOTE_LIMIT} 字 / a JSON array of strings, each at most ${NOTE_LIMIT} characters`;
  const parsed = jsonCell(at, 'notes', expected);
  if (parsed === undefined) return [];
  const list = typeof parsed === 'string' ? [parsed] : parsed;
  if (Array.isArray(list) && list.every((n) => typeof n === 'string' && n.length <= NOTE_LIMIT)) {
    return list as string[];
  }
  cellError(at.ctx, 'cell-invalid', at.row, 'notes', { value: text(at, 'notes')!, expected });
  return [];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function rowFormat(cells: Row, row: number, ctx: RowContext) {
  const index = ctx.layout.meta.get('format');
  const raw = index === undefined ? '' : cells.cell(index).trim().replace(/版$/, '');
  if (raw === '2019' || raw === '2021') return { format: raw as TemplateFormat, inferred: false };
  if (raw !== '') {
    const expected = '2019 或 2021（模板版本） / 2019 or 2021 (template version)';
    cellError(ctx, 'cell-invalid', row, 'format', { value: raw, expected });
  }
  const has2019 = ctx.layout.figures.some(
    (f) => f.field.table === 't2-2019' && cells.cell(f.index).trim() !== '',
  );
  return { format: (has2019 ? '2019' : '2021') as TemplateFormat, inferred: raw === '' };
}

export function requiredUnit(cells: Row, row: number, ctx: RowContext): string {
  const raw = cells.cell(ctx.layout.meta.get('unit')!);
  const unit = stripFormulaGuard(raw).trim();
  if (unit === '') cellError(ctx, 'cell-required', row, 'unit');
  else if (unit.length > 200) {
    cellError(ctx, 'cell-too-long', row, 'unit', {
      value: unit,
      expected: '最多 200 个字符 / at most 200 characters',
    });
  }
  return unit;
}

export function requiredYear(cells: Row, row: number, ctx: RowContext): number {
  const raw = cells.cell(ctx.layout.meta.get('year')!);
  const year = parseYear(raw);
  if (year !== null) return year;
  if (raw.trim() === '') cellError(ctx, 'cell-required', row, 'year');
  else cellError(ctx, 'cell-invalid', row, 'year', { value: raw, expected: YEAR_EXPECTED });
  return 2000;
}
