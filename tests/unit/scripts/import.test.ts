// The import command as a user runs it: report files in, a JSON array (or wide CSV) out,
// messages on stderr, exit 1 naming any file that could not be read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportHtml, reportPdf, reportText } from '../../fixtures/reports-pdf/layout';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function runImport(...args: string[]) {
  const run = spawnSync(TSX, [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'import-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const pdf = file('测试区2023.pdf', reportPdf());
const text = file('测试区2023.txt', reportText());
const html = file('测试区2023.html', reportHtml());
const zip = file('renamed.pdf', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));

interface Out {
  unit: string;
  year: number;
  format: string;
  requests: { new: { total: number | null } };
  review: { total: number | null };
}

describe('npm run import', { timeout: 60_000 }, () => {
  it('writes one report per file as a JSON array in the nested shape, exit 0', () => {
    const { code, out, err } = runImport(pdf, text, html);
    expect(code).toBe(0);
    const reports = JSON.parse(out) as Out[];
    expect(reports).toHaveLength(3);
    for (const r of reports) {
      expect(r).toMatchObject({ unit: '测试区人民政府', year: 2023, format: '2021' });
      expect(r.requests.new.total).toBe(24);
      expect(r.review.total).toBe(5);
    }
    expect(err).toContain('测试区2023.pdf (pdf)');
  });

  it('exits 1 naming a file it cannot read, and still writes the others', () => {
    const { code, out, err } = runImport(text, zip, join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(err).toContain('renamed.pdf');
    expect(err).toContain('不是年报文件');
    expect(err).toContain('missing.txt');
    expect(JSON.parse(out)).toHaveLength(1);
  });

  it('writes the wide CSV with a BOM and the flat-key header with --csv', () => {
    const { code, out } = runImport('--csv', text);
    expect(code).toBe(0);
    expect(out.startsWith('\uFEFFunit,year,')).toBe(true);
    const [header, row] = out.slice(1).split('\r\n');
    const cols = header!.split(',');
    const cells = row!.split(',');
    expect(cells[cols.indexOf('unit')]).toBe('测试区人民政府');
    expect(cells[cols.indexOf('requests.new.total')]).toBe('24');
    expect(cells[cols.indexOf('requests.otherHandling.total.total')]).toBe('');
  });

  it('prints usage and exits 2 without files', () => {
    const { code, err } = runImport();
    expect(code).toBe(2);
    expect(err).toContain('Usage');
  });
});
