// data/manifest.json → the list of datasets: JSON.parse → shape (zod/mini) → cross-field rules
// (unique ids, a file for every year, safe relative paths, at most one default) → Result.
import { z } from '../domain/zod';
import { message, schemaExpected, type LoadMessage } from './messages';

export interface DatasetEntry {
  id: string;
  title: { zh: string; en: string };
  description?: { zh: string; en: string };
  simulated: boolean;
  default?: boolean;
  years: number[];
  files: Record<string, string>;
  source: { zh: string; en: string };
}
export interface Manifest {
  version: 1;
  datasets: DatasetEntry[];
}

export type ManifestResult =
  { ok: true; manifest: Manifest } | { ok: false; errors: LoadMessage[] };

const text = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
const entrySchema = z.object({
  id: z.string(),
  title: text,
  description: z.optional(text),
  simulated: z.boolean(),
  default: z.optional(z.boolean()),
  years: z.array(z.number().check(z.int(), z.gte(1990), z.lte(2100))).check(z.minLength(1)),
  files: z.record(z.string(), z.string()),
  source: text,
});
const manifestSchema = z.object({ version: z.literal(1), datasets: z.array(entrySchema) });

const ID = /^[a-z0-9-]+$/;

export function tryParseManifest(text: string, file = 'manifest.json'): ManifestResult {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [message('manifest-syntax', { file, detail })] };
  }
  const parsed = manifestSchema.safeParse(root);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) =>
      message('manifest-schema', {
        file,
        column: issue.path.map(String).join('.') || '(root)',
        value: shown(
          issue.path.reduce<unknown>((o, k) => (isObject(o) ? o[String(k)] : undefined), root),
        ),
        expected: schemaExpected(issue),
      }),
    );
    return { ok: false, errors };
  }
  const errors = crossChecks(parsed.data.datasets, file);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, manifest: { version: 1, datasets: parsed.data.datasets.map(clean) } };
}

function crossChecks(datasets: readonly DatasetEntry[], file: string): LoadMessage[] {
  const errors: LoadMessage[] = [];
  const problem: Problem = (column, zh, en) =>
    errors.push(message('manifest-invalid', { file, column, detail: zh, detailEn: en }));
  const ids = new Set<string>();
  datasets.forEach((d, i) => {
    const at = `datasets.${i}`;
    if (!ID.test(d.id))
      problem(
        `${at}.id`,
        `id「${d.id}」只能含小写字母、数字和连字符`,
        `id "${d.id}" may hold only a-z, 0-9 and -`,
      );
    if (ids.has(d.id)) problem(`${at}.id`, `id「${d.id}」重复`, `id "${d.id}" is used twice`);
    ids.add(d.id);
    checkYears(d, at, problem);
  });
  const defaults = datasets.filter((d) => d.default === true).map((d) => d.id);
  if (defaults.length > 1) {
    problem(
      'datasets',
      `只能有一个默认数据集，现有 ${defaults.join('、')}`,
      `only one default dataset allowed: ${defaults.join(', ')}`,
    );
  }
  return errors;
}

type Problem = (column: string, zh: string, en: string) => void;

function checkYears(d: DatasetEntry, at: string, problem: Problem): void {
  const years = new Set<string>();
  for (const y of d.years) {
    const key = String(y);
    if (years.has(key)) problem(`${at}.years`, `年份 ${key} 重复`, `year ${key} is listed twice`);
    years.add(key);
    if (d.files[key] === undefined) {
      problem(`${at}.files`, `年份 ${key} 没有对应的文件`, `year ${key} has no file`);
    }
  }
  for (const [year, path] of Object.entries(d.files)) {
    if (!years.has(year))
      problem(`${at}.files.${year}`, `年份 ${year} 不在 years 中`, `year ${year} is not in years`);
    const bad = pathProblem(path);
    if (bad)
      problem(
        `${at}.files.${year}`,
        `文件路径「${path}」${bad.zh}`,
        `file path "${path}" ${bad.en}`,
      );
  }
}

/** Paths are relative to data/ and served as URLs: no escape upwards, no absolute or remote. */
function pathProblem(path: string): { zh: string; en: string } | null {
  if (path.includes('..')) return { zh: '不能含有 ..', en: 'must not contain ..' };
  if (/^[/\\]|^[a-z]:|:\/\/|\\/i.test(path)) {
    return {
      zh: '应为相对于 data/ 的路径，使用 /',
      en: 'must be relative to data/, with / separators',
    };
  }
  if (!/\.(csv|json)$/i.test(path))
    return { zh: '应以 .csv 或 .json 结尾', en: 'must end in .csv or .json' };
  return null;
}

/** Only the fields the contract names, so stray keys do not travel further. */
function clean(d: DatasetEntry): DatasetEntry {
  const out: DatasetEntry = {
    id: d.id,
    title: { zh: d.title.zh, en: d.title.en },
    simulated: d.simulated,
    years: [...d.years],
    files: { ...d.files },
    source: { zh: d.source.zh, en: d.source.en },
  };
  if (d.description) out.description = { zh: d.description.zh, en: d.description.en };
  if (d.default !== undefined) out.default = d.default;
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function shown(v: unknown): string {
  if (v === undefined) return '';
  try {
    return typeof v === 'string' ? v : String(JSON.stringify(v));
  } catch {
    return String(v);
  }
}
