// npm run --silent import -- <report files...> [--csv] [--zh-headers] [--lang en]
// Stages: read each file (size cap first) → tryParseReportFile (PDF, saved web page or text) →
// warnings and errors to stderr → all reports to stdout as a JSON array in the contract's
// nested shape, or with --csv as the wide CSV (UTF-8 with BOM, for Excel). Exit 1 when any file
// could not be read or yielded no report; the reports of the other files are still written.
import { relative } from 'node:path';
import type { Report } from '../src/domain/report';
import { toWideCsv } from '../src/io/csv-write';
import { exitQuietlyOnEpipe, readReportFile } from './lib/read-report';

interface Options {
  files: string[];
  csv: boolean;
  header: 'key' | 'zh';
  lang: 'zh' | 'en';
}

const USAGE =
  '用法 Usage: npm run --silent import -- <年报文件 report files: .pdf .html .txt> [--csv] [--zh-headers] [--lang en]';

function parseArgs(argv: readonly string[]): Options | string {
  const opts: Options = { files: [], csv: false, header: 'key', lang: 'zh' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--csv') opts.csv = true;
    else if (a === '--zh-headers') opts.header = 'zh';
    else if (a === '--lang') opts.lang = argv[++i] === 'en' ? 'en' : 'zh';
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('--')) return `Unknown option ${a}\n${USAGE}`;
    else opts.files.push(a);
  }
  return opts.files.length ? opts : USAGE;
}

async function main(argv: readonly string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    console.error(opts);
    return 2;
  }
  const reports: Report[] = [];
  let failed = 0;
  for (const path of opts.files) {
    const file = relative(process.cwd(), path) || path;
    const result = await readReportFile(path, file);
    for (const w of result.warnings) console.error(`! ${w[opts.lang]}`);
    if (!result.ok) {
      failed++;
      for (const e of result.errors) console.error(`✗ ${e[opts.lang]}`);
      continue;
    }
    for (const parsed of result.reports) {
      for (const w of parsed.warnings) console.error(`! ${w[opts.lang]}`);
      reports.push(parsed.report);
    }
    if (result.reports.length === 0) {
      failed++;
      console.error(`✗ ${file}: 未找到年报 / no report found`);
    } else {
      const names = result.reports.map((p) => `${p.report.unit} ${p.report.year}`).join(', ');
      console.error(`✓ ${file} (${result.kind}): ${names}`);
    }
  }
  const out = opts.csv
    ? toWideCsv(reports, { bom: true, header: opts.header })
    : `${JSON.stringify(reports, null, 2)}\n`;
  process.stdout.write(out);
  return failed > 0 ? 1 : 0;
}

exitQuietlyOnEpipe();
process.exitCode = await main(process.argv.slice(2));
