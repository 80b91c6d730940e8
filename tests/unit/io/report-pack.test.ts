import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../scripts/demo/generate';
import type { Report } from '../../../src/domain/report';
import { tryLoadReports } from '../../../src/io/load';
import { packReports, unpackReports } from '../../../src/io/report-pack';

function loaded(files: [string, Uint8Array][]): Report[] {
  return files.flatMap(([path, bytes]) => {
    const result = tryLoadReports(bytes, path);
    if (!result.ok) throw new Error(result.errors.map((e) => e.en).join('\n'));
    return result.reports;
  });
}

const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'data', 'samples');
const demo = loaded([...generateDemo()].map(([p, text]) => [p, new TextEncoder().encode(text)]));
const samples = loaded(
  readdirSync(SAMPLES).map((n) => [n, new Uint8Array(readFileSync(join(SAMPLES, n)))]),
);

describe('packReports / unpackReports', () => {
  it.each([
    ['the demo (CSV and JSON files, 2019 and 2021 templates, approximate figures)', demo],
    ['the published samples (blanks, self-contradictions as printed)', samples],
  ])('give back %s exactly: same values, keys and key order', (_name, reports) => {
    const back = unpackReports(packReports(reports));
    expect(back).toEqual(reports);
    expect(JSON.stringify(back)).toBe(JSON.stringify(reports));
  });

  it('keep blanks apart from zeros, negatives and fractions', () => {
    const r = structuredClone(demo.find((x) => x.format === '2019')!);
    r.requests.new.natural = 0;
    r.requests.new.commercial = null;
    r.proactive2019!.licensing.change = -3;
    r.proactive.fees = 12.345;
    const [back] = unpackReports(packReports([r]));
    expect(back!.requests.new.natural).toBe(0);
    expect(back!.requests.new.commercial).toBeNull();
    expect(back!.proactive2019!.licensing.change).toBe(-3);
    expect(back!.proactive.fees).toBe(12.345);
  });

  it('keep a label such as "__proto__" as an ordinary key', () => {
    const r = structuredClone(demo[0]!);
    Object.defineProperty(r.narrative.publishedBreakdown, '__proto__', {
      value: 5,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const [back] = unpackReports(packReports([r]));
    expect(Object.keys(back!.narrative.publishedBreakdown)).toContain('__proto__');
    expect(Object.getPrototypeOf(back!.narrative.publishedBreakdown)).toBe(Object.prototype);
  });

  it('pack nothing into nothing', () => {
    expect(unpackReports(packReports([]))).toEqual([]);
  });
});
