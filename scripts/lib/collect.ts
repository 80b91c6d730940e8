// Files to validate: explicit files, or folders walked for .csv/.json. A folder holding a
// manifest.json is read through it, so each dataset is checked as its own set of years.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { tryParseManifest } from '../../src/io/manifest';
import type { LoadMessage } from '../../src/io/load';

export interface FileGroup {
  /** Dataset id (from a manifest) or the folder the files came from. */
  name: string;
  files: string[];
}

export interface Collected {
  groups: FileGroup[];
  /** Paths that could not be read or manifests that are broken. */
  errors: LoadMessage[];
}

const DATA_EXT = /\.(csv|json)$/i;

export function collectFiles(args: readonly string[]): Collected {
  const groups: FileGroup[] = [];
  const errors: LoadMessage[] = [];
  const loose = new Map<string, string[]>();
  for (const arg of args) {
    const path = resolve(arg);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      errors.push(
        message(arg, 'not-found', `找不到文件或文件夹：${arg}`, `No such file or folder: ${arg}`),
      );
      continue;
    }
    if (!isDir) {
      addLoose(loose, path);
      continue;
    }
    const manifest = join(path, 'manifest.json');
    if (exists(manifest)) groups.push(...manifestGroups(manifest, errors));
    else for (const f of walk(path)) addLoose(loose, f);
  }
  for (const [dir, files] of loose)
    groups.push({ name: relative(process.cwd(), dir) || '.', files });
  return { groups, errors };
}

function manifestGroups(manifestPath: string, errors: LoadMessage[]): FileGroup[] {
  const parsed = tryParseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return [];
  }
  const root = dirname(manifestPath);
  return parsed.manifest.datasets.map((d) => ({
    name: d.id,
    files: d.years.map((y) => join(root, d.files[String(y)] ?? '')),
  }));
}

function addLoose(loose: Map<string, string[]>, file: string): void {
  const dir = dirname(file);
  loose.set(dir, [...(loose.get(dir) ?? []), file]);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (DATA_EXT.test(entry.name) && basename(p) !== 'manifest.json') out.push(p);
  }
  return out;
}

function exists(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function message(file: string, code: string, zh: string, en: string): LoadMessage {
  return { code, file, zh, en };
}
