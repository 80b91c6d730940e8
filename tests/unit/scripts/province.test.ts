import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  faultsFor,
  generateProvince,
  PROVINCE_SEED,
  PROVINCE_YEARS,
} from '../../../scripts/bench/generate';
import { MAX_UNITS, PROVINCE, provinceUnits } from '../../../scripts/bench/province';
import { checkReports } from '../../../src/domain/checks';
import type { Report } from '../../../src/domain/report';
import { tryLoadReports } from '../../../src/io/load';
import { prefectureAtStart, provinceAtStart } from '../../../src/io/report/gazetteer';

const UNITS = 400;
const files = generateProvince(UNITS);

function load(path: string, text: string): Report[] {
  const result = tryLoadReports(new TextEncoder().encode(text), path);
  expect(result.ok ? [] : result.errors).toEqual([]);
  return result.ok ? result.reports : [];
}

const reports = files.flatMap((f) => load(f.path, f.text));

describe('province benchmark datasets', () => {
  it('are the same bytes for the same seed, and other figures for another', () => {
    expect(generateProvince(UNITS).map((f) => f.text)).toEqual(files.map((f) => f.text));
    const other = generateProvince(UNITS, PROVINCE_SEED + 1);
    expect(other[0]!.text).not.toBe(files[0]!.text);
  });

  it('hold one wide CSV per year with every unit once, loading back without errors', () => {
    expect(files.map((f) => f.path)).toEqual(
      PROVINCE_YEARS.map((y) => `province-${UNITS}/${y}.csv`),
    );
    expect(reports).toHaveLength(UNITS * PROVINCE_YEARS.length);
    for (const year of PROVINCE_YEARS) {
      const units = reports.filter((r) => r.year === year).map((r) => r.unit);
      expect(new Set(units).size).toBe(UNITS);
    }
  });

  it('name units of every level, below the province, each marked simulated', () => {
    const levels = new Set(reports.map((r) => r.level));
    expect([...levels].sort()).toEqual(['city', 'county', 'department', 'district', 'province']);
    for (const r of reports) {
      expect(r.region!.startsWith(PROVINCE)).toBe(true);
      expect(r.source.title).toContain('模拟');
      expect(r.notes.some((n) => n.includes('模拟数据'))).toBe(true);
    }
  });

  it('invent their place names: none is a real province or prefecture', () => {
    const places = new Set(reports.flatMap((r) => r.region!.split('/').slice(1)));
    expect(places.size).toBeGreaterThan(10);
    const real = [...places].filter((p) => prefectureAtStart(p) || provinceAtStart(p));
    expect(real).toEqual([]);
  });

  it('use no unit or place name of the real samples', () => {
    const DATA = join(import.meta.dirname, '..', '..', '..', 'data', 'samples');
    const samples = readdirSync(DATA)
      .map((n) => readFileSync(join(DATA, n), 'utf8'))
      .join('\n');
    const names = new Set(reports.flatMap((r) => [r.unit, ...r.region!.split('/').slice(1)]));
    expect([...names].filter((n) => samples.includes(n))).toEqual([]);
  });

  it('break the checks only where a fault was put in, and a few in a thousand', () => {
    const faults = new Set(
      reports.flatMap((r) =>
        faultsFor(r.unit, r.year, PROVINCE_SEED).map((f) => `${f.rule} ${r.unit} ${r.year}`),
      ),
    );
    const findings = checkReports(reports).findings.filter((f) => f.severity !== 'info');
    const found = new Set(findings.map((f) => `${f.rule} ${f.unit} ${f.year}`));
    expect([...found].sort()).toEqual([...faults].sort());
    expect(faults.size).toBeGreaterThan(0);
    expect(faults.size).toBeLessThan(reports.length * 0.03);
  });

  it('keep a few 2019-template reports in 2020 only', () => {
    const old = reports.filter((r) => r.format === '2019');
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((r) => r.year === 2020)).toBe(true);
  });

  it('refuse a unit count they cannot name', () => {
    expect(() => provinceUnits(0, 1)).toThrow(RangeError);
    expect(() => provinceUnits(MAX_UNITS + 1, 1)).toThrow(RangeError);
  });
});
