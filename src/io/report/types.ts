// The shape every report parser (text, HTML, PDF) returns: reports plus where each figure came from.
import type { Report } from '../../domain/report';
import type { LoadMessage } from '../messages';

/** Where one figure was read: its line in `sourceLines` and that line's text (≤ 200 characters). */
export interface SourceRef {
  readonly line: number;
  readonly text: string;
}

/** A run of digits from a crawler-flattened table that the parser could not split in exactly one
 * way and left blank: what a person needs to split it by hand (see flat-fill.ts). */
export interface FlatRun {
  readonly code: 'report-flat-unsplit' | 'report-flat-ambiguous';
  readonly table: 2 | 3 | 4;
  /** The row label as printed ('行政规范性文件', '6.属于四类过程性信息'; '' for table 4). */
  readonly label: string;
  /** The digits as printed (a decimal point and spaces kept), without the unit. */
  readonly run: string;
  /** The unit printed after the run: an amount in 元 is converted to 万元 as the parser does. */
  readonly unit: '' | '元' | '万元';
  /** The flat keys of the row's cells, in order; empty when the row could not be named. */
  readonly keys: readonly string[];
  /** Table 3/4: the splits that satisfy the template's identities (none for table 2). */
  readonly candidates: readonly (readonly number[])[];
  /** Index into `sourceLines` of the line that holds the row's label. */
  readonly line: number;
}

export interface ParsedReport {
  report: Report; // contract shape; unparsed cells null, never 0
  /** where each extracted figure came from: flat key -> source line index and text (for preview) */
  provenance: Record<string, SourceRef>;
  warnings: LoadMessage[]; // e.g. '(六) printed as one row', 'label typo matched: 其他法律行政止公开'
  /** the lines the parser read (text/PDF: decoded lines; HTML: table rows as lines), for preview */
  sourceLines?: string[];
  /** runs of a flattened table left blank for the user to split; each also has a warning */
  flatRuns: FlatRun[];
}
export type ParseResult =
  | {
      ok: true;
      file: string;
      kind: 'text' | 'html' | 'pdf';
      reports: ParsedReport[];
      warnings: LoadMessage[];
    }
  | { ok: false; file: string; errors: LoadMessage[]; warnings: LoadMessage[] };
