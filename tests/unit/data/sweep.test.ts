// One sweep over every shipped data file: it loads through the same loaders the dashboard
// uses, the input file is left as it was, and the findings are exactly the documented ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../src/domain/schema';
import { DATA_DIR, documented, loadShipped, readManifest, sortDocumented } from './shipped';

const shipped = loadShipped();
const expected = JSON.parse(readFileSync(join(DATA_DIR, 'expected-findings.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('shipped datasets', () => {
  it('lists samples (real, default) and demo (simulated) in the manifest', () => {
    const datasets = readManifest().datasets;
    expect(datasets.map((d) => [d.id, d.simulated, d.default ?? false])).toEqual([
      ['samples', false, true],
      ['demo', true, false],
    ]);
  });

  it('ships both JSON and CSV files so both loaders run on every start', () => {
    const formats = new Set(
      shipped.flatMap((d) => d.results.map(({ result }) => (result.ok ? result.format : 'failed'))),
    );
    expect([...formats].sort()).toEqual(['csv', 'json']);
  });

  describe.each(shipped.map((d) => [d.id, d] as const))('%s', (id, dataset) => {
    it.each(dataset.results.map((r) => [r.path, r.result] as const))(
      '%s loads with no errors or warnings',
      (_path, result) => {
        expect(result.ok ? [] : result.errors).toEqual([]);
        expect(result.warnings).toEqual([]);
      },
    );

    it('holds one report per unit and year, each valid against the schema', () => {
      const ids = dataset.reports.map((r) => `${r.unit}/${r.year}`);
      expect(new Set(ids).size).toBe(ids.length);
      const json = JSON.parse(JSON.stringify(dataset.reports)) as unknown[];
      expect(json.filter((r) => !reportSchema.safeParse(r).success)).toEqual([]);
    });

    it('has exactly the documented findings (data/expected-findings.json)', () => {
      expect(sortDocumented(dataset.findings.map(documented))).toEqual(expected[id]);
    });
  });

  it('keeps the seed report whole: 示范区管委会办公室 2022 with its narrative figures', () => {
    const seed = shipped
      .find((d) => d.id === 'samples')!
      .reports.find((r) => r.unit === '示范区管委会办公室' && r.year === 2022)!;
    expect(seed.narrative).toMatchObject({
      publishedItems: 2000,
      approx: ['publishedItems'],
      newMediaAccounts: 13,
      lettersReceived: 274,
      lettersCompletionRate: 100,
      publishedBreakdown: { 政务要闻: 373, 公示公告: 214 },
    });
    expect(seed.proactive.normativeDocuments).toEqual({ issued: 11, repealed: 9, valid: 98 });
    expect(seed.requests.new.total).toBe(0);
  });
});
