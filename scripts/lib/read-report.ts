// A report file from disk → ParseResult, for the command-line scripts. The size is checked
// before reading so a mistaken 2 GB pick is refused without loading it.
import { readFileSync, statSync } from 'node:fs';
import { message, type LoadMessage } from '../../src/io/messages';
import { MAX_REPORT_BYTES, tryParseReportFile } from '../../src/io/report/parse-any';
import type { ParseResult } from '../../src/io/report/types';

export async function readReportFile(path: string, file = path): Promise<ParseResult> {
  const fail = (error: LoadMessage): ParseResult => ({
    ok: false,
    file,
    errors: [error],
    warnings: [],
  });
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_REPORT_BYTES) {
      return fail(message('file-too-large', { file, count: size, other: MAX_REPORT_BYTES }));
    }
    bytes = readFileSync(path);
  } catch (e) {
    return fail(unreadable(file, e));
  }
  return tryParseReportFile(bytes, file);
}

function unreadable(file: string, e: unknown): LoadMessage {
  const why = e instanceof Error ? e.message : String(e);
  return {
    code: 'unreadable',
    file,
    zh: `无法读取文件 ${file}：${why}`,
    en: `Cannot read ${file}: ${why}`,
  };
}

/** Stop quietly when the reader of stdout goes away (`… | head`). */
export function exitQuietlyOnEpipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
