// The unit profile's tables as the published template prints them. Stages: which unit and year
// (URL, else the scope's unit, else the unit's latest year) → table blocks of flat field keys
// with their printed row and column labels (2021 or 2019 table 2; table 3 with its merged
// cells; table 4's three groups) → cell text (blank stays blank, never 0).
import { FIELD_BY_KEY } from '../../domain/fields';
import type { Report } from '../../domain/report';
import { unitKey } from '../../domain/scope';
import { printsSingleOtherRow } from '../../domain/rules/other-handling';
import {
  APPLICANT_COLUMNS,
  DECISION_ROWS,
  FEES_ROW,
  OUTCOME_GROUPS,
  REQUEST_ROWS,
  STOCK_COLUMNS,
  STOCK_ROWS,
  T2_2019_COLUMNS,
  T2_2019_ROWS,
  type Label,
  type TemplateFormat,
} from '../../domain/template';
import type { UrlState } from '../../state/url-state';

/** The unit the profile shows: the URL's, else the scope's single unit. */
export function profileUnitKey(state: Pick<UrlState, 'unit' | 'scope'>): string | null {
  if (state.unit) return state.unit;
  return state.scope.kind === 'unit' ? state.scope.unit : null;
}

export function reportsOfUnit(reports: readonly Report[], key: string): Report[] {
  return reports.filter((r) => unitKey(r) === key).sort((a, b) => a.year - b.year);
}

/** The chosen year when the unit reported it, else the unit's latest. */
export function profileYear(unitReports: readonly Report[], year: number | null): number | null {
  if (year !== null && unitReports.some((r) => r.year === year)) return year;
  return unitReports[unitReports.length - 1]?.year ?? null;
}

// ------------------------------------------------------------------ table 2 ---------------

export interface T2Block {
  section: string;
  columns: Label[];
  rows: { label: Label; keys: string[] }[];
}

const lbl = (zh: string, en: string): Label => ({ zh, en });

function table2021(): T2Block[] {
  const decisionColumn = lbl('本年处理决定数量', 'Decisions this year');
  const bySection = new Map<string, T2Block>();
  for (const row of DECISION_ROWS) {
    const block = bySection.get(row.section) ?? {
      section: row.section,
      columns: [decisionColumn],
      rows: [],
    };
    block.rows.push({ label: lbl(row.zh, row.en), keys: [`proactive.${row.key}`] });
    bySection.set(row.section, block);
  }
  return [
    {
      section: STOCK_ROWS[0].section,
      columns: STOCK_COLUMNS.map((c) => lbl(c.zh, c.en)),
      rows: STOCK_ROWS.map((r) => ({
        label: lbl(r.zh, r.en),
        keys: STOCK_COLUMNS.map((c) => `proactive.${r.key}.${c.key}`),
      })),
    },
    ...bySection.values(),
    {
      section: FEES_ROW.section,
      columns: [lbl('本年收费金额（单位：万元）', 'Fees collected (10k yuan)')],
      rows: [{ label: lbl(FEES_ROW.zh, FEES_ROW.en), keys: ['proactive.fees'] }],
    },
  ];
}

function table2019(): T2Block[] {
  const blocks: T2Block[] = [];
  for (const row of T2_2019_ROWS) {
    const last = blocks[blocks.length - 1];
    const row2 = {
      label: lbl(row.zh, row.en),
      keys: row.columns.map((c) => `proactive2019.${row.key}.${c}`),
    };
    if (last && last.section === row.section && last.rows[0]!.keys.length === row.columns.length) {
      last.rows.push(row2);
      continue;
    }
    const columns = row.columns.map((c) => {
      const col = T2_2019_COLUMNS[c]!;
      const unit = col.unit === '万元' ? '（万元）' : '';
      return lbl(`${col.zh}${unit}`, col.en);
    });
    blocks.push({ section: row.section, columns, rows: [row2] });
  }
  return blocks;
}

const T2_2021 = table2021();
const T2_2019 = table2019();

export function table2Blocks(format: TemplateFormat): T2Block[] {
  return format === '2019' ? T2_2019 : T2_2021;
}

// ------------------------------------------------------------------ table 3 ---------------

/** A printed row label cell; rowSpan/colSpan as the template merges them. */
export interface LabelCell {
  label: Label;
  rowSpan: number;
  colSpan: number;
}

export interface T3Line {
  row: string;
  labels: LabelCell[];
  /** Flat keys of the seven columns (six applicant kinds, then 总计). */
  keys: string[];
}

const RESULTS = lbl('三、本年度办理结果', '3. Results this year');
const NUMERALS = '一二三四五六七';

function groupLabel(zh: string, group: string): Label {
  const g = OUTCOME_GROUPS.find((o) => o.key === group)!;
  const n = NUMERALS.indexOf(zh.charAt(1)) + 1;
  return lbl(zh.split(' ').slice(0, 2).join(' '), `(${n}) ${g.en}`);
}

function itemLabel(zh: string, en: string): Label {
  const item = zh.split(' ').slice(2).join(' ');
  const number = /^\d+\./.exec(item)?.[0] ?? '';
  return lbl(item, `${number} ${en.split(': ').slice(1).join(': ') || en}`.trim());
}

const cell = (label: Label, rowSpan = 1, colSpan = 1): LabelCell => ({ label, rowSpan, colSpan });

/** Table 3's rows; `singleOther` prints (六) as one row, as the report did. */
export function table3Lines(singleOther: boolean): T3Line[] {
  const rows = REQUEST_ROWS.filter((r) =>
    r.group === 'otherHandling' ? (r.key === 'otherHandling.total') === singleOther : true,
  );
  const resultRows = rows.filter((r) => r.group !== undefined || r.key === 'totalHandled').length;
  const lines: T3Line[] = [];
  let lastGroup: string | undefined;
  for (const r of rows) {
    const keys = APPLICANT_COLUMNS.map((c) => `requests.${r.key}.${c.key}`);
    const labels: LabelCell[] = [];
    if (r.key === 'granted') labels.push(cell(RESULTS, resultRows));
    const grouped = r.group && r.key.includes('.') && r.key !== 'otherHandling.total';
    if (!r.group && r.key !== 'totalHandled') labels.push(cell(lbl(r.zh, r.en), 1, 3));
    else if (!grouped) labels.push(cell(singleLabel(r.key, r.zh, r.en), 1, 2));
    else {
      if (r.group !== lastGroup) {
        const span = rows.filter((x) => x.group === r.group).length;
        labels.push(cell(groupLabel(r.zh, r.group!), span));
      }
      labels.push(cell(itemLabel(r.zh, r.en)));
    }
    lastGroup = r.group;
    lines.push({ row: r.key, labels, keys });
  }
  return lines;
}

function singleLabel(key: string, zh: string, en: string): Label {
  if (key === 'granted') return lbl(zh.replace(/^三、/, ''), `(1) ${en}`);
  if (key === 'partial') return lbl(zh, `(2) ${en}`);
  if (key === 'otherHandling.total') return lbl('(六) 其他处理', '(6) Other handling');
  return lbl(zh, `(7) ${en}`);
}

export function printsOneOtherRow(report: Report): boolean {
  return printsSingleOtherRow(report);
}

// ------------------------------------------------------------------ cells -----------------

const AMOUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });
const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** A cell as printed: thousands separators, amounts with their decimals; null → null (blank). */
export function cellText(key: string, value: number | null): string | null {
  if (value === null) return null;
  const def = FIELD_BY_KEY.get(key);
  return def?.kind === 'amount' || !Number.isInteger(value)
    ? AMOUNT.format(value)
    : COUNT.format(value);
}
