// Lines → one ParsedReport: locate blocks → meta (unit, year) → tables 2, 3, 4 → narrative.
// Shared by the text, HTML and PDF parsers, which differ only in how they produce lines.
import { emptyReport } from '../../domain/cells';
import { LEVEL_LABELS } from '../../domain/meta';
import { message, type LoadMessage } from '../messages';
import { toRows } from './lines';
import { readMeta, type Meta } from './meta';
import { readNarrative } from './narrative';
import type { Sink } from './sink';
import { isTemplate2019, readTable2 } from './table2';
import { readTable3 } from './table3';
import { readTable4 } from './table4';
import { locateBlocks, type Span } from './tables';
import type { ParseResult } from './types';

const TABLES = {
  t2: '表二（主动公开政府信息情况） / table 2 (proactive disclosure)',
  t3: '表三（收到和处理政府信息公开申请情况） / table 3 (requests)',
  t4: '表四（行政复议、行政诉讼情况） / table 4 (reviews and lawsuits)',
};

function fileStem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '') || file;
}

const PLACE_SOURCES = {
  unit: '单位名称 / the unit name',
  'unit+body': '单位名称和正文 / the unit name and the body',
};

function placeMessage(file: string, meta: Meta): LoadMessage {
  const level = meta.level && LEVEL_LABELS[meta.level];
  return message('report-place-inferred', {
    file,
    ...(meta.region !== null && { value: meta.region }),
    ...(level && { expected: `${level.zh} / ${level.en}` }),
    detail: PLACE_SOURCES[meta.placeFrom ?? 'unit'],
  });
}

function fail(file: string, errors: LoadMessage[]): ParseResult {
  return { ok: false, file, errors, warnings: [] };
}

export function extractReport(
  lines: readonly string[],
  file: string,
  kind: 'text' | 'html' | 'pdf',
): ParseResult {
  if (lines.every((l) => l.trim() === '')) return fail(file, [message('empty-file', { file })]);
  const blocks = locateBlocks(lines);
  const slice = (s: Span | null): string[] => (s ? lines.slice(s.from, s.to) : []);
  const meta = readMeta(lines, blocks.t2?.from ?? blocks.t3?.from ?? lines.length);
  const t2Text = slice(blocks.t2).join('\n');
  const report = emptyReport(
    meta.unit ?? fileStem(file),
    meta.year ?? 0,
    isTemplate2019(t2Text) ? '2019' : '2021',
  );
  report.level = meta.level;
  report.region = meta.region;
  report.source = { url: null, title: meta.title, published: null, file };
  const sink: Sink = { file, report, provenance: {}, warnings: [] };
  const rowsOf = (s: Span | null) => (s ? toRows(lines, s.from, s.to) : []);
  const found = {
    t2: readTable2(sink, rowsOf(blocks.t2)),
    t3: readTable3(sink, rowsOf(blocks.t3)),
    t4: readTable4(sink, rowsOf(blocks.t4)),
  };
  if (!found.t2 && !found.t3 && !found.t4)
    return fail(file, [message('report-not-found', { file })]);
  if (meta.year === null) return fail(file, [message('report-no-year', { file })]);
  if (meta.unit === null)
    sink.warnings.push(message('report-no-unit', { file, value: report.unit }));
  if (meta.placeFrom !== null) sink.warnings.push(placeMessage(file, meta));
  for (const key of ['t2', 't3', 't4'] as const) {
    if (!found[key])
      sink.warnings.push(message('report-table-missing', { file, detail: TABLES[key] }));
  }
  readNarrative(sink, slice(blocks.narrative), blocks.narrative.from);
  const parsed = {
    report,
    provenance: sink.provenance,
    warnings: sink.warnings,
    sourceLines: [...lines],
    flatRuns: [],
  };
  return { ok: true, file, kind, reports: [parsed], warnings: [] };
}
