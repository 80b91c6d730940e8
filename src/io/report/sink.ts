// Where extracted figures go: the report being filled, the source row of each figure, warnings.
import { setCell } from '../../domain/cells';
import type { Report } from '../../domain/report';
import { message, type LoadMessage, type MessageCode, type MessageParams } from '../messages';
import { parseCell } from '../numbers';
import type { Row } from './lines';
import type { SourceRef } from './types';

export interface Sink {
  readonly file: string;
  readonly report: Report;
  readonly provenance: Record<string, SourceRef>;
  readonly warnings: LoadMessage[];
}

export function warn(sink: Sink, code: MessageCode, params: Omit<MessageParams, 'file'>): void {
  sink.warnings.push(message(code, { file: sink.file, ...params }));
}

const UNIT = /(?:万元|元|件|个|项|条)$/;
const AMOUNT_KEYS = new Set(['proactive.fees', 'proactive2019.procurement.amount']);

export function isAmountKey(key: string): boolean {
  return AMOUNT_KEYS.has(key);
}

/** Amounts are 万元; a cell printed in 元 ("75394432.52元") is converted. */
export function inTenThousands(key: string, unit: string, value: number | null): number | null {
  if (value === null || unit !== '元' || !AMOUNT_KEYS.has(key)) return value;
  return Math.round(value * 100) / 1e6;
}

/** Store one cell; text that is not a number stays null and says so. */
export function putCell(sink: Sink, key: string, raw: string, row: Row): void {
  const unit = UNIT.exec(raw.trim())?.[0] ?? '';
  const parsed = parseCell(raw.trim().slice(0, raw.trim().length - unit.length), {
    signed: key.endsWith('.change'),
  });
  if (!parsed.ok) {
    warn(sink, 'report-cell-unreadable', { column: key, value: raw });
    return;
  }
  setCell(sink.report, key, inTenThousands(key, unit, parsed.value));
  if (parsed.value !== null) sink.provenance[key] = { line: row.line, text: row.raw };
}

/** Store a row's figures under `keys`, or leave them null when the count does not fit. */
export function putRow(
  sink: Sink,
  keys: readonly string[],
  values: readonly string[] | null,
  row: Row,
): void {
  if (values === null || values.length !== keys.length) {
    warn(sink, 'report-row-width', {
      value: row.raw,
      count: row.values.filter((v) => v !== '').length,
      other: keys.length,
    });
    return;
  }
  keys.forEach((key, i) => putCell(sink, key, values[i]!, row));
}
