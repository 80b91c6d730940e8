// npm run validate -- <files or folders> [--json] [--strict] [--lang en]
// Stages: collect files (folders with a manifest.json are read per dataset) → load each file
// (decode, parse, normalise, schema) → run every check per dataset → print findings grouped by
// unit and year, and a summary. Exit 1 when a file cannot be read or breaks the schema (and with
// --strict when any error-severity finding exists); 0 otherwise.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkReports } from '../src/domain/checks';
import type { Finding, Severity } from '../src/domain/findings';
import type { Report } from '../src/domain/report';
import { tryLoadReports, type LoadMessage, type LoadResult } from '../src/io/load';
import { collectFiles } from './lib/collect';

interface Options {
  paths: string[];
  json: boolean;
  strict: boolean;
  lang: 'zh' | 'en';
}

interface GroupOutcome {
  name: string;
  files: { file: string; result: LoadResult }[];
  reports: Report[];
  findings: Finding[];
  notCheckable: number;
  errors: LoadMessage[];
}

function parseArgs(argv: readonly string[]): Options | string {
  const opts: Options = { paths: [], json: false, strict: false, lang: 'zh' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--strict') opts.strict = true;
    else if (a === '--lang') opts.lang = argv[++i] === 'en' ? 'en' : 'zh';
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('--')) return `Unknown option ${a}\n${USAGE}`;
    else opts.paths.push(a);
  }
  return opts.paths.length ? opts : USAGE;
}

const USAGE = `用法 Usage: npm run validate -- <文件或文件夹 files or folders> [--json] [--strict] [--lang en]`;

function readBytes(file: string): Uint8Array | LoadMessage {
  try {
    return readFileSync(file);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      code: 'unreadable',
      file,
      zh: `无法读取文件 ${file}：${why}`,
      en: `Cannot read ${file}: ${why}`,
    };
  }
}

function runGroup(name: string, files: readonly string[]): GroupOutcome {
  const out: GroupOutcome = {
    name,
    files: [],
    reports: [],
    findings: [],
    notCheckable: 0,
    errors: [],
  };
  const seen = new Map<string, string>();
  for (const path of files) {
    const file = relative(process.cwd(), path) || path;
    const bytes = readBytes(path);
    if (!(bytes instanceof Uint8Array)) {
      out.errors.push({ ...bytes, file });
      continue;
    }
    const result = tryLoadReports(bytes, file);
    out.files.push({ file, result });
    if (!result.ok) {
      out.errors.push(...result.errors);
      continue;
    }
    for (const r of result.reports) {
      const id = `${r.unitId ?? r.unit}\u0000${r.year}`;
      const first = seen.get(id);
      if (first !== undefined) out.errors.push(duplicateAcrossFiles(r, first, file));
      else seen.set(id, file);
      out.reports.push(r);
    }
  }
  const checked = checkReports(out.reports);
  out.findings = checked.findings;
  out.notCheckable = checked.notCheckable.length;
  return out;
}

function duplicateAcrossFiles(r: Report, first: string, file: string): LoadMessage {
  return {
    code: 'duplicate-across-files',
    file,
    zh: `${r.unit} ${r.year} 年的报告同时出现在 ${first} 和 ${file}`,
    en: `The ${r.year} report of ${r.unit} appears in both ${first} and ${file}`,
  };
}

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '错误 error',
  warning: '警告 warning',
  info: '提示 info',
};

function printText(groups: readonly GroupOutcome[], lang: 'zh' | 'en'): void {
  for (const g of groups) {
    console.log(`\n== ${g.name}: ${g.files.length} files, ${g.reports.length} reports`);
    for (const { file, result } of g.files) {
      const status = result.ok
        ? `ok (${result.format}, ${result.encoding}, ${result.reports.length})`
        : 'FAILED';
      console.log(`  ${file}: ${status}`);
      for (const w of result.warnings) console.log(`    ! ${w[lang]}`);
    }
    for (const e of g.errors) console.log(`  ✗ ${e[lang]}`);
    for (const [unitYear, list] of groupByUnitYear(g.findings)) {
      console.log(`  ${unitYear}`);
      for (const f of list)
        console.log(`    [${SEVERITY_LABEL[f.severity]}] ${f.rule} ${f.message[lang]}`);
    }
  }
}

function groupByUnitYear(findings: readonly Finding[]): Map<string, Finding[]> {
  const sorted = [...findings].sort(
    (a, b) => a.unit.localeCompare(b.unit, 'zh') || a.year - b.year,
  );
  const map = new Map<string, Finding[]>();
  for (const f of sorted) {
    const k = `${f.unit} ${f.year}`;
    map.set(k, [...(map.get(k) ?? []), f]);
  }
  return map;
}

function summarise(groups: readonly GroupOutcome[]) {
  const count = (s: Severity) =>
    groups.reduce((n, g) => n + g.findings.filter((f) => f.severity === s).length, 0);
  return {
    datasets: groups.length,
    files: groups.reduce((n, g) => n + g.files.length, 0),
    reports: groups.reduce((n, g) => n + g.reports.length, 0),
    errors: count('error'),
    warnings: count('warning'),
    info: count('info'),
    notCheckable: groups.reduce((n, g) => n + g.notCheckable, 0),
    unreadable: groups.reduce((n, g) => n + g.errors.length, 0),
  };
}

function main(argv: readonly string[]): number {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    console.error(opts);
    return 2;
  }
  const collected = collectFiles(opts.paths);
  const groups = collected.groups.map((g) => runGroup(g.name, g.files));
  const s = summarise(groups);
  const unreadable = s.unreadable + collected.errors.length;
  if (opts.json) {
    const files = groups.flatMap((g) =>
      g.files.map(({ file, result }) => fileJson(g.name, file, result)),
    );
    const findings = groups.flatMap((g) => g.findings.map((f) => ({ dataset: g.name, ...f })));
    const errors = [...collected.errors, ...groups.flatMap((g) => g.errors)];
    console.log(
      JSON.stringify({ summary: { ...s, unreadable }, files, errors, findings }, null, 2),
    );
  } else {
    for (const e of collected.errors) console.log(`✗ ${e[opts.lang]}`);
    printText(groups, opts.lang);
    console.log(
      `\n汇总 Summary: ${s.datasets} sets, ${s.files} files, ${s.reports} reports; ` +
        `${s.errors} errors, ${s.warnings} warnings, ${s.info} info; ` +
        `${s.notCheckable} not checkable; ${unreadable} unreadable or invalid`,
    );
  }
  return unreadable > 0 || (opts.strict && s.errors > 0) ? 1 : 0;
}

function fileJson(dataset: string, file: string, r: LoadResult) {
  return r.ok
    ? {
        dataset,
        file,
        ok: true,
        format: r.format,
        encoding: r.encoding,
        reports: r.reports.length,
        warnings: r.warnings,
      }
    : { dataset, file, ok: false, errors: r.errors, warnings: r.warnings };
}

// Piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = main(process.argv.slice(2));
