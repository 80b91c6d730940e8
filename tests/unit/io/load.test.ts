import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/domain/fields';
import { reportSchema } from '../../../src/domain/schema';
import { detectFormat, tryLoadReports, type LoadResult } from '../../../src/io/load';

/** Any UTF-16 text, lone surrogates and control characters included (fast to generate). */
const anyText = (maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength })
    .map((codes) => String.fromCharCode(...codes));

const encode = (s: string) => new TextEncoder().encode(s);
const HOSTILE = '<img src=x onerror=alert(1)>';
const CSV = 'unit,year,requests.new.natural\nA,2022,3\n';
const JSON_TEXT = '[{"unit":"A","year":2022,"format":"2021"}]';

/** What every result must satisfy, whatever the input. */
function expectWellFormed(r: LoadResult, file: string): void {
  expect(typeof r.ok).toBe('boolean');
  expect(r.file).toBe(file);
  const messages = r.ok ? r.warnings : [...r.errors, ...r.warnings];
  if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m.file).toBe(file);
    expect(m.zh.length).toBeGreaterThan(0);
    expect(m.en.length).toBeGreaterThan(0);
  }
  if (r.ok)
    for (const report of r.reports) expect(reportSchema.safeParse(report).success).toBe(true);
}

describe('format detection', () => {
  it.each([
    ['a.csv', JSON_TEXT, 'csv'],
    ['A.CSV', CSV, 'csv'],
    ['a.json', CSV, 'json'],
    ['data/2022.JSON', JSON_TEXT, 'json'],
    ['a.txt', '  \n[1]', 'json'],
    ['a', '{"reports": []}', 'json'],
    ['a.dat', '\uFEFF{"reports": []}', 'json'],
    ['a.tsv', 'unit\tyear', 'csv'],
    ['noext', CSV, 'csv'],
  ])('%s holding %j → %s', (name, text, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });

  it('names the format and encoding of a loaded file', () => {
    const csv = tryLoadReports(encode(CSV), 'upload');
    const json = tryLoadReports(encode(JSON_TEXT), 'upload');
    expect(csv).toMatchObject({ ok: true, format: 'csv', encoding: 'utf-8' });
    expect(json).toMatchObject({ ok: true, format: 'json', encoding: 'utf-8' });
  });
});

describe('tryLoadReports never throws', () => {
  it('turns an unexpected exception into an "internal" error', () => {
    const broken = new Proxy(new Uint8Array(4), {
      get(target, prop) {
        if (prop === 'length') throw new Error('boom');
        return Reflect.get(target, prop) as unknown;
      },
    }) as Uint8Array;
    const r = tryLoadReports(broken, 'x.csv');
    expect(r).toMatchObject({
      ok: false,
      file: 'x.csv',
      errors: [{ code: 'internal', file: 'x.csv' }],
    });
    expect(!r.ok && r.errors[0]!.en).toContain('boom');
  });

  it.each(['x.csv', 'x.json', 'x.bin'])('arbitrary bytes named %s', (file) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) =>
        expectWellFormed(tryLoadReports(bytes, file), file),
      ),
      { numRuns: 150 },
    );
  });

  it('arbitrary strings as CSV', () => {
    fc.assert(
      fc.property(anyText(300), (text) => {
        expectWellFormed(tryLoadReports(encode(text), 'fuzz.csv'), 'fuzz.csv');
      }),
      { numRuns: 150 },
    );
  });

  it('CSV built from real headers and awkward cells', () => {
    const headers = [
      'unit',
      'year',
      'format',
      'level',
      'unitId',
      'narrative.approx',
      'notes',
      '单位',
      '年度',
      ...FIELDS.slice(0, 40).map((f) => f.key),
      'narrative.publishedItems',
      'zzz',
      '',
    ];
    const cells = [
      '',
      'A',
      '2022',
      '2019',
      '2021',
      '1,234',
      '-3',
      '2000余',
      '"q""x"',
      '/',
      '—',
      '１２',
      '12abc',
      '["n"]',
      '{"a":1}',
      '区级',
      "'=1",
      ' ',
      'publishedItems',
      '"a\nb"',
      HOSTILE,
    ];
    const line = (n: number) =>
      fc
        .array(fc.constantFrom(...cells), { minLength: n - 1, maxLength: n + 1 })
        .map((c) => c.join(','));
    const head = fc.uniqueArray(fc.constantFrom(...headers), { minLength: 1, maxLength: 12 });
    const file = fc
      .tuple(head, fc.constantFrom('\n', '\r\n'))
      .chain(([h, eol]) =>
        fc.array(line(h.length), { maxLength: 6 }).map((rows) => [h.join(','), ...rows].join(eol)),
      );
    fc.assert(
      fc.property(file, (text) =>
        expectWellFormed(tryLoadReports(encode(text), 'gen.csv'), 'gen.csv'),
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(
          tryLoadReports(encode(JSON.stringify(value) ?? 'null'), 'fuzz.json'),
          'fuzz.json',
        );
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary report-like objects', () => {
    const cell = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom('1,234', '2000余', '/', 'x', null),
      fc.double(),
    );
    const report = fc.record(
      {
        unit: fc.oneof(fc.string(), fc.constant(HOSTILE)),
        year: fc.oneof(fc.integer({ min: 1980, max: 2110 }), fc.constantFrom('2022', '2022年')),
        format: fc.constantFrom('2019', '2021', '2020'),
        level: fc.constantFrom('city', '市级', null),
        requests: fc.record(
          { new: fc.record({ natural: cell, total: cell }) },
          { requiredKeys: [] },
        ),
        proactive2019: fc.record({ licensing: fc.record({ change: cell }) }, { requiredKeys: [] }),
        narrative: fc.record(
          { publishedItems: cell, approx: fc.array(fc.string()) },
          { requiredKeys: [] },
        ),
        notes: fc.anything(),
        extra: fc.anything(),
      },
      { requiredKeys: ['unit', 'year', 'format'] },
    );
    fc.assert(
      fc.property(fc.array(report, { maxLength: 4 }), fc.boolean(), (items, wrap) => {
        const text = JSON.stringify(wrap ? { reports: items } : items);
        expectWellFormed(tryLoadReports(encode(text), 'objects.json'), 'objects.json');
      }),
      { numRuns: 200 },
    );
  });
});

const MB50 = 50 * 1024 * 1024;

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be replayed. */
function seededBytes(length: number, seed = 0x2022): Uint8Array {
  const out = new Uint8Array(length);
  const words = new Uint32Array(out.buffer, 0, length >>> 2);
  let x = seed;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return out;
}

describe('large inputs', () => {
  it('50 MB of random bytes → a clear "not a text file" error', () => {
    const r = tryLoadReports(seededBytes(MB50), 'random.csv');
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'binary-file', file: 'random.csv' }] });
  });

  it('50 MB of CSV whose every cell is wrong → a clear error list, quickly cut short', () => {
    const line = `U,2022,${Array.from({ length: 200 }, () => 'n/a?').join(',')}`;
    const header = `unit,year,${FIELDS.slice(0, 200)
      .map((f) => f.key)
      .join(',')}`;
    const text = [
      header,
      ...Array.from({ length: Math.ceil(MB50 / line.length) }, () => line),
    ].join('\n');
    const r = tryLoadReports(encode(text), 'bad.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(201);
      expect(r.warnings.map((w) => w.code)).toContain('stopped-early');
    }
  });

  it('50 MB of valid CSV rows → every report loaded', { timeout: 60_000 }, () => {
    const figures = FIELDS.filter((f) => f.formats.includes('2021'));
    const header = ['unit', 'year', 'notes', ...figures.map((f) => f.key)].join(',');
    const note = JSON.stringify(['说明'.repeat(1500), 'note '.repeat(800)]).replace(/"/g, '""');
    const tail = figures.map((_, i) => String(i * 13)).join(',');
    const line = (i: number) => `单位${i},2022,"${note}",${tail}`;
    const count = Math.ceil(MB50 / encode(line(0)).length);
    const lines = [header, ...Array.from({ length: count }, (_, i) => line(i))];
    const bytes = encode(lines.join('\r\n'));
    expect(bytes.length).toBeGreaterThanOrEqual(MB50);
    const r = tryLoadReports(bytes, 'big.csv');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.reports).toHaveLength(count);
      const commercial = figures.findIndex((f) => f.key === 'requests.new.commercial');
      expect(r.reports.at(-1)!.requests.new.commercial).toBe(commercial * 13);
      expect(r.reports.at(-1)!.notes[0]).toBe('说明'.repeat(1500));
    }
  });
});
