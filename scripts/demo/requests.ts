// Table 3 and table 4 of one simulated report. Table 3 is built from its identities outwards:
// applicants split the new requests, carry-over comes from last year, handled = new +
// carried over − carried forward per column, and the handled requests are spread over the
// outcome rows, so T3-ROW, T3-HANDLED and T3-BALANCE hold by construction.
import { setCell } from '../../src/domain/cells';
import { FIELD_BY_KEY, type FieldDef } from '../../src/domain/fields';
import type { Report } from '../../src/domain/report';
import { APPLICANT_PARTS, DISPUTE_GROUPS, REQUEST_ROWS } from '../../src/domain/template';
import { apportion, type Rng } from './prng';

/** Six applicant columns (natural … other), without the total. */
export type Parts = number[];

export interface RequestPlan {
  newTotal: number;
  business: number;
  carriedOver: Parts;
  /** Forced 结转下年度 per column; drawn at random when absent. */
  carriedForward?: Parts;
}

const OUTCOME_ROWS = REQUEST_ROWS.filter((r) => r.group && r.key !== 'otherHandling.total');
const SUB_ROWS_OF_OTHER = [
  'otherHandling.overdueCorrection',
  'otherHandling.overdueFee',
  'otherHandling.other',
];

// Typical shares of each outcome row: mostly 予以公开 and 无法提供, few refusals.
const OUTCOME_WEIGHT: Record<string, number> = {
  granted: 40,
  partial: 8,
  'denied.stateSecret': 0.3,
  'denied.lawForbidden': 0.4,
  'denied.safetyStability': 0.3,
  'denied.thirdParty': 1.6,
  'denied.internalAffairs': 0.8,
  'denied.processInfo': 1.4,
  'denied.enforcementFile': 0.5,
  'denied.queryItem': 0.5,
  'unable.notHeld': 20,
  'unable.needCreation': 5,
  'unable.unclear': 2.5,
  'notProcessed.complaint': 3,
  'notProcessed.duplicate': 2.5,
  'notProcessed.publication': 0.5,
  'notProcessed.massive': 0.4,
  'notProcessed.confirm': 0.5,
  'otherHandling.overdueCorrection': 2.5,
  'otherHandling.overdueFee': 0.1,
  'otherHandling.other': 2.5,
};

export function zeros(): Parts {
  return APPLICANT_PARTS.map(() => 0);
}

export function splitApplicants(rng: Rng, total: number, business: number): Parts {
  const b = business * rng.float(0.7, 1.3);
  const weights = [
    1 - b,
    b * 0.7,
    b * rng.float(0, 0.05),
    b * rng.float(0, 0.05),
    b * 0.25,
    b * 0.05,
  ];
  return apportion(total, weights);
}

function drawCarriedForward(rng: Rng, open: Parts): Parts {
  return open.map((n, i) => {
    if (i === 0) return Math.round(n * rng.float(0, 0.05));
    return i === 1 && n > 0 && rng.chance(0.25) ? 1 : 0;
  });
}

export function fillRequests(report: Report, rng: Rng, plan: RequestPlan): void {
  const news = splitApplicants(rng, plan.newTotal, plan.business);
  const open = news.map((n, i) => n + plan.carriedOver[i]!);
  const forward = (plan.carriedForward ?? drawCarriedForward(rng, open)).map((f, i) =>
    Math.min(f, open[i]!),
  );
  const handled = open.map((n, i) => n - forward[i]!);
  const byRow = new Map<string, Parts>(OUTCOME_ROWS.map((r) => [r.key, zeros()]));
  handled.forEach((h, col) => {
    const weights = OUTCOME_ROWS.map((r) => OUTCOME_WEIGHT[r.key]! * rng.float(0.6, 1.4));
    apportion(h, weights).forEach((v, i) => (byRow.get(OUTCOME_ROWS[i]!.key)![col] = v));
  });
  setRow(report, 'new', news);
  setRow(report, 'carriedOver', plan.carriedOver);
  for (const [key, parts] of byRow) {
    if (report.format === '2019' && SUB_ROWS_OF_OTHER.includes(key)) continue;
    setRow(report, key, parts);
  }
  if (report.format === '2019') {
    // The 2019 template prints (六)其他处理 as one row without sub-rows.
    const single = zeros().map((_, col) =>
      SUB_ROWS_OF_OTHER.reduce((s, k) => s + byRow.get(k)![col]!, 0),
    );
    setRow(report, 'otherHandling.total', single);
  }
  setRow(report, 'totalHandled', handled);
  setRow(report, 'carriedForward', forward);
}

export function setRow(report: Report, row: string, parts: Parts): void {
  const fields = rowFields(row);
  APPLICANT_PARTS.forEach((_, i) => setCell(report, fields[i]!, parts[i]!));
  setCell(
    report,
    fields[APPLICANT_PARTS.length]!,
    parts.reduce((a, b) => a + b, 0),
  );
}

// The field of each column of a row, looked up once: the province benchmark sets ~10 million
// cells, and building and hashing their keys was most of its generation time.
const ROW_FIELDS = new Map<string, FieldDef[]>();

function rowFields(row: string): FieldDef[] {
  let fields = ROW_FIELDS.get(row);
  if (!fields) {
    fields = [...APPLICANT_PARTS, 'total'].map((col) =>
      FIELD_BY_KEY.get(`requests.${row}.${col}`)!,
    );
    ROW_FIELDS.set(row, fields);
  }
  return fields;
}

/** Table 4: a few reviews and lawsuits per hundred requests, mostly upheld. */
export function fillDisputes(report: Report, rng: Rng, newTotal: number): void {
  const review = Math.round(newTotal * rng.float(0.01, 0.02) + rng.float(0, 1.2));
  const totals = {
    review,
    litigationDirect: Math.round(review * rng.float(0.3, 0.7)),
    litigationAfterReview: Math.round(review * rng.float(0.1, 0.35)),
  };
  for (const { key } of DISPUTE_GROUPS) {
    const weights = [65, 10, 12, 13].map((w) => w * rng.float(0.6, 1.4));
    const [maintained, corrected, other, pending] = apportion(totals[key], weights);
    setCell(report, `${key}.maintained`, maintained!);
    setCell(report, `${key}.corrected`, corrected!);
    setCell(report, `${key}.other`, other!);
    setCell(report, `${key}.pending`, pending!);
    setCell(report, `${key}.total`, totals[key]);
  }
}
