// Reading and writing cells by flat key, and the blank report every loader starts from.
import { FIELDS, FIELD_BY_KEY, type FieldDef } from './fields';
import type { Cell, Report } from './report';
import type { TemplateFormat } from './template';

type Tree = Record<string, unknown>;

export function getPath(obj: unknown, path: readonly string[]): unknown {
  let cur: unknown = obj;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Tree)[part];
  }
  return cur;
}

export function setPath(obj: Tree, path: readonly string[], value: unknown): void {
  let cur = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i]!;
    const next = cur[part];
    if (next === null || typeof next !== 'object') cur[part] = {};
    cur = cur[part] as Tree;
  }
  cur[path[path.length - 1]!] = value;
}

/** The value of a figure; `null` when not reported or absent in this template version. */
export function getCell(report: Report, field: FieldDef | string): Cell {
  const def = typeof field === 'string' ? FIELD_BY_KEY.get(field) : field;
  if (!def) throw new Error(`Unknown field key: ${String(field)}`);
  const v = getPath(report, def.path);
  return typeof v === 'number' ? v : null;
}

export function setCell(report: Report, field: FieldDef | string, value: Cell): void {
  const def = typeof field === 'string' ? FIELD_BY_KEY.get(field) : field;
  if (!def) throw new Error(`Unknown field key: ${String(field)}`);
  if (def.table === 't2-2019' && report.proactive2019 === null) {
    if (value === null) return;
    throw new Error(`${def.key} exists only in 2019-template reports`);
  }
  setPath(report as unknown as Tree, def.path, value);
}

/** A report with every cell `null`: nothing reported yet. */
export function emptyReport(unit: string, year: number, format: TemplateFormat): Report {
  const tree: Tree = {
    unit,
    year,
    unitId: null,
    region: null,
    level: null,
    format,
    source: { url: null, title: null, published: null, file: null },
  };
  for (const f of FIELDS) setPath(tree, f.path, null);
  const report = tree as unknown as Report;
  report.narrative.approx = [];
  report.narrative.publishedBreakdown = {};
  report.narrative.other = {};
  report.notes = [];
  if (format === '2021') report.proactive2019 = null;
  return report;
}

/** The 2019 cells a 2019 report also carries as a comparable 2021 cell (处理决定数量). */
export const COMPARABLE_2019: Readonly<Record<string, string>> = {
  'proactive2019.licensing.decisions': 'proactive.licensing',
  'proactive2019.punishment.decisions': 'proactive.punishment',
  'proactive2019.coercion.decisions': 'proactive.coercion',
};

/** Set a cell and, for a 2019 decision count, the comparable cell that carries it. */
export function setCellCarried(report: Report, key: string, value: Cell): void {
  setCell(report, key, value);
  const comparable = report.format === '2019' ? COMPARABLE_2019[key] : undefined;
  if (comparable) setCell(report, comparable, value);
}

/** A 2019 report carries its 处理决定数量 as the comparable `proactive.licensing` etc. */
export function deriveComparable2019(report: Report): void {
  const t = report.proactive2019;
  if (!t) return;
  const p = report.proactive;
  p.licensing ??= t.licensing.decisions;
  p.punishment ??= t.punishment.decisions;
  p.coercion ??= t.coercion.decisions;
}
