// What the import worker computes for the page: drafts' data in batches with findings already
// checked, or the file's refusal — a dataset over the report cap never builds a report.
import { describe, expect, it } from 'vitest';
import { MAX_DATASET_REPORTS } from '../../../src/io/limits';
import { BATCH, runJob, type DraftData } from '../../../src/views/import/parse-job';
import { toWideCsv } from '../../../src/io/csv-write';
import { makeReport } from '../../fixtures/reports';
import { reportText } from '../../fixtures/reports-pdf/layout';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function collect(input: Parameters<typeof runJob>[0]) {
  const batches: DraftData[][] = [];
  const outcome = await runJob(input, (b) => batches.push(b));
  return { outcome, batches };
}

describe('runJob', () => {
  it('sends a dataset in batches, each report with its check findings', async () => {
    // Every other report breaks a table-3 total (an error finding).
    const reports = Array.from({ length: BATCH + 5 }, (_, i) =>
      makeReport({
        unit: `单位${i}`,
        year: 2022,
        cells: i % 2 ? { 'requests.new.natural': 999 } : {},
      }),
    );
    const bytes = utf8(toWideCsv(reports));
    const { outcome, batches } = await collect({ kind: 'dataset', name: 'a.csv', bytes });
    expect(outcome.errors).toEqual([]);
    expect(batches.map((b) => b.length)).toEqual([BATCH, 5]);
    const all = batches.flat();
    expect(all[1]!.report.unit).toBe('单位1');
    expect(all[1]!.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(all[0]!.findings.some((f) => f.severity === 'error')).toBe(false);
    expect(all[0]!).toMatchObject({ provenance: {}, sourceLines: [], warnings: [] });
  });

  it('refuses a dataset over the report cap by its line count, building nothing', async () => {
    const header = 'unit,year,requests.new.natural\n';
    const line = 'A,2022,1\n';
    const bytes = utf8(header + line.repeat(MAX_DATASET_REPORTS + 1));
    const { outcome, batches } = await collect({ kind: 'dataset', name: 'big.csv', bytes });
    expect(batches).toEqual([]);
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]).toMatchObject({ code: 'dataset-too-many-reports', file: 'big.csv' });
    expect(outcome.errors[0]!.zh).toContain('50,001 行');
  });

  it('parses a report from bytes and from pasted text, keeping its source lines', async () => {
    for (const input of [
      { kind: 'report' as const, name: 'r.txt', bytes: utf8(reportText()) },
      { kind: 'text' as const, name: '粘贴的文字', text: reportText() },
    ]) {
      const { outcome, batches } = await collect(input);
      expect(outcome).toMatchObject({ file: input.name, errors: [] });
      const [only] = batches.flat();
      expect(only!.report.unit).toBe('测试区人民政府');
      expect(only!.sourceLines.length).toBeGreaterThan(20);
      expect(Object.keys(only!.provenance).length).toBeGreaterThan(20);
    }
  });

  it('returns the refusal of text that is not a report, and of an image', async () => {
    const text = await collect({ kind: 'text', name: 'p', text: '今天天气很好。' });
    expect(text.outcome.errors[0]!.code).toBe('report-not-found');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = await collect({ kind: 'report', name: 'scan.png', bytes: png });
    expect(image.outcome.errors[0]!.code).toBe('image-file');
    expect(image.batches).toEqual([]);
  });
});
