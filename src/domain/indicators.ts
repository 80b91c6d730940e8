// Headline indicators. Stages: per report, evaluate a formula's numerator and denominator (null
// when any operand is blank) → sum both over the reports where every operand is present → divide
// once. Rates are never averaged across reports; a zero or missing denominator gives null.
import { getCell } from './cells';
import { FIELD_BY_KEY } from './fields';
import type { Report } from './report';
import { OTHER_SUB_ROWS, printsSingleOtherRow } from './rules/other-handling';
import { APPLICANT_PARTS, OUTCOME_GROUPS, REQUEST_ROWS, type OutcomeGroup } from './template';

export type IndicatorKey =
  | 'requestsNew'
  | 'requestsToHandle'
  | 'completionRate'
  | 'disclosureRate'
  | 'reviewCorrectionRate'
  | 'litigationCorrectionRate'
  | 'disputes'
  | 'disputeRate'
  | 'publishedItems'
  | 'lettersReceived'
  | 'lettersCompletionRate'
  | 'normativeDocumentsValid';

export interface IndicatorDef {
  key: IndicatorKey;
  zh: string;
  en: string;
  /** `rate` is a fraction 0..1; `per100` is per 100 new requests. */
  kind: 'count' | 'rate' | 'per100';
  formulaZh: string;
  formulaEn: string;
}

const def = (
  key: IndicatorKey,
  kind: IndicatorDef['kind'],
  [zh, en]: [string, string],
  [formulaZh, formulaEn]: [string, string],
): IndicatorDef => ({ key, zh, en, kind, formulaZh, formulaEn });

export const INDICATORS: Record<IndicatorKey, IndicatorDef> = {
  requestsNew: def(
    'requestsNew',
    'count',
    ['本年新收申请', 'New requests'],
    ['本年新收-总计', 'new requests, total'],
  ),
  requestsToHandle: def(
    'requestsToHandle',
    'count',
    ['应办理申请', 'Requests to handle'],
    ['本年新收 + 上年结转', 'new + carried over'],
  ),
  completionRate: def(
    'completionRate',
    'rate',
    ['依申请办结率', 'Completion rate'],
    ['(七)总计 ÷ (本年新收 + 上年结转)', 'total handled ÷ (new + carried over)'],
  ),
  disclosureRate: def(
    'disclosureRate',
    'rate',
    ['公开率（含部分公开）', 'Disclosure rate (incl. partial)'],
    ['(予以公开 + 部分公开) ÷ (七)总计', '(disclosed + partly disclosed) ÷ total handled'],
  ),
  reviewCorrectionRate: def(
    'reviewCorrectionRate',
    'rate',
    ['行政复议纠错率', 'Review correction rate'],
    ['复议结果纠正 ÷ (复议总计 − 尚未审结)', 'reviews corrected ÷ (reviews − pending)'],
  ),
  litigationCorrectionRate: def(
    'litigationCorrectionRate',
    'rate',
    ['行政诉讼纠错率', 'Litigation correction rate'],
    [
      '诉讼结果纠正 ÷ (诉讼总计 − 尚未审结)，含直接起诉与复议后起诉',
      'lawsuits corrected ÷ (lawsuits − pending), direct and after review',
    ],
  ),
  disputes: def(
    'disputes',
    'count',
    ['复议诉讼案件数', 'Reviews and lawsuits'],
    [
      '行政复议总计 + 直接起诉总计 + 复议后起诉总计',
      'reviews + direct lawsuits + lawsuits after review',
    ],
  ),
  disputeRate: def(
    'disputeRate',
    'per100',
    ['每百件申请引发复议诉讼', 'Disputes per 100 requests'],
    ['100 × 复议诉讼案件数 ÷ 本年新收', '100 × disputes ÷ new requests'],
  ),
  publishedItems: def(
    'publishedItems',
    'count',
    ['主动公开信息数', 'Items published'],
    ['正文所述主动公开信息条数', 'items published, as stated in the text'],
  ),
  lettersReceived: def(
    'lettersReceived',
    'count',
    ['群众来信量', 'Letters received'],
    ['正文所述群众来信/留言件数', 'letters and messages, as stated in the text'],
  ),
  lettersCompletionRate: def(
    'lettersCompletionRate',
    'rate',
    ['来信回复办结率', 'Letters completion rate'],
    ['各单位办结率按来信量加权', 'each unit’s rate weighted by its letters received'],
  ),
  normativeDocumentsValid: def(
    'normativeDocumentsValid',
    'count',
    ['现行有效规范性文件', 'Valid normative documents'],
    ['行政规范性文件 现行有效件数', 'normative documents currently valid'],
  ),
};

export interface IndicatorValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Reports that contributed (every operand reported). */
  used: number;
  /** Reports given. */
  of: number;
}

/** One report's contribution to a numerator or denominator; null when an operand is blank. */
type Part = (r: Report) => number | null;

interface Formula {
  num: Part;
  /** null for counts. */
  den: Part | null;
  scale: number;
  /**
   * A share of a whole (completion, disclosure, correction rates): a report whose part exceeds
   * its whole contradicts itself (e.g. 洪泽区 2023 prints 1 corrected review of total 0) and is
   * left out rather than lifting the sum — it shows in `used` < `of`.
   */
  proportion: boolean;
}

/** Sum of cells by flat key; a leading `-` subtracts. */
function terms(...keys: string[]): Part {
  const parts = keys.map((k) => {
    const neg = k.startsWith('-');
    const def = FIELD_BY_KEY.get(neg ? k.slice(1) : k);
    if (!def) throw new Error(`Unknown field key: ${k}`);
    return { def, sign: neg ? -1 : 1 };
  });
  return (r) => {
    let s = 0;
    for (const p of parts) {
      const v = getCell(r, p.def);
      if (v === null) return null;
      s += p.sign * v;
    }
    return s;
  };
}

const DISPUTES = terms('review.total', 'litigationDirect.total', 'litigationAfterReview.total');
const NEW = terms('requests.new.total');
const HANDLED = terms('requests.totalHandled.total');
const LETTERS = terms('narrative.lettersReceived');
const LETTER_RATE = terms('narrative.lettersCompletionRate');

const count = (num: Part): Formula => ({ num, den: null, scale: 1, proportion: false });
const rate = (num: Part, den: Part, scale = 1): Formula => ({
  num,
  den,
  scale,
  proportion: scale === 1,
});

const FORMULAS: Record<IndicatorKey, Formula> = {
  requestsNew: count(NEW),
  requestsToHandle: count(terms('requests.new.total', 'requests.carriedOver.total')),
  completionRate: rate(HANDLED, terms('requests.new.total', 'requests.carriedOver.total')),
  disclosureRate: rate(terms('requests.granted.total', 'requests.partial.total'), HANDLED),
  reviewCorrectionRate: rate(terms('review.corrected'), terms('review.total', '-review.pending')),
  litigationCorrectionRate: rate(
    terms('litigationDirect.corrected', 'litigationAfterReview.corrected'),
    terms(
      'litigationDirect.total',
      'litigationAfterReview.total',
      '-litigationDirect.pending',
      '-litigationAfterReview.pending',
    ),
  ),
  disputes: count(DISPUTES),
  disputeRate: rate(DISPUTES, NEW, 100),
  publishedItems: count(terms('narrative.publishedItems')),
  lettersReceived: count(LETTERS),
  // Weighted by letters: Σ(rate% / 100 × letters) / Σ letters, from reports with both.
  lettersCompletionRate: rate((r) => {
    const [p, n] = [LETTER_RATE(r), LETTERS(r)];
    return p === null || n === null ? null : (p / 100) * n;
  }, LETTERS),
  normativeDocumentsValid: count(terms('proactive.normativeDocuments.valid')),
};

function combine(f: Formula, reports: readonly Report[]): IndicatorValue {
  let num = 0;
  let den = 0;
  let used = 0;
  for (const r of reports) {
    const n = f.num(r);
    const d = f.den ? f.den(r) : 0;
    if (n === null || d === null) continue;
    if (f.proportion && (d < 0 || n > d)) continue;
    num += n;
    den += d;
    used++;
  }
  return valueOf(f, { num, den, used }, reports.length);
}

function valueOf(f: Formula, { num, den, used }: Sums, of: number): IndicatorValue {
  if (used === 0) return { value: null, numerator: null, denominator: null, used, of };
  if (!f.den) return { value: num, numerator: num, denominator: null, used, of };
  const value = den > 0 ? (f.scale * num) / den : null;
  return { value, numerator: num, denominator: den, used, of };
}

export function computeIndicator(key: IndicatorKey, reports: readonly Report[]): IndicatorValue {
  return combine(FORMULAS[key], reports);
}

/** Whether the report gives every operand of the indicator (it counts towards `used`). */
export function contributes(key: IndicatorKey, report: Report): boolean {
  const f = FORMULAS[key];
  const n = f.num(report);
  const d = f.den ? f.den(report) : 0;
  if (n === null || d === null) return false;
  return !(f.proportion && (d < 0 || n > d));
}

const rowTotals = (group: OutcomeGroup) =>
  REQUEST_ROWS.filter((r) => r.group === group).map((r) => `requests.${r.key}.total`);

const OTHER_SINGLE = terms('requests.otherHandling.total.total');
const OTHER_SPLIT = terms(...OTHER_SUB_ROWS.map((k) => `requests.otherHandling.${k}.total`));

function outcomePart(group: OutcomeGroup): Part {
  if (group === 'otherHandling') {
    return (r) => (printsSingleOtherRow(r) ? OTHER_SINGLE(r) : OTHER_SPLIT(r));
  }
  return terms(...rowTotals(group));
}

const OUTCOME_FORMULAS = OUTCOME_GROUPS.map(
  (g) => [g.key, rate(outcomePart(g.key), HANDLED)] as const,
);

/** Each outcome group (予以公开 … 其他处理) over (七)总计. */
export function outcomeShares(reports: readonly Report[]): Record<OutcomeGroup, IndicatorValue> {
  const out = {} as Record<OutcomeGroup, IndicatorValue>;
  for (const [key, f] of OUTCOME_FORMULAS) out[key] = combine(f, reports);
  return out;
}

type ApplicantPart = (typeof APPLICANT_PARTS)[number];
const APPLICANT_FORMULAS = APPLICANT_PARTS.map(
  (c) => [c, rate(terms(`requests.new.${c}`), NEW)] as const,
);

/** Each applicant column of 本年新收 over its total. */
export function applicantShares(reports: readonly Report[]): Record<ApplicantPart, IndicatorValue> {
  const out = {} as Record<ApplicantPart, IndicatorValue>;
  for (const [key, f] of APPLICANT_FORMULAS) out[key] = combine(f, reports);
  return out;
}

/** (x − prev) / prev; null when prev is 0 or missing, or x is missing. */
export function yoy(x: number | null, prev: number | null): number | null {
  if (x === null || prev === null || prev === 0) return null;
  return (x - prev) / prev;
}

export interface SeriesPoint {
  year: number;
  value: IndicatorValue;
  yoy: number | null;
}

// Series by reports array (identity), indicator and years: the KPI cards, trend charts and
// profiles ask for the same series on every change of year or view, and at 30,000 reports each
// took tens of milliseconds (reading cells spread over ~90 MB of report objects).
const SERIES = new WeakMap<readonly Report[], Map<string, Record<IndicatorKey, SeriesPoint[]>>>();

/**
 * Per listed year, the indicator over all given reports of that year; yoy vs the previous listed
 * year. Worked out for every indicator at once and remembered per reports array (and years):
 * treat the result as read-only.
 */
export function indicatorSeries(
  key: IndicatorKey,
  reports: readonly Report[],
  years: readonly number[],
): SeriesPoint[] {
  return everySeries(reports, years)[key];
}

/** Every indicator's series (see indicatorSeries), e.g. to hand to another thread. */
export function everySeries(
  reports: readonly Report[],
  years: readonly number[],
): Record<IndicatorKey, SeriesPoint[]> {
  let byYears = SERIES.get(reports);
  if (!byYears) SERIES.set(reports, (byYears = new Map()));
  const id = years.join(',');
  let all = byYears.get(id);
  if (!all) byYears.set(id, (all = allSeries(reports, years)));
  return all;
}

/**
 * Remember series worked out elsewhere (the dataset worker, from the same reports in the same
 * order) for this array, so the page does not compute them again.
 */
export function rememberSeries(
  reports: readonly Report[],
  years: readonly number[],
  series: Record<IndicatorKey, SeriesPoint[]>,
): void {
  let byYears = SERIES.get(reports);
  if (!byYears) SERIES.set(reports, (byYears = new Map()));
  const frozen = {} as Record<IndicatorKey, SeriesPoint[]>;
  for (const key of Object.keys(FORMULAS) as IndicatorKey[]) {
    frozen[key] = Object.freeze([...series[key]]) as SeriesPoint[];
  }
  byYears.set(years.join(','), frozen);
}

interface Sums {
  num: number;
  den: number;
  used: number;
}

/**
 * Every indicator's series in one pass over the reports: each report's cells are read while
 * they are at hand, instead of one pass per indicator over ~90 MB of report objects (9 passes
 * for the KPI cards took a third of a second at province scale). The same sums, in the same
 * order, as computeIndicator over each year's reports.
 */
function allSeries(
  reports: readonly Report[],
  years: readonly number[],
): Record<IndicatorKey, SeriesPoint[]> {
  const keys = Object.keys(FORMULAS) as IndicatorKey[];
  const formulas = keys.map((k) => FORMULAS[k]);
  const at = new Map(years.map((y, i) => [y, i]));
  const of = years.map(() => 0);
  const sums: Sums[][] = formulas.map(() => years.map(() => ({ num: 0, den: 0, used: 0 })));
  for (const r of reports) {
    const yi = at.get(r.year);
    if (yi === undefined) continue;
    of[yi]!++;
    formulas.forEach((f, k) => {
      const n = f.num(r);
      const d = f.den ? f.den(r) : 0;
      if (n === null || d === null || (f.proportion && (d < 0 || n > d))) return;
      const acc = sums[k]![yi]!;
      acc.num += n;
      acc.den += d;
      acc.used++;
    });
  }
  const out = {} as Record<IndicatorKey, SeriesPoint[]>;
  keys.forEach((key, k) => {
    const points: SeriesPoint[] = [];
    years.forEach((year, yi) => {
      const value = valueOf(formulas[k]!, sums[k]![yi]!, of[yi]!);
      const prev = points[points.length - 1];
      points.push({ year, value, yoy: prev ? yoy(value.value, prev.value.value) : null });
    });
    out[key] = Object.freeze(points) as SeriesPoint[];
  });
  return out;
}
