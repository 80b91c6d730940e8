// What the user dropped, picked or pasted → drafts and per-file messages. Stages: read bytes →
// dataset files (.csv/.json) through tryLoadReports, anything else through the report parser
// (loaded on demand, for pasted text too, so pdf.js, parse5 and the parser's gazetteer stay out
// of the first view's bundle) → drafts.
import { tryLoadReports, type LoadMessage } from '../../io/load';
import { message } from '../../io/messages';
import type { ParseResult } from '../../io/report/types';
import { makeDraft, type Draft } from './drafts';

export interface FileOutcome {
  file: string;
  drafts: Draft[];
  errors: LoadMessage[];
  warnings: LoadMessage[];
}

const DATASET = /\.(csv|json)$/i;

/** Never rejects: a file that cannot be read (moved, unreadable) becomes its own message. */
export async function readFile(file: File): Promise<FileOutcome> {
  return settle(file.name, () => read(file));
}

async function settle(name: string, run: () => Promise<FileOutcome>): Promise<FileOutcome> {
  try {
    return await run();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      file: name,
      drafts: [],
      errors: [message('internal', { file: name, detail })],
      warnings: [],
    };
  }
}

/** FileReader rather than Blob.arrayBuffer: older engines (and jsdom) lack the latter. */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

async function read(file: File): Promise<FileOutcome> {
  const bytes = await bytesOf(file);
  if (DATASET.test(file.name)) {
    const loaded = tryLoadReports(bytes, file.name);
    if (!loaded.ok)
      return { file: file.name, drafts: [], errors: loaded.errors, warnings: loaded.warnings };
    return {
      file: file.name,
      drafts: loaded.reports.map((r) => makeDraft(file.name, r, {}, [])),
      errors: [],
      warnings: loaded.warnings,
    };
  }
  const { tryParseReportFile } = await import('../../io/report/parse-any');
  return fromParse(await tryParseReportFile(bytes, file.name));
}

/** Never rejects, like readFile (the parser's chunk may fail to load). */
export function readPasted(text: string, name: string): Promise<FileOutcome> {
  return settle(name, async () => {
    const { tryParseReportText } = await import('../../io/report/parse-text');
    return fromParse(tryParseReportText(text, name));
  });
}

function fromParse(result: ParseResult): FileOutcome {
  if (!result.ok) {
    return { file: result.file, drafts: [], errors: result.errors, warnings: result.warnings };
  }
  return {
    file: result.file,
    drafts: result.reports.map((p) =>
      makeDraft(result.file, p.report, p.provenance, p.warnings, p.sourceLines, p.flatRuns),
    ),
    errors: [],
    warnings: result.warnings,
  };
}
