// The additive identities inside one report: T3-ROW, T3-HANDLED, T3-BALANCE and T4-SUM. Each
// identity is a precomputed spec (cell indices of both sides and a message); evaluating one
// allocates nothing unless it fails or has a null operand.
import type { RuleId } from '../findings';
import type { Report } from '../report';
import { APPLICANT_COLUMNS, DISPUTE_GROUPS, REQUEST_ROWS } from '../template';
import {
  cellZh,
  differs,
  fail,
  fieldAt,
  fmt,
  idx,
  notCheckable,
  ref,
  nullRefs,
  sumAt,
  type Message,
  type Sink,
  type Values,
} from './context';
import { OTHER_SUB_ROWS, printsSingleOtherRow } from './other-handling';

interface Identity {
  rule: RuleId;
  /** The printed figure(s) … */
  left: readonly number[];
  /** … and what they should equal. */
  right: readonly number[];
  cells: readonly number[];
  message(l: string, r: string, d: string): Message;
}

function identity(
  rule: RuleId,
  left: number[],
  right: number[],
  message: Identity['message'],
): Identity {
  return { rule, left, right, cells: [...left, ...right], message };
}

const PARTS = APPLICANT_COLUMNS.filter((c) => c.key !== 'total');
const t3 = (row: string, col: string) => idx(`requests.${row}.${col}`);

function rowIdentity(row: (typeof REQUEST_ROWS)[number]): Identity {
  return identity(
    'T3-ROW',
    [t3(row.key, 'total')],
    PARTS.map((c) => t3(row.key, c.key)),
    (l, r, d) => ({
      zh: `${row.zh}：总计 为 ${l}，但六类申请人之和为 ${r}，相差 ${d}`,
      en: `${row.en}: the total is ${l} but the six applicant columns add up to ${r} (difference ${d})`,
    }),
  );
}
// The (六) form a report does not print is left blank on purpose: it is not checked.
const isOther = (key: string) => key.startsWith('otherHandling.');
const T3_ROW = REQUEST_ROWS.filter((r) => !isOther(r.key)).map(rowIdentity);
const T3_ROW_SINGLE = REQUEST_ROWS.filter((r) => r.key === 'otherHandling.total').map(rowIdentity);
const T3_ROW_SPLIT = REQUEST_ROWS.filter(
  (r) => isOther(r.key) && r.key !== 'otherHandling.total',
).map(rowIdentity);

const OUTCOME_ROWS = REQUEST_ROWS.filter((r) => r.group && r.group !== 'otherHandling');

function handled(single: boolean): readonly Identity[] {
  const other = single ? ['otherHandling.total'] : OTHER_SUB_ROWS.map((k) => `otherHandling.${k}`);
  const rows = [...OUTCOME_ROWS.map((r) => r.key), ...other];
  return APPLICANT_COLUMNS.map((col) => {
    const total = t3('totalHandled', col.key);
    return identity(
      'T3-HANDLED',
      [total],
      rows.map((row) => t3(row, col.key)),
      (l, r, d) => ({
        zh: `${cellZh(fieldAt(total))} 为 ${l}，但各办理结果之和为 ${r}，相差 ${d}`,
        en: `Total handled (${col.en}) is ${l} but the outcome rows add up to ${r} (difference ${d})`,
      }),
    );
  });
}
const T3_HANDLED_SPLIT = handled(false);
const T3_HANDLED_SINGLE = handled(true);

const T3_BALANCE: readonly Identity[] = APPLICANT_COLUMNS.map((col) =>
  identity(
    'T3-BALANCE',
    [t3('new', col.key), t3('carriedOver', col.key)],
    [t3('totalHandled', col.key), t3('carriedForward', col.key)],
    (l, r, d) => ({
      zh: `${col.zh}：本年新收 + 上年结转 = ${l}，但 (七)总计 + 结转下年度 = ${r}，相差 ${d}`,
      en: `${col.en}: new + carried over = ${l} but total handled + carried forward = ${r} (difference ${d})`,
    }),
  ),
);

const T4_SUM: readonly Identity[] = DISPUTE_GROUPS.map((g) =>
  identity(
    'T4-SUM',
    [idx(`${g.key}.total`)],
    ['maintained', 'corrected', 'other', 'pending'].map((c) => idx(`${g.key}.${c}`)),
    (l, r, d) => ({
      zh: `${g.zh}：总计 为 ${l}，但 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = ${r}，相差 ${d}`,
      en: `${g.en}: the total is ${l} but upheld + corrected + other + pending = ${r} (difference ${d})`,
    }),
  ),
);

function evaluate(sink: Sink, report: Report, vals: Values, id: Identity): void {
  const l = sumAt(vals, id.left);
  const r = sumAt(vals, id.right);
  if (l !== l || r !== r) {
    const cells = id.cells.map((i) => ref(report, i));
    notCheckable(sink, id.rule, report, cells, nullRefs(report, vals, id.cells));
  } else if (differs(l, r)) {
    const cells = id.cells.map((i) => ref(report, i));
    const message = id.message(fmt(l), fmt(r), fmt(l - r));
    fail(sink, { rule: id.rule, report, cells, left: l, right: r, message });
  }
}

export function checkIdentities(sink: Sink, report: Report, vals: Values): void {
  const single = printsSingleOtherRow(report);
  for (const id of T3_ROW) evaluate(sink, report, vals, id);
  for (const id of single ? T3_ROW_SINGLE : T3_ROW_SPLIT) evaluate(sink, report, vals, id);
  for (const id of single ? T3_HANDLED_SINGLE : T3_HANDLED_SPLIT) evaluate(sink, report, vals, id);
  for (const id of T3_BALANCE) evaluate(sink, report, vals, id);
  for (const id of T4_SUM) evaluate(sink, report, vals, id);
}
