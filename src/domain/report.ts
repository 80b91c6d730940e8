// The report model: one body (unit) for one year, nested exactly as the contract's keys.
// In memory every cell of the template is present, a number or `null` ("not reported").
import type { Level } from './meta';
import type { ApplicantColumn, DisputeColumn, NarrativeFigure, TemplateFormat } from './template';

export type Cell = number | null;
export type ApplicantRow = Record<ApplicantColumn, Cell>;
export type DisputeRow = Record<DisputeColumn, Cell>;
export interface StockCells {
  issued: Cell;
  repealed: Cell;
  valid: Cell;
}

export interface Proactive {
  regulations: StockCells;
  normativeDocuments: StockCells;
  licensing: Cell;
  punishment: Cell;
  coercion: Cell;
  /** 万元 */
  fees: Cell;
}

export interface Published2019 {
  made: Cell;
  published: Cell;
  total: Cell;
}
export interface Items2019 {
  previous: Cell;
  /** 本年增/减: may be negative. */
  change: Cell;
  decisions: Cell;
}
export interface Proactive2019 {
  regulations: Published2019;
  normativeDocuments: Published2019;
  licensing: Items2019;
  otherServices: Items2019;
  punishment: Items2019;
  coercion: Items2019;
  fees: { previous: Cell; change: Cell };
  procurement: { projects: Cell; amount: Cell };
}

export interface Requests {
  new: ApplicantRow;
  carriedOver: ApplicantRow;
  granted: ApplicantRow;
  partial: ApplicantRow;
  denied: Record<
    | 'stateSecret'
    | 'lawForbidden'
    | 'safetyStability'
    | 'thirdParty'
    | 'internalAffairs'
    | 'processInfo'
    | 'enforcementFile'
    | 'queryItem',
    ApplicantRow
  >;
  unable: Record<'notHeld' | 'needCreation' | 'unclear', ApplicantRow>;
  notProcessed: Record<
    'complaint' | 'duplicate' | 'publication' | 'massive' | 'confirm',
    ApplicantRow
  >;
  /** `total` is used only where the report prints (六) as one row without sub-rows. */
  otherHandling: Record<'overdueCorrection' | 'overdueFee' | 'other' | 'total', ApplicantRow>;
  totalHandled: ApplicantRow;
  carriedForward: ApplicantRow;
}

export interface Narrative extends Record<NarrativeFigure, Cell> {
  /** Figures written as 2000余条 / 近800条 / 约: the number is kept, marked approximate. */
  approx: NarrativeFigure[];
  publishedBreakdown: Record<string, number>;
  other: Record<string, number>;
}

export interface Source {
  url: string | null;
  title: string | null;
  published: string | null;
  file: string | null;
}

export interface Report {
  unit: string;
  year: number;
  unitId: string | null;
  region: string | null;
  level: Level | null;
  format: TemplateFormat;
  source: Source;
  proactive: Proactive;
  /** The 2019 template's table 2, whole; `null` for 2021-template reports. */
  proactive2019: Proactive2019 | null;
  requests: Requests;
  review: DisputeRow;
  litigationDirect: DisputeRow;
  litigationAfterReview: DisputeRow;
  narrative: Narrative;
  notes: string[];
}

export type DisputeGroupKey = 'review' | 'litigationDirect' | 'litigationAfterReview';
