// One input of the import view → the data of its drafts, in batches, plus the file's messages.
// What the import worker runs (parse.worker.ts), and what the page runs itself when no worker
// can start. Stages: dataset (CSV / JSON, report count capped) through tryLoadReports, a PDF
// through tryParseReportFile (pdf.js, loaded only then), a report file (text / saved page)
// through tryParseReportBytes, pasted text through tryParseReportText → each report checked here
// (checkReport), so the page receives findings ready-made → batches small enough that the page
// takes each in a few milliseconds.
import { checkReport } from '../../domain/checks';
import type { Finding } from '../../domain/findings';
import type { Report } from '../../domain/report';
import { MAX_DATASET_REPORTS } from '../../io/limits';
import { tryLoadReports } from '../../io/load';
import { message, type LoadMessage } from '../../io/messages';
import { tryParseReportBytes } from '../../io/report/parse-bytes';
import { tryParseReportText } from '../../io/report/parse-text';
import type { FlatRun, ParseResult, SourceRef } from '../../io/report/types';

export type JobInput =
  | { kind: 'dataset' | 'report' | 'pdf'; name: string; bytes: Uint8Array }
  | { kind: 'text'; name: string; text: string };

/** A draft before it is a draft: what makeDraft needs, findings included. */
export interface DraftData {
  report: Report;
  provenance: Record<string, SourceRef>;
  warnings: LoadMessage[];
  sourceLines: string[];
  /** runs of run-together figures left for the user to split */
  flatRuns: FlatRun[];
  findings: Finding[];
}

export interface JobOutcome {
  file: string;
  errors: LoadMessage[];
  warnings: LoadMessage[];
}

/** Reports per batch: a batch of wide reports with findings is cloned in a few milliseconds. */
export const BATCH = 200;

/** Never rejects: a surprise becomes an 'internal' message naming the file. */
export async function runJob(
  input: JobInput,
  emit: (batch: DraftData[]) => void,
): Promise<JobOutcome> {
  try {
    return input.kind === 'dataset'
      ? runDataset(input.bytes, input.name, emit)
      : runReport(await parseReport(input), emit);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      file: input.name,
      errors: [message('internal', { file: input.name, detail })],
      warnings: [],
    };
  }
}

function runDataset(
  bytes: Uint8Array,
  file: string,
  emit: (batch: DraftData[]) => void,
): JobOutcome {
  const loaded = tryLoadReports(bytes, file, { maxReports: MAX_DATASET_REPORTS });
  if (!loaded.ok) return { file, errors: loaded.errors, warnings: loaded.warnings };
  emitChecked(
    loaded.reports.map((report) => ({
      report,
      provenance: {},
      warnings: [],
      sourceLines: [],
      flatRuns: [],
    })),
    emit,
  );
  return { file, errors: [], warnings: loaded.warnings };
}

async function parseReport(input: Exclude<JobInput, { kind: 'dataset' }>): Promise<ParseResult> {
  if (input.kind === 'text') return tryParseReportText(input.text, input.name);
  if (input.kind === 'report') return tryParseReportBytes(input.bytes, input.name);
  const { tryParseReportFile } = await import('../../io/report/parse-any');
  return tryParseReportFile(input.bytes, input.name);
}

function runReport(result: ParseResult, emit: (batch: DraftData[]) => void): JobOutcome {
  if (!result.ok) return { file: result.file, errors: result.errors, warnings: result.warnings };
  emitChecked(
    result.reports.map((p) => ({
      report: p.report,
      provenance: p.provenance,
      warnings: p.warnings,
      sourceLines: p.sourceLines ?? [],
      flatRuns: p.flatRuns ?? [],
    })),
    emit,
  );
  return { file: result.file, errors: [], warnings: result.warnings };
}

function emitChecked(items: Omit<DraftData, 'findings'>[], emit: (batch: DraftData[]) => void) {
  for (let at = 0; at < items.length; at += BATCH) {
    emit(
      items
        .slice(at, at + BATCH)
        .map((item) => ({ ...item, findings: checkReport(item.report).findings })),
    );
  }
}
