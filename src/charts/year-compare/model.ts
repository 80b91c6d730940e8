// Year-versus-year model: reports of a scope → for each key figure, its value in year A and in
// year B (counts summed over units first, rates divided once), the absolute change and the
// relative change (null when the base is 0 or missing). Rates change in percentage points.
import { getCell } from '../../domain/cells';
import { FIELD_BY_KEY, type FieldDef } from '../../domain/fields';
import { computeIndicator, INDICATORS, yoy, type IndicatorKey } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { OTHER_SUB_ROWS, printsSingleOtherRow } from '../../domain/rules/other-handling';
import { OUTCOME_GROUPS, REQUEST_ROWS, type OutcomeGroup } from '../../domain/template';
import { displayValue } from '../ranking/model';

export interface YearValue {
  value: number | null;
  /** Reports that gave every operand / reports of that year in scope. */
  used: number;
  of: number;
}

export interface YearRow {
  id: string;
  zh: string;
  en: string;
  kind: 'count' | 'rate' | 'per100';
  /** Headline indicator, or a table-3 total. */
  group: 'indicator' | 'table3';
  a: YearValue;
  b: YearValue;
  /** b − a (percentage points for rates). */
  change: number | null;
  /** (b − a) / a; null when a is 0 or missing. */
  relative: number | null;
}

export interface YearCompareModel {
  yearA: number;
  yearB: number;
  rows: YearRow[];
}

type Part = (r: Report) => number | null;

const cell =
  (key: string): Part =>
  (r) =>
    getCell(r, key);

const GROUP_PARTS = new Map<OutcomeGroup, Part>();

/** The group's total for a report (null when a row of it is blank); made once per group. */
export function groupPart(group: OutcomeGroup): Part {
  let part = GROUP_PARTS.get(group);
  if (!part) GROUP_PARTS.set(group, (part = makeGroupPart(group)));
  return part;
}

const fieldOf = (key: string): FieldDef => FIELD_BY_KEY.get(key)!;

function makeGroupPart(group: OutcomeGroup): Part {
  // Fields resolved once: this runs for every report of a province on each change of year.
  const rows = REQUEST_ROWS.filter(
    (row) => row.group === group && row.key !== 'otherHandling.total',
  ).map((row) => fieldOf(`requests.${row.key}.total`));
  const split = OTHER_SUB_ROWS.map((k) => fieldOf(`requests.otherHandling.${k}.total`));
  const single = fieldOf('requests.otherHandling.total.total');
  return (r) => {
    if (group === 'otherHandling' && printsSingleOtherRow(r)) return getCell(r, single);
    const list = group === 'otherHandling' ? split : rows;
    let sum = 0;
    for (const f of list) {
      const v = getCell(r, f);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  };
}

/** Table-3 totals shown under the indicators: rows of the template, outcome groups summed. */
const TABLE3: { id: string; zh: string; en: string; part: Part }[] = [
  ...['new', 'carriedOver'].map((k) => rowDef(k)),
  ...OUTCOME_GROUPS.map((g) => ({
    id: `group.${g.key}`,
    zh: g.zh,
    en: g.en,
    part: groupPart(g.key),
  })),
  ...['totalHandled', 'carriedForward'].map((k) => rowDef(k)),
];

function rowDef(key: string) {
  const row = REQUEST_ROWS.find((r) => r.key === key)!;
  return {
    id: `requests.${key}.total`,
    zh: row.short,
    en: row.en,
    part: cell(`requests.${key}.total`),
  };
}

export function sumPart(part: Part, reports: readonly Report[]): YearValue {
  let sum = 0;
  let used = 0;
  for (const r of reports) {
    const v = part(r);
    if (v === null) continue;
    sum += v;
    used++;
  }
  return { value: used > 0 ? sum : null, used, of: reports.length };
}

function indicatorValue(key: IndicatorKey, reports: readonly Report[]): YearValue {
  const v = computeIndicator(key, reports);
  return { value: displayValue(key, v.value), used: v.used, of: v.of };
}

function row(
  group: YearRow['group'],
  id: string,
  label: { zh: string; en: string },
  kind: YearRow['kind'],
  a: YearValue,
  b: YearValue,
): YearRow {
  const change = a.value === null || b.value === null ? null : b.value - a.value;
  return {
    group,
    id,
    zh: label.zh,
    en: label.en,
    kind,
    a,
    b,
    change,
    relative: yoy(b.value, a.value),
  };
}

export function toYearCompareModel(
  reports: readonly Report[],
  yearA: number,
  yearB: number,
): YearCompareModel {
  const inA = reports.filter((r) => r.year === yearA);
  const inB = reports.filter((r) => r.year === yearB);
  const indicators = (Object.keys(INDICATORS) as IndicatorKey[]).map((k) =>
    row(
      'indicator',
      k,
      INDICATORS[k],
      INDICATORS[k].kind,
      indicatorValue(k, inA),
      indicatorValue(k, inB),
    ),
  );
  const totals = TABLE3.map((t) =>
    row('table3', t.id, t, 'count', sumPart(t.part, inA), sumPart(t.part, inB)),
  );
  return { yearA, yearB, rows: [...indicators, ...totals] };
}
