// Table 3 rows → requests.*: rows come in template order, so each figure row takes the next
// template row unless its own label names a later one. Labels detached from their figures
// (wrapped or shifted by a PDF extraction) therefore do not move figures to the wrong row.
import { APPLICANT_COLUMNS, REQUEST_ROWS } from '../../domain/template';
import { fitValues, type Row } from './lines';
import { bareLabel, similarity } from './labels';
import { putRow, warn, type Sink } from './sink';

interface RowRule {
  readonly key: string;
  readonly test: RegExp;
  readonly bare: string;
}

export const T3_ROW_TESTS: Record<string, RegExp> = {
  new: /本年新收/,
  carriedOver: /上年结转/,
  granted: /予以公开/,
  partial: /部分公开/,
  'denied.stateSecret': /国家秘密/,
  'denied.lawForbidden': /法规禁止公开/,
  'denied.safetyStability': /三安全/,
  'denied.thirdParty': /第三方/,
  'denied.internalAffairs': /内部事务/,
  'denied.processInfo': /过程性/,
  'denied.enforcementFile': /执法案卷/,
  'denied.queryItem': /查询事项/,
  'unable.notHeld': /不掌握/,
  'unable.needCreation': /另行制作|没有现成/,
  'unable.unclear': /仍不明确/,
  'notProcessed.complaint': /信访|举报投诉/,
  'notProcessed.duplicate': /重复申请/,
  'notProcessed.publication': /出版物/,
  'notProcessed.massive': /大量反复/,
  'notProcessed.confirm': /确认或重新|重新出具/,
  'otherHandling.overdueCorrection': /不补正/,
  'otherHandling.overdueFee': /缴纳费用|收费通知/,
  'otherHandling.other': /(?:^|[\d.、．)）])其他$/,
  totalHandled: /总计$/,
  carriedForward: /结转下年/,
};

const RULES: readonly RowRule[] = REQUEST_ROWS.filter((r) => r.key !== 'otherHandling.total').map(
  (r) => ({
    key: r.key,
    test: T3_ROW_TESTS[r.key]!,
    bare: bareLabel(r.zh.split(' ').pop() ?? r.zh),
  }),
);
const TOTAL_HANDLED = RULES.findIndex((r) => r.key === 'totalHandled');
const COLUMNS = APPLICANT_COLUMNS.map((c) => c.key);
const N = COLUMNS.length;
const TYPO_MIN = 0.5;
const SINGLE_OTHER = /其他处理$/;

function keysOf(rowKey: string): string[] {
  return COLUMNS.map((c) => `requests.${rowKey}.${c}`);
}

/** Rows whose figures were wrapped onto the next line are joined back together. */
function joinWrapped(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    const filled = (r: Row): number => r.values.length;
    if (last && row.label === '' && filled(last) > 0 && filled(last) + filled(row) <= N) {
      out[out.length - 1] = { ...last, values: [...last.values, ...row.values] };
    } else out.push(row);
  }
  return out;
}

function keywordMatch(label: string, from: number): number {
  if (label === '') return -1;
  for (let i = from; i < RULES.length; i++) if (RULES[i]!.test.test(label)) return i;
  return -1;
}

function fuzzyMatch(label: string, from: number): number {
  const bare = bareLabel(label);
  let best = -1;
  let score = TYPO_MIN;
  for (let i = from; i < Math.min(RULES.length, from + 4); i++) {
    const s = similarity(bare, RULES[i]!.bare);
    if (s > score) [best, score] = [i, s];
  }
  return best;
}

export function readTable3(sink: Sink, rows: readonly Row[]): boolean {
  const figures = joinWrapped(rows).filter((r) => r.values.some((v) => v !== ''));
  let next = 0;
  let found = false;
  figures.forEach((row, i) => {
    if (next >= RULES.length) return;
    const label = row.label;
    // A stray number printed on its own line names no row: skip it rather than shift the rest.
    if (label === '' && fitValues(row.values, N) === null) {
      warn(sink, 'report-row-width', { value: row.raw, count: row.values.length, other: N });
      return;
    }
    let at = keywordMatch(label, next);
    const nextLabel = figures[i + 1]?.label ?? '';
    if (at < 0 && SINGLE_OTHER.test(label) && /总计/.test(nextLabel)) {
      putRow(sink, keysOf('otherHandling.total'), fitValues(row.values, N), row);
      warn(sink, 'report-other-single-row', {});
      next = TOTAL_HANDLED;
      found = true;
      return;
    }
    if (at < 0 && /[\u4e00-\u9fa5]{3}/.test(label)) {
      at = fuzzyMatch(label, next);
      if (at >= 0) warn(sink, 'report-label-typo', { value: row.label, expected: RULES[at]!.bare });
    }
    if (at < 0) at = next;
    putRow(sink, keysOf(RULES[at]!.key), fitValues(row.values, N), row);
    next = at + 1;
    found = true;
  });
  return found;
}
