// A whole Report in one step from its descriptive part and its cells in FIELDS order — what the
// CSV reader builds per row. Written as object literals so every object is allocated with its
// final shape: at 30,000 reports, copying a blank tree and then setting 233 cells by path cost
// more than parsing the CSV itself. The result is exactly emptyReport + setCell (same keys, same
// order, same values), which the unit tests check field by field against the dictionary.
import { FIELDS } from './fields';
import type {
  ApplicantRow,
  Cell,
  DisputeRow,
  Items2019,
  Narrative,
  Proactive2019,
  Published2019,
  Report,
  StockCells,
} from './report';

/** Everything of a report that is not a figure cell. */
export type ReportHead = Pick<
  Report,
  'unit' | 'year' | 'unitId' | 'region' | 'level' | 'format' | 'source' | 'notes'
> &
  Pick<Narrative, 'approx' | 'publishedBreakdown' | 'other'>;

/** Cell values, indexed like FIELDS; a missing entry is a blank. */
export type CellVector = ArrayLike<Cell | undefined>;

const INDEX: ReadonlyMap<string, number> = new Map(FIELDS.map((f, i) => [f.key, i]));

/** Where a key's cell sits in a CellVector (its FIELDS index). */
export function cellIndex(key: string): number {
  const i = INDEX.get(key);
  if (i === undefined) throw new Error(`Unknown field key: ${key}`);
  return i;
}

// Each row's first cell; the others follow in template column order, as FIELDS lists them.
const at = (row: string, first: string) => cellIndex(`${row}.${first}`);
const REQ = (row: string) => at(`requests.${row}`, 'natural');
const I = {
  regulations: at('proactive.regulations', 'issued'),
  normativeDocuments: at('proactive.normativeDocuments', 'issued'),
  licensing: cellIndex('proactive.licensing'),
  punishment: cellIndex('proactive.punishment'),
  coercion: cellIndex('proactive.coercion'),
  fees: cellIndex('proactive.fees'),
  p19regulations: at('proactive2019.regulations', 'made'),
  p19normative: at('proactive2019.normativeDocuments', 'made'),
  p19licensing: at('proactive2019.licensing', 'previous'),
  p19otherServices: at('proactive2019.otherServices', 'previous'),
  p19punishment: at('proactive2019.punishment', 'previous'),
  p19coercion: at('proactive2019.coercion', 'previous'),
  p19fees: at('proactive2019.fees', 'previous'),
  p19procurement: at('proactive2019.procurement', 'projects'),
  new: REQ('new'),
  carriedOver: REQ('carriedOver'),
  granted: REQ('granted'),
  partial: REQ('partial'),
  stateSecret: REQ('denied.stateSecret'),
  lawForbidden: REQ('denied.lawForbidden'),
  safetyStability: REQ('denied.safetyStability'),
  thirdParty: REQ('denied.thirdParty'),
  internalAffairs: REQ('denied.internalAffairs'),
  processInfo: REQ('denied.processInfo'),
  enforcementFile: REQ('denied.enforcementFile'),
  queryItem: REQ('denied.queryItem'),
  notHeld: REQ('unable.notHeld'),
  needCreation: REQ('unable.needCreation'),
  unclear: REQ('unable.unclear'),
  complaint: REQ('notProcessed.complaint'),
  duplicate: REQ('notProcessed.duplicate'),
  publication: REQ('notProcessed.publication'),
  massive: REQ('notProcessed.massive'),
  confirm: REQ('notProcessed.confirm'),
  overdueCorrection: REQ('otherHandling.overdueCorrection'),
  overdueFee: REQ('otherHandling.overdueFee'),
  otherOther: REQ('otherHandling.other'),
  otherTotal: REQ('otherHandling.total'),
  totalHandled: REQ('totalHandled'),
  carriedForward: REQ('carriedForward'),
  review: at('review', 'maintained'),
  litigationDirect: at('litigationDirect', 'maintained'),
  litigationAfterReview: at('litigationAfterReview', 'maintained'),
  publishedItems: cellIndex('narrative.publishedItems'),
  newMediaAccounts: cellIndex('narrative.newMediaAccounts'),
  lettersReceived: cellIndex('narrative.lettersReceived'),
  lettersCompletionRate: cellIndex('narrative.lettersCompletionRate'),
};

const c = (v: CellVector, i: number): Cell => v[i] ?? null;

const applicant = (v: CellVector, i: number): ApplicantRow => ({
  natural: c(v, i),
  commercial: c(v, i + 1),
  research: c(v, i + 2),
  social: c(v, i + 3),
  legal: c(v, i + 4),
  other: c(v, i + 5),
  total: c(v, i + 6),
});

const dispute = (v: CellVector, i: number): DisputeRow => ({
  maintained: c(v, i),
  corrected: c(v, i + 1),
  other: c(v, i + 2),
  pending: c(v, i + 3),
  total: c(v, i + 4),
});

const stock = (v: CellVector, i: number): StockCells => ({
  issued: c(v, i),
  repealed: c(v, i + 1),
  valid: c(v, i + 2),
});

const published2019 = (v: CellVector, i: number): Published2019 => ({
  made: c(v, i),
  published: c(v, i + 1),
  total: c(v, i + 2),
});

const items2019 = (v: CellVector, i: number): Items2019 => ({
  previous: c(v, i),
  change: c(v, i + 1),
  decisions: c(v, i + 2),
});

function proactive2019(v: CellVector): Proactive2019 {
  return {
    regulations: published2019(v, I.p19regulations),
    normativeDocuments: published2019(v, I.p19normative),
    licensing: items2019(v, I.p19licensing),
    otherServices: items2019(v, I.p19otherServices),
    punishment: items2019(v, I.p19punishment),
    coercion: items2019(v, I.p19coercion),
    fees: { previous: c(v, I.p19fees), change: c(v, I.p19fees + 1) },
    procurement: { projects: c(v, I.p19procurement), amount: c(v, I.p19procurement + 1) },
  };
}

/** The report: `head` as given (not copied), cells from `v`; 2019-only cells only in 2019. */
export function buildReport(head: ReportHead, v: CellVector): Report {
  return {
    unit: head.unit,
    year: head.year,
    unitId: head.unitId,
    region: head.region,
    level: head.level,
    format: head.format,
    source: head.source,
    proactive: {
      regulations: stock(v, I.regulations),
      normativeDocuments: stock(v, I.normativeDocuments),
      licensing: c(v, I.licensing),
      punishment: c(v, I.punishment),
      coercion: c(v, I.coercion),
      fees: c(v, I.fees),
    },
    proactive2019: head.format === '2019' ? proactive2019(v) : null,
    requests: {
      new: applicant(v, I.new),
      carriedOver: applicant(v, I.carriedOver),
      granted: applicant(v, I.granted),
      partial: applicant(v, I.partial),
      denied: {
        stateSecret: applicant(v, I.stateSecret),
        lawForbidden: applicant(v, I.lawForbidden),
        safetyStability: applicant(v, I.safetyStability),
        thirdParty: applicant(v, I.thirdParty),
        internalAffairs: applicant(v, I.internalAffairs),
        processInfo: applicant(v, I.processInfo),
        enforcementFile: applicant(v, I.enforcementFile),
        queryItem: applicant(v, I.queryItem),
      },
      unable: {
        notHeld: applicant(v, I.notHeld),
        needCreation: applicant(v, I.needCreation),
        unclear: applicant(v, I.unclear),
      },
      notProcessed: {
        complaint: applicant(v, I.complaint),
        duplicate: applicant(v, I.duplicate),
        publication: applicant(v, I.publication),
        massive: applicant(v, I.massive),
        confirm: applicant(v, I.confirm),
      },
      otherHandling: {
        overdueCorrection: applicant(v, I.overdueCorrection),
        overdueFee: applicant(v, I.overdueFee),
        other: applicant(v, I.otherOther),
        total: applicant(v, I.otherTotal),
      },
      totalHandled: applicant(v, I.totalHandled),
      carriedForward: applicant(v, I.carriedForward),
    },
    review: dispute(v, I.review),
    litigationDirect: dispute(v, I.litigationDirect),
    litigationAfterReview: dispute(v, I.litigationAfterReview),
    narrative: {
      publishedItems: c(v, I.publishedItems),
      newMediaAccounts: c(v, I.newMediaAccounts),
      lettersReceived: c(v, I.lettersReceived),
      lettersCompletionRate: c(v, I.lettersCompletionRate),
      approx: head.approx,
      publishedBreakdown: head.publishedBreakdown,
      other: head.other,
    },
    notes: head.notes,
  };
}
