// The validation command as a user runs it: exit codes, grouped findings, --json and --strict.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toWideCsv } from '../../../src/io/csv-write';
import { makeReport } from '../../fixtures/reports';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function validate(...args: string[]) {
  const run = spawnSync(TSX, [join(ROOT, 'scripts/validate.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'validate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const consistent = toWideCsv([makeReport({ unit: '单位甲', year: 2023 })]);
const reviewTotalZero = toWideCsv([
  makeReport({ unit: '单位乙', year: 2023, cells: { 'review.total': 0, 'review.maintained': 2 } }),
]);

// Each case starts the CLI through tsx: seconds, not milliseconds, on a busy machine.
describe('npm run validate', { timeout: 60_000 }, () => {
  it('succeeds on the shipped data and checks each dataset on its own', () => {
    const { code, out } = validate('data');
    expect(code).toBe(0);
    expect(out).toMatch(/== samples: 7 files, 15 reports/);
    expect(out).toMatch(/== demo: 6 files, 126 reports/);
    expect(out).toMatch(/淮安市洪泽区人民政府 2023\n(.*\n)*?.*T4-SUM/);
    expect(out).toMatch(/汇总 Summary: 2 sets, 13 files, 141 reports; .*0 unreadable/);
  });

  it('exits 0 with no findings for a consistent file', () => {
    const { code, out } = validate(folderWith({ 'ok.csv': consistent }));
    expect(code).toBe(0);
    expect(out).toMatch(/1 reports; 0 errors, 0 warnings, 0 info/);
  });

  it('exits 1 and names file, row and column when a cell is not a number', () => {
    const broken = consistent.split('\r\n');
    const cols = broken[1]!.split(',');
    const at = broken[0]!.split(',').indexOf('requests.new.natural');
    cols[at] = '12abc';
    broken[1] = cols.join(',');
    const dir = folderWith({ 'bad.csv': broken.join('\r\n') });
    const { code, out } = validate(dir);
    expect(code).toBe(1);
    expect(out).toContain('bad.csv');
    expect(out).toMatch(/第 2 行/);
    expect(out).toContain('12abc');
  });

  it('reports an error finding but exits 0, and exits 1 with --strict', () => {
    const dir = folderWith({ 'review.csv': reviewTotalZero });
    const plain = validate(dir);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/单位乙 2023\n\s+\[错误 error\] T4-SUM/);
    expect(validate(dir, '--strict').code).toBe(1);
  });

  it('prints the findings as JSON with --json', () => {
    const { code, out } = validate(folderWith({ 'review.csv': reviewTotalZero }), '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { findings: { rule: string; unit: string; left: number }[] };
    expect(parsed.findings).toEqual([
      expect.objectContaining({ rule: 'T4-SUM', unit: '单位乙', left: 0 }),
    ]);
  });

  it('exits 1 for a path that does not exist or a file that is not a report', () => {
    expect(validate('no/such/folder').code).toBe(1);
    const { code, out } = validate(folderWith({ 'image.csv': '\u0000\u0001PNG\u0000' }));
    expect(code).toBe(1);
    expect(out).toContain('image.csv');
  });
});
