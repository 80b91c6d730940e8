// MISSING: one warning per template row of tables 2–4 that has blank cells, listing them.
// Only the (六) form the report prints is required: the single row or the three sub-rows.
import type { FieldDef } from '../fields';
import type { Report } from '../report';
import type { TemplateFormat } from '../template';
import { anyNull, fail, fieldAt, isNull, ref, type Sink, type Values } from './context';
import { printsSingleOtherRow } from './other-handling';
import { tableCells } from './scope';

interface RowGroup {
  zh: string;
  en: string;
  cells: readonly number[];
  /** Which (六) form the row belongs to, if any. */
  other: 'single' | 'split' | null;
}

const rowEn = (f: FieldDef) => {
  const cut = f.en.lastIndexOf(': ');
  return cut < 0 ? f.en : f.en.slice(0, cut);
};
const columnEn = (f: FieldDef) => {
  const cut = f.en.lastIndexOf(': ');
  return cut < 0 ? f.en : f.en.slice(cut + 2);
};

function otherForm(f: FieldDef): RowGroup['other'] {
  if (!f.key.startsWith('requests.otherHandling.')) return null;
  return f.key.startsWith('requests.otherHandling.total.') ? 'single' : 'split';
}

function groupRows(format: TemplateFormat): readonly RowGroup[] {
  const groups = new Map<string, RowGroup & { cells: number[] }>();
  for (const i of tableCells(format)) {
    const f = fieldAt(i);
    const id = `${f.table}|${f.row}`;
    const g = groups.get(id);
    if (g) g.cells.push(i);
    else groups.set(id, { zh: f.row, en: rowEn(f), cells: [i], other: otherForm(f) });
  }
  return [...groups.values()];
}

const ROWS = { '2019': groupRows('2019'), '2021': groupRows('2021') };

export function checkMissing(sink: Sink, report: Report, vals: Values): void {
  const skip = printsSingleOtherRow(report) ? 'split' : 'single';
  for (const row of ROWS[report.format]) {
    if (row.other === skip || !anyNull(vals, row.cells)) continue;
    const blank = row.cells.filter((i) => isNull(vals[i]));
    const zhCols = blank.map((i) => fieldAt(i).column).join('、');
    const enCols = blank.map((i) => columnEn(fieldAt(i))).join(', ');
    fail(sink, {
      rule: 'MISSING',
      report,
      cells: blank.map((i) => ref(report, i)),
      left: null,
      right: null,
      message: {
        zh: `${row.zh}：${blank.length} 个单元格未填报（${zhCols}）`,
        en: `${row.en}: ${blank.length} cell(s) not reported (${enCols})`,
      },
    });
  }
}
