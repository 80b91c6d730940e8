import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCell, parseYear } from '../../../src/io/numbers';

/** Any UTF-16 text, lone surrogates and control characters included (fast to generate). */
const anyText = (maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength })
    .map((codes) => String.fromCharCode(...codes));

describe('parseCell reads what spreadsheets and reports write', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['  42  ', 42],
    ['007', 7],
    ['1,234', 1234],
    ['1，234', 1234],
    ['12,345.6', 12345.6],
    ['1,234,567', 1234567],
    ['３８', 38],
    ['１，２３４', 1234],
    ['１２．５', 12.5],
    ['12.5%', 12.5],
    ['98.7 %', 98.7],
    ['９８％', 98],
    ['+5', 5],
    ['12.3456', 12.3456],
  ])('%j → %d', (raw, value) => {
    expect(parseCell(raw, {})).toEqual({ ok: true, value, approx: false });
  });

  it.each([
    '',
    '   ',
    '/',
    '／',
    '—',
    '——',
    '–',
    '-',
    '－',
    '--',
    '不适用',
    'null',
    'NULL',
    'N/A',
    'n/a',
  ])('%j means not reported (null), never 0', (raw) => {
    expect(parseCell(raw, {})).toEqual({ ok: true, value: null, approx: false });
  });

  it.each([
    '12abc',
    '1.2.3',
    '1,23',
    '12,34,567',
    ',123',
    '1e5',
    'NaN',
    'Infinity',
    '0x10',
    '1 234',
    '十二',
    '2000余',
    '约800',
    '12%%',
    '.',
  ])('%j is rejected with a bilingual expectation', (raw) => {
    const r = parseCell(raw, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.expected).toMatch(/非负.* \/ .*non-negative/);
  });

  it.each([
    ['-3', { signed: false }, false],
    ['-3', { signed: true }, -3],
    ['－１２', { signed: true }, -12],
    ['-1,234', { signed: true }, -1234],
    ['+7', { signed: true }, 7],
  ])('minus sign %j with %j', (raw, opts, expected) => {
    const r = parseCell(raw, opts);
    if (expected === false) expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, value: expected, approx: false });
  });

  it.each([
    ['2000余', 2000],
    ['2000+', 2000],
    ['2000多', 2000],
    ['近800', 800],
    ['约800', 800],
    ['约 800', 800],
    ['≈800', 800],
    ['2,000余', 2000],
    ['２０００余', 2000],
  ])('approximate %j → %d marked approx', (raw, value) => {
    expect(parseCell(raw, { allowApprox: true })).toEqual({ ok: true, value, approx: true });
  });

  it('exact figures stay exact where approximations are allowed', () => {
    expect(parseCell('800', { allowApprox: true })).toEqual({
      ok: true,
      value: 800,
      approx: false,
    });
    expect(parseCell('余', { allowApprox: true }).ok).toBe(false);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(anyText(40), fc.boolean(), fc.boolean(), (s, signed, allowApprox) => {
        const r = parseCell(s, { signed, allowApprox });
        expect(typeof r.ok).toBe('boolean');
        if (r.ok && r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });

  it('round-trips String(n) and grouped n for non-negative integers', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseCell(String(n), {})).toEqual({ ok: true, value: n, approx: false });
        expect(parseCell(n.toLocaleString('en-US'), {})).toEqual({
          ok: true,
          value: n,
          approx: false,
        });
      }),
    );
  });

  it('round-trips String(x) for signed decimals such as fees and 本年增/减', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        (int, places) => {
          const x = int / 10 ** places;
          const r = parseCell(String(x), { signed: true });
          expect(r).toEqual({ ok: true, value: x, approx: false });
        },
      ),
    );
  });
});

describe('parseYear', () => {
  it.each([
    ['2022', 2022],
    [' 2022 ', 2022],
    ['2022年', 2022],
    ['2022年度', 2022],
    ['２０２２', 2022],
    ['1990', 1990],
    ['2100', 2100],
  ])('%j → %d', (raw, year) => {
    expect(parseYear(raw)).toBe(year);
  });

  it.each(['', '22', '1989', '2101', '2022.5', '二〇二二', '2022-01'])(
    '%j is not a year',
    (raw) => {
      expect(parseYear(raw)).toBeNull();
    },
  );
});
