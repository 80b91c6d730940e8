import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DEFECTS } from '../../../scripts/demo/defects';
import { DEMO_SEED, generateDemo, generateDemoReports } from '../../../scripts/generate-demo';
import { checkReports } from '../../../src/domain/checks';
import type { Report } from '../../../src/domain/report';
import { reportSchema, toReport } from '../../../src/domain/schema';
import { tryLoadReports } from '../../../src/io/load';
import { tryParseManifest, type DatasetEntry } from '../../../src/io/manifest';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

const files = generateDemo(DEMO_SEED);
const reports = generateDemoReports(DEMO_SEED);

function dataset(id: string): DatasetEntry {
  const parsed = tryParseManifest(readFileSync(join(DATA, 'manifest.json'), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.manifest.datasets.find((d) => d.id === id)!;
}

function load(path: string, bytes: Uint8Array): Report[] {
  const result = tryLoadReports(bytes, path);
  expect(result.ok ? [] : result.errors).toEqual([]);
  return result.ok ? result.reports : [];
}

describe('generateDemo', () => {
  it('gives byte-identical files for the same seed and different figures for another', () => {
    expect(generateDemo(DEMO_SEED)).toEqual(files);
    expect(generateDemo(DEMO_SEED + 1).get('demo/2023.json')).not.toEqual(
      files.get('demo/2023.json'),
    );
  });

  it('matches the committed data/demo files, so npm run generate:demo changes nothing', () => {
    for (const [path, text] of files) expect(readFileSync(join(DATA, path), 'utf8')).toBe(text);
  });

  it('writes one file per year 2020–2025, CSV and JSON alternating, as the manifest lists', () => {
    expect([...files.keys()]).toEqual(Object.values(dataset('demo').files));
    expect(dataset('demo').years).toEqual(YEARS);
    expect(files.get('demo/2020.csv')?.startsWith('\uFEFFunit,year,')).toBe(true);
  });

  it('covers a city government, 12 districts and counties and 8 departments in every year', () => {
    const units = [...new Set(reports.map((r) => r.unit))];
    const levelOf = (u: string) => reports.find((r) => r.unit === u)!.level;
    expect(units.filter((u) => levelOf(u) === 'district' || levelOf(u) === 'county')).toHaveLength(
      12,
    );
    expect(units.filter((u) => levelOf(u) === 'department')).toHaveLength(8);
    for (const u of units)
      expect(reports.filter((r) => r.unit === u).map((r) => r.year)).toEqual(YEARS);
    expect(reports.every((r) => r.region?.startsWith('虚拟省/云澜市'))).toBe(true);
  });

  it('keeps a few 2019-template reports in 2020 only', () => {
    const old = reports.filter((r) => r.format === '2019');
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((r) => r.year === 2020 && r.requests.otherHandling.total.total !== null)).toBe(
      true,
    );
  });

  it('gives every report the narrative figures and a note that it is simulated', () => {
    for (const r of reports) {
      const n = r.narrative;
      expect([
        n.publishedItems,
        n.lettersReceived,
        n.lettersCompletionRate,
        n.newMediaAccounts,
      ]).not.toContain(null);
      expect(r.notes[0]).toContain('Simulated');
    }
  });

  it('produces reports the schema accepts, unchanged by a JSON round trip', () => {
    for (const r of reports) {
      const parsed = reportSchema.safeParse(JSON.parse(JSON.stringify(r)));
      expect(parsed.success).toBe(true);
      if (parsed.success) expect(toReport(parsed.data)).toEqual(r);
    }
  });

  it('loads back through the CSV and JSON readers as exactly the generated reports', () => {
    for (const [path, text] of files) {
      const year = Number(path.slice(5, 9));
      expect(load(path, new TextEncoder().encode(text))).toEqual(
        reports.filter((r) => r.year === year),
      );
    }
  });

  it('uses no unit or place name of the real samples', () => {
    const samples = Object.values(dataset('samples').files)
      .map((p) => readFileSync(join(DATA, p), 'utf8'))
      .join('\n');
    const names = new Set(reports.flatMap((r) => [r.unit, ...r.region!.split('/')]));
    expect([...names].filter((n) => samples.includes(n))).toEqual([]);
  });
});

describe('deliberate inconsistencies of the demo dataset', () => {
  const findings = checkReports(reports).findings;
  const key = (rule: string, unit: string, year: number) => `${rule} ${unit} ${year}`;

  it('are exactly what the checks find', () => {
    const expected = DEMO_DEFECTS.flatMap((d) => {
      const own = key(d.rule, d.unit, d.year);
      const copied = d.tweak?.copyFrom;
      // A copy between two units is reported on both of them.
      return typeof copied === 'object' ? [own, key(d.rule, copied.unit, d.year)] : [own];
    });
    const found = [...new Set(findings.map((f) => key(f.rule, f.unit, f.year)))];
    expect(found.sort()).toEqual([...new Set(expected)].sort());
  });

  it('name the cells that were made wrong', () => {
    for (const d of DEMO_DEFECTS) {
      const cells = findings
        .filter((f) => f.rule === d.rule && f.unit === d.unit && f.year === d.year)
        .flatMap((f) => f.cells.filter((c) => c.year === d.year).map((c) => c.key));
      for (const pattern of d.cells) {
        const matches = (k: string) =>
          pattern.endsWith('*') ? k.startsWith(pattern.slice(0, -1)) : k === pattern;
        expect(cells.some(matches), `${d.rule} ${d.unit} ${d.year} ${pattern}`).toBe(true);
      }
    }
  });
});

describe('shipped samples dataset', () => {
  const entry = dataset('samples');
  const loadSamples = () =>
    Object.values(entry.files).flatMap((p) => load(p, readFileSync(join(DATA, p))));

  it('holds the 15 published reports of 2019–2025 and is the default dataset', () => {
    const samples = loadSamples();
    expect(entry.default).toBe(true);
    expect(entry.simulated).toBe(false);
    expect(samples).toHaveLength(15);
    expect([...new Set(samples.map((r) => r.year))]).toEqual(entry.years);
  });

  it('marks the figures stated as "N余条" as approximate', () => {
    const approx = loadSamples().filter((r) => r.narrative.approx.includes('publishedItems'));
    expect(approx.map((r) => `${r.unit} ${r.year}`).sort()).toEqual([
      '平潭综合实验区 2025',
      '淮安市人民政府 2024',
      '示范区管委会办公室 2022',
    ]);
  });
});
