// JSON text → reports: JSON.parse → top-level shape (array or {reports}) → per item: numbers
// written as text normalised with parseCell → cells of the other template flagged →
// reportSchema.safeParse → zod issues as messages → toReport. Unknown keys: one warning.
import { getPath, setPath } from '../domain/cells';
import { FIELDS, type FieldDef } from '../domain/fields';
import type { Report } from '../domain/report';
import { reportSchema, toReport } from '../domain/schema';
import type { ReadOutcome } from './csv-read';
import {
  message,
  schemaExpected,
  STOP_AFTER_ERRORS,
  type LoadMessage,
  type MessageParams,
} from './messages';
import { reportCountRefusal } from './limits';
import { cellOptions, expectedForField, parseCell, parseYear } from './numbers';

type Tree = Record<string, unknown>;
const MAX_ISSUES_PER_ITEM = 20;

/** `maxItems`: refuse an array longer than this before reading any item. */
export function readJson(text: string, file: string, maxItems?: number): ReadOutcome {
  const out: ReadOutcome = { reports: [], rows: [], errors: [], warnings: [] };
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    out.errors.push(
      message('json-syntax', { file, detail: e instanceof Error ? e.message : String(e) }),
    );
    return out;
  }
  const items = topLevel(root);
  if (items === null) {
    out.errors.push(message('json-shape', { file, detail: describe(root) }));
    return out;
  }
  const tooMany =
    maxItems === undefined ? null : reportCountRefusal(file, items.length, 'item', maxItems);
  if (tooMany) {
    out.errors.push(tooMany);
    return out;
  }
  const unknown = new Set<string>();
  for (const [i, item] of items.entries()) {
    const report = readItem(item, { file, row: i + 1, rowKind: 'item' }, out.errors);
    if (isTree(item)) collectUnknown(item, KNOWN, '', unknown);
    if (report) {
      out.reports.push(report);
      out.rows.push(i + 1);
    }
    if (out.errors.length >= STOP_AFTER_ERRORS && i < items.length - 1) {
      const p = { file, row: i + 1, rowKind: 'item' as const, count: STOP_AFTER_ERRORS };
      out.warnings.push(message('stopped-early', p));
      break;
    }
  }
  if (unknown.size > 0) {
    const list = [...unknown];
    out.warnings.push(message('json-unknown-keys', { file, count: list.length, list }));
  }
  return out;
}

function topLevel(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root;
  if (isTree(root) && Array.isArray(root.reports)) return root.reports;
  return null;
}

/** "中文 / English" name of what was found instead of reports. */
function describe(v: unknown): string {
  if (isTree(v)) return '没有 reports 数组的对象 / an object without a "reports" array';
  if (typeof v === 'string') return '一段文字 / a string';
  if (typeof v === 'number') return '一个数字 / a number';
  if (typeof v === 'boolean') return `${String(v)} / ${String(v)}`;
  return 'null / null';
}

function isTree(v: unknown): v is Tree {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readItem(item: unknown, at: MessageParams, errors: LoadMessage[]): Report | null {
  if (!isTree(item)) {
    errors.push(message('json-not-object', { ...at, value: short(item) }));
    return null;
  }
  const before = errors.length;
  normalise(item, at, errors);
  // A cell already reported by normalise (text that is no number) is not reported twice.
  const reported = new Set(errors.slice(before).map((e) => e.column));
  const parsed = reportSchema.safeParse(item);
  if (!parsed.success) {
    const issues = parsed.error.issues.filter((i) => !reported.has(i.path.map(String).join('.')));
    for (const issue of issues.slice(0, MAX_ISSUES_PER_ITEM)) {
      const path = issue.path.map(String);
      const value = short(getPath(item, path));
      const expected = schemaExpected(issue);
      errors.push(message('json-schema', { ...at, column: path.join('.'), value, expected }));
    }
  }
  if (errors.length > before || !parsed.success) return null;
  return toReport(parsed.data);
}

/** Figures written as text ("1,234", "２０００余") become numbers before the schema sees them. */
function normalise(item: Tree, at: MessageParams, errors: LoadMessage[]): void {
  if (typeof item.year === 'string') item.year = parseYear(item.year) ?? item.year;
  const approx: string[] = [];
  for (const field of FIELDS) {
    const v = getPath(item, field.path);
    if (typeof v === 'string') {
      const parsed = parseCell(v, cellOptions(field));
      if (!parsed.ok) {
        errors.push(figureMessage(field, v, at));
        continue;
      }
      setPath(item, field.path, parsed.value);
      if (parsed.approx) approx.push(field.path[1]!);
    }
    checkFormat(item, field, at, errors);
  }
  if (approx.length > 0) addApprox(item, approx);
}

function figureMessage(field: FieldDef, raw: string, at: MessageParams): LoadMessage {
  const signed = parseCell(raw, { ...cellOptions(field), signed: true });
  const negative = signed.ok && signed.value !== null && signed.value < 0;
  const params = { ...at, column: field.key, value: raw, expected: expectedForField(field) };
  return message(negative ? 'cell-negative' : 'cell-not-number', params);
}

/** A figure of the other template version would be dropped by toReport: say so instead. */
function checkFormat(item: Tree, field: FieldDef, at: MessageParams, errors: LoadMessage[]): void {
  const format = item.format;
  if (format !== '2019' && format !== '2021') return;
  if (field.formats.includes(format)) return;
  const v = getPath(item, field.path);
  if (v === null || v === undefined) return;
  errors.push(
    message('cell-wrong-format', { ...at, column: field.key, value: short(v), detail: format }),
  );
}

function addApprox(item: Tree, keys: string[]): void {
  const narrative = item.narrative;
  if (!isTree(narrative)) return;
  const existing = Array.isArray(narrative.approx) ? (narrative.approx as unknown[]) : [];
  narrative.approx = [...existing, ...keys];
}

function short(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v)?.slice(0, 200) ?? String(v);
  } catch {
    return String(v);
  }
}

// The shape a report may have: every figure path and descriptive key; null marks a value whose
// contents are free (maps of labels, lists of notes).
type Known = Map<string, Known | null>;
const KNOWN: Known = (() => {
  const root: Known = new Map();
  const add = (path: readonly string[], leaf: Known | null = null) => {
    let node = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      if (!node.has(part)) node.set(part, last ? leaf : new Map());
      node = node.get(part) ?? new Map();
    });
  };
  for (const key of ['unit', 'year', 'unitId', 'region', 'level', 'format', 'notes']) add([key]);
  for (const key of ['url', 'title', 'published', 'file']) add(['source', key]);
  for (const key of ['approx', 'publishedBreakdown', 'other']) add(['narrative', key]);
  for (const f of FIELDS) add(f.path);
  return root;
})();
const MAX_UNKNOWN = 200;

function collectUnknown(obj: Tree, node: Known, prefix: string, out: Set<string>): void {
  for (const key of Object.keys(obj)) {
    if (out.size >= MAX_UNKNOWN) return;
    const path = prefix ? `${prefix}.${key}` : key;
    const child = node.get(key);
    const value = obj[key];
    if (child === undefined) out.add(path);
    else if (child !== null && isTree(value)) collectUnknown(value, child, path, out);
  }
}
