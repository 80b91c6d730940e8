// Crawler-flattened reports (a whole page on one line, table cells run together with no
// separator): find the section headings → cut each table into label + digit-run pairs → split
// the runs by the template's identities (flat-split, flat-t3) → emit ordinary tab-separated lines
// for the usual pipeline. A run that cannot be split in exactly one way becomes a label-only line
// and a FlatRun note: the run, its row's keys and candidate splits, for the user to split by hand.
import { APPLICANT_COLUMNS, T2_2019_ROWS } from '../../domain/template';
import { splitPlain, splitsT4 } from './flat-split';
import { solveT3, type T3Pair } from './flat-t3';
import { squeeze } from './lines';
import { isTemplate2019, table2RowKeys } from './table2';
import { T3_ROW_TESTS } from './table3';
import { TABLE4_KEYS } from './table4';
import type { FlatRun } from './types';

/** `line` counts from the first line `unflatten` returns. */
export type FlatNote = FlatRun;

const NUM = '(?:[一二三四五六七八九十]+、)?\\s*';
const HEADINGS = [
  new RegExp(`${NUM}主动公开政府信息情况`),
  new RegExp(`${NUM}收到和处理政府信息公开申请情况`),
  new RegExp(`${NUM}政府信息公开行政复议、?\\s*行政诉讼情况`),
  new RegExp(`${NUM}存在的主要问题及改进情况|${NUM}其他需要报告的事项`),
];
const MIN_FLAT = 400;
const T2_NAMES: readonly [RegExp, string, number][] = [
  [/规章$/, 'regulations', 3],
  [/(?:行政)?规范性文件$/, 'normativeDocuments', 3],
  [/行政许可$/, 'licensing', 1],
  [/其他对外管理服务事项$/, 'otherServices', 1],
  [/行政处罚$/, 'punishment', 1],
  [/行政强制$/, 'coercion', 1],
  [/行政事业性收费$/, 'fees', 1],
  [/政府集中采购$/, 'procurement', 1],
];

export function isFlattened(line: string): boolean {
  const s = squeeze(line);
  return s.length >= MIN_FLAT && HEADINGS.slice(0, 3).every((h) => h.test(s));
}

/** Label text followed by its digit run; table 3's '2.' numbering belongs to the next label. */
function pairsOf(text: string, decimals: boolean): { label: string; run: string }[] {
  const parts = text.split(decimals ? /(\d[\d.\s]*(?:万元|元)?)/ : /(\d[\d\s]*)/);
  const out: { label: string; run: string }[] = [];
  let carry = '';
  for (let i = 0; i < parts.length; i += 2) {
    let run = parts[i + 1] ?? '';
    const next = parts[i + 2] ?? '';
    let label = carry + parts[i]!;
    carry = '';
    if (!decimals && next.startsWith('.') && /\d$/.test(run)) {
      carry = run.slice(-1);
      run = run.slice(0, -1);
    }
    label = squeeze(label);
    run = run.trim();
    if (label !== '' || run !== '') out.push({ label, run });
  }
  return out;
}

function t2Lines(text: string, notes: FlatNote[]): string[] {
  const cells2019 = new Map<string, number>(T2_2019_ROWS.map((r) => [r.key, r.columns.length]));
  const is2019 = isTemplate2019(text);
  const out: string[] = [];
  for (const { label, run: printed } of pairsOf(text, true)) {
    const name = T2_NAMES.find(([re]) => re.test(label));
    const bare = name ? (name[0].exec(label)?.[0] ?? '') : '';
    if (label.length > bare.length) out.push(label.slice(0, label.length - bare.length));
    if (!name || printed === '') continue;
    const n = is2019 ? (cells2019.get(name[1]) ?? name[2]) : name[2];
    const unit = /(?:万元|元)$/.exec(printed)?.[0] ?? '';
    const run = printed.slice(0, printed.length - unit.length).trim();
    const cells = splitPlain(run, n);
    if (cells === null) {
      const keys = table2RowKeys(name[1], is2019 ? '2019' : '2021');
      notes.push({ ...note('report-flat-unsplit', 2, bare, run, unit, keys), line: out.length });
    }
    // The unit belongs to the last cell (the amount), where putCell converts 元 to 万元.
    const withUnit = cells?.map((c, i) => (i === cells.length - 1 ? c + unit : c));
    out.push(withUnit ? [bare, ...withUnit].join('\t') : bare);
  }
  return out;
}

function note(
  code: FlatRun['code'],
  table: FlatRun['table'],
  label: string,
  run: string,
  unit: string,
  keys: readonly string[],
  candidates: readonly (readonly number[])[] = [],
): FlatRun {
  const u = unit === '元' || unit === '万元' ? unit : '';
  return { code, table, label, run, unit: u, keys, candidates, line: 0 };
}

function t3Lines(text: string, notes: FlatNote[]): string[] {
  const pairs = pairsOf(text, false);
  const keyed: T3Pair[] = pairs.map((p) => ({ key: rowKey(p.label), run: p.run }));
  const solved = solveT3(keyed.filter((p) => p.run !== ''));
  const out: string[] = [];
  let i = 0;
  pairs.forEach(({ label, run }, j) => {
    // The column headers run into the first row's label.
    const at = label.search(/[一1][、.．]?本年新收/);
    if (at > 0) out.push(label.slice(0, at));
    const own = label.slice(Math.max(at, 0));
    if (run === '') return void out.push(own);
    const s = solved[i++]!;
    if ('cells' in s) return void out.push([own, ...s.cells].join('\t'));
    const key = keyed[j]!.key;
    const keys = key === null ? [] : APPLICANT_COLUMNS.map((c) => `requests.${key}.${c.key}`);
    const n = note('report-flat-ambiguous', 3, own, run, '', keys, s.candidates);
    notes.push({ ...n, line: out.length });
    out.push(own);
  });
  return out;
}

function rowKey(label: string): string | null {
  const last = label.replace(
    /^.*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十][)）]|\d\.)/,
    '',
  );
  for (const [key, re] of Object.entries(T3_ROW_TESTS))
    if (re.test(last) || re.test(label)) return key;
  return /其他处理$/.test(label) ? 'otherHandling.total' : null;
}

function t4Lines(text: string, notes: FlatNote[]): string[] {
  const pairs = pairsOf(text, false);
  const out = pairs.filter((p) => p.label !== '').map((p) => p.label);
  const run = pairs.find((p) => p.run !== '')?.run;
  if (run === undefined) return out;
  const splits = splitsT4(run);
  if (splits.length === 1) out.push(splits[0]!.join('\t'));
  else {
    // The run gets no line of its own: its place is the header line just before it.
    const n = note('report-flat-ambiguous', 4, '', run, '', TABLE4_KEYS, splits);
    notes.push({ ...n, line: out.length - 1 });
  }
  return out;
}

/** Where each heading starts: table 3's is the one its first row follows (an introduction may
 * list all the headings), table 2's the last before it, table 4's and the end the next after. */
function headings(line: string): { at: number; head: string }[] {
  const all = (re: RegExp): RegExpExecArray[] => [...line.matchAll(new RegExp(re, 'g'))];
  const t3 = all(HEADINGS[1]!).filter((m) => /本年新收/.test(line.slice(m.index, m.index + 300)));
  const third = t3[t3.length - 1];
  if (!third) return [];
  const second = all(HEADINGS[0]!)
    .filter((m) => m.index < third.index)
    .pop();
  const after = (re: RegExp, from: number) => all(re).find((m) => m.index > from);
  const fourth = after(HEADINGS[2]!, third.index);
  const end = fourth ? after(HEADINGS[3]!, fourth.index) : undefined;
  return [second, third, fourth, end]
    .filter((m): m is RegExpExecArray => m !== undefined)
    .map((m) => ({ at: m.index, head: m[0] }));
}

/** One flattened line → ordinary lines, plus a note for each run left unsplit. */
export function unflatten(line: string): { lines: string[]; notes: FlatNote[] } {
  const found = headings(line);
  if (found.length < 3) return { lines: [line], notes: [] };
  const notes: FlatNote[] = [];
  const body = (i: number): string =>
    line.slice(found[i]!.at + found[i]!.head.length, found[i + 1]?.at ?? line.length);
  const lines = [line.slice(0, found[0]!.at)];
  const readers = [t2Lines, t3Lines, t4Lines];
  found.forEach(({ head }, i) => {
    lines.push(squeeze(head));
    const reader = readers[i];
    const before = notes.length;
    const base = lines.length;
    lines.push(...(reader ? reader(body(i), notes) : [body(i)]));
    for (let j = before; j < notes.length; j++)
      notes[j] = { ...notes[j]!, line: notes[j]!.line + base };
  });
  return { lines, notes };
}
