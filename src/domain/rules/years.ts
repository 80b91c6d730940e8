// Rules across consecutive years of one unit: Y-CARRY (carried over = last year's carried
// forward), Y-STOCK (valid documents roll forward) and Y-SPIKE (a headline figure jumps).
import type { CellRef, RuleId } from '../findings';
import type { Report } from '../report';
import { APPLICANT_COLUMNS, STOCK_ROWS } from '../template';
import {
  differs,
  fail,
  fmt,
  idx,
  isNull,
  notCheckable,
  ref,
  type Message,
  type Sink,
  type Values,
} from './context';

/** An operand: a cell of this year's or last year's report, added or subtracted. */
interface Term {
  i: number;
  sign: 1 | -1;
  prev: boolean;
}
export interface YearPair {
  cur: Report;
  curVals: Values;
  prev: Report;
  prevVals: Values;
}

function value(p: YearPair, terms: readonly Term[]): number {
  let s = 0;
  for (const t of terms) s += t.sign * (t.prev ? p.prevVals : p.curVals)[t.i]!;
  return s;
}

function refs(p: YearPair, terms: readonly Term[], onlyNull: boolean): CellRef[] {
  const out: CellRef[] = [];
  for (const t of terms) {
    const vals = t.prev ? p.prevVals : p.curVals;
    if (!onlyNull || isNull(vals[t.i])) out.push(ref(t.prev ? p.prev : p.cur, t.i));
  }
  return out;
}

interface Comparison {
  rule: RuleId;
  left: readonly Term[];
  right: readonly Term[];
  /** left then right, kept so evaluating allocates nothing on a pass. */
  terms: readonly Term[];
  /** Fails when this returns true for (left, right). */
  breaks(l: number, r: number): boolean;
  message(l: number, r: number, p: YearPair): Message;
}

function compare(sink: Sink, p: YearPair, c: Comparison): void {
  const l = value(p, c.left);
  const r = value(p, c.right);
  const terms = c.terms;
  if (l !== l || r !== r) {
    notCheckable(sink, c.rule, p.cur, refs(p, terms, false), refs(p, terms, true));
  } else if (c.breaks(l, r)) {
    const cells = refs(p, terms, false);
    fail(sink, {
      rule: c.rule,
      report: p.cur,
      cells,
      left: l,
      right: r,
      message: c.message(l, r, p),
      related: p.prev,
    });
  }
}

const cur = (key: string, sign: 1 | -1 = 1): Term => ({ i: idx(key), sign, prev: false });
const last = (key: string): Term => ({ i: idx(key), sign: 1, prev: true });

const comparison = (c: Omit<Comparison, 'terms'>): Comparison => ({
  ...c,
  terms: [...c.left, ...c.right],
});

const CARRY: readonly Comparison[] = APPLICANT_COLUMNS.map((col) =>
  comparison({
    rule: 'Y-CARRY',
    left: [cur(`requests.carriedOver.${col.key}`)],
    right: [last(`requests.carriedForward.${col.key}`)],
    breaks: differs,
    message: (l, r, p) => ({
      zh: `上年结转-${col.zh} 为 ${fmt(l)}，但 ${p.prev.year} 年报告的 结转下年度-${col.zh} 为 ${fmt(r)}，相差 ${fmt(l - r)}`,
      en: `Carried over (${col.en}) is ${fmt(l)} but the ${p.prev.year} report carried forward ${fmt(r)} (difference ${fmt(l - r)})`,
    }),
  }),
);

const STOCK: readonly Comparison[] = STOCK_ROWS.map((row) => {
  const k = `proactive.${row.key}`;
  return comparison({
    rule: 'Y-STOCK',
    left: [cur(`${k}.valid`)],
    right: [last(`${k}.valid`), cur(`${k}.issued`), cur(`${k}.repealed`, -1)],
    breaks: differs,
    message: (l, r, p) => {
      const [pv, is, rp] = [`${k}.valid`, `${k}.issued`, `${k}.repealed`].map((key, n) =>
        fmt((n === 0 ? p.prevVals : p.curVals)[idx(key)]!),
      );
      return {
        zh: `${row.zh} 现行有效件数 为 ${fmt(l)}，但 ${p.prev.year} 年的 ${pv} + 本年制发 ${is} − 本年废止 ${rp} = ${fmt(r)}，相差 ${fmt(l - r)}`,
        en: `${row.en} currently valid is ${fmt(l)} but ${p.prev.year}'s ${pv} + issued ${is} − repealed ${rp} = ${fmt(r)} (difference ${fmt(l - r)})`,
      };
    },
  });
});

const HEADLINES = [
  { zh: '本年新收申请', en: 'New requests', keys: ['requests.new.total'] },
  { zh: '主动公开信息数', en: 'Items published', keys: ['narrative.publishedItems'] },
  { zh: '群众来信量', en: 'Letters received', keys: ['narrative.lettersReceived'] },
  { zh: '行政许可决定数', en: 'Licensing decisions', keys: ['proactive.licensing'] },
  { zh: '行政处罚决定数', en: 'Penalty decisions', keys: ['proactive.punishment'] },
  {
    zh: '复议诉讼案件数',
    en: 'Reviews and lawsuits',
    keys: ['review.total', 'litigationDirect.total', 'litigationAfterReview.total'],
  },
];

const SPIKE: readonly Comparison[] = HEADLINES.map((h) =>
  comparison({
    rule: 'Y-SPIKE',
    left: h.keys.map((k) => cur(k)),
    right: h.keys.map(last),
    breaks: (l, r) => r >= 10 && (l > 5 * r || l < 0.2 * r),
    message: (l, r, p) => {
      const ratio = fmt(Number((l / r).toFixed(2)));
      return {
        zh: `${h.zh} 由 ${p.prev.year} 年的 ${fmt(r)} 变为 ${fmt(l)}（×${ratio}）`,
        en: `${h.en} went from ${fmt(r)} in ${p.prev.year} to ${fmt(l)} (×${ratio})`,
      };
    },
  }),
);

/** `p.prev` is the same unit's report for `p.cur.year − 1`. */
export function checkYears(sink: Sink, p: YearPair): void {
  for (const c of CARRY) compare(sink, p, c);
  if (p.cur.format === '2021' && p.prev.format === '2021') {
    for (const c of STOCK) compare(sink, p, c);
  }
  for (const c of SPIKE) compare(sink, p, c);
}
