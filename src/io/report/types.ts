// The shape every report parser (text, HTML, PDF) returns: reports plus where each figure came from.
import type { Report } from '../../domain/report';
import type { LoadMessage } from '../messages';

export interface ParsedReport {
  report: Report; // contract shape; unparsed cells null, never 0
  /** where each extracted figure came from: flat key -> the source line/row text (for preview) */
  provenance: Record<string, string>;
  warnings: LoadMessage[]; // e.g. '(六) printed as one row', 'label typo matched: 其他法律行政止公开'
  /** the lines the parser read (text/PDF: decoded lines; HTML: table rows as lines), for preview */
  sourceLines?: string[];
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
