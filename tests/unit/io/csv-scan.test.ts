import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessDelimiter, guessNewline } from '../../../src/io/csv-layout';
import { digitsOf, rowCells } from '../../../src/io/csv-row';
import { scanCsv } from '../../../src/io/csv-scan';

type Newline = ReturnType<typeof guessNewline>;

/** The records and, per cell, the digits the scanner gives; null when it hands the text back. */
function scan(text: string, delimiter: string, newline: Newline) {
  const records: string[][] = [];
  const digits: number[][] = [];
  const outcome = scanCsv(text, delimiter, newline, (row) => {
    records.push(rowCells(row));
    digits.push(Array.from({ length: row.length }, (_, i) => row.digits(i)));
    return true;
  });
  return outcome === 'done' ? { records, digits } : null;
}

const papa = (text: string, delimiter: string, newline: Newline) =>
  Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter, newline });

/** Whatever the scanner reads, PapaParse reads the same way and without complaint. */
function expectSameAsPapa(text: string, delimiter: string, newline: Newline) {
  const scanned = scan(text, delimiter, newline);
  if (scanned === null) return false;
  const parsed = papa(text, delimiter, newline);
  expect(parsed.errors).toEqual([]);
  expect(scanned.records).toEqual(parsed.data);
  expect(scanned.digits).toEqual(parsed.data.map((r) => r.map(digitsOf)));
  return true;
}

describe('scanCsv', () => {
  it.each([
    ['plain rows, CRLF, final newline', 'a,b\r\n1,22\r\n', ',', '\r\n'],
    ['no final newline', 'a,b\n1,22', ',', '\n'],
    ['CR line endings', 'a,b\r1,\r', ',', '\r'],
    ['a BOM', '\uFEFFunit,year\n甲,2022\n', ',', '\n'],
    [
      'quoted cells with separators, doubled quotes and line breaks',
      'a,"x,""y""\r\nz"\r\n"",1\r\n',
      ',',
      '\r\n',
    ],
    ['a quoted cell closing at the end of the text', 'a,"b"', ',', '\n'],
    ['a quote inside an unquoted cell', 'a,b"c\n', ',', '\n'],
    ['a lone CR inside a CRLF file', 'a,b\rc\r\n1,2\r\n', ',', '\r\n'],
    ['tabs and semicolons', 'a\tb;c\n1\t2;3\n', '\t', '\n'],
    ['numbers PapaParse leaves as text', '0012,1234567890123456,-1,1.5, 7\n', ',', '\n'],
    ['blank lines', 'a\n\n\nb\n', ',', '\n'],
  ] as const)('reads %s exactly as PapaParse does', (_name, text, delimiter, newline) => {
    expect(expectSameAsPapa(text, delimiter, newline)).toBe(true);
  });

  it.each([
    ['an unterminated quote', 'a,"b\n1,2\n'],
    ['text after a closing quote', 'a,"b"c\n1,2\n'],
    ['spaces after a closing quote', 'a,"b"  \n1,2\n'],
  ])('hands back a file with %s (PapaParse reports or repairs it)', (_name, text) => {
    expect(scan(text, ',', '\n')).toBeNull();
  });

  it('gives PapaParse empty text back as no records at all', () => {
    expect(scan('', ',', '\n')).toEqual({ records: [], digits: [] });
    expect(papa('', ',', '\n').data).toEqual([]);
  });

  it('stops when told to', () => {
    let seen = 0;
    expect(scanCsv('a\nb\nc\n', ',', '\n', () => ++seen < 2)).toBe('done');
    expect(seen).toBe(2);
  });

  it('agrees with PapaParse on any text it reads, with the separators readCsv would guess', () => {
    const piece = fc.constantFrom(
      '"',
      '""',
      ',',
      ';',
      '\t',
      '\r',
      '\n',
      '\r\n',
      'a',
      '7',
      '42',
      ' ',
      '\uFEFF',
      '余',
    );
    let read = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        if (expectSameAsPapa(text, guessDelimiter(text), guessNewline(text))) read++;
      }),
      { numRuns: 3000 },
    );
    // Not a test of fallbacks only: most of these texts are read by the scanner.
    expect(read).toBeGreaterThan(1000);
  });

  it('agrees with PapaParse on well-formed CSV, which it always reads itself', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[0-9]{0,17}$/),
      fc.constantFrom('', '1,234', '95.3', '—', '2000余', '云澜市', ' 12 '),
      fc.string({ unit: fc.constantFrom('a', '"', ',', '\r', '\n', '余', ' ') }),
    );
    const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const csv = fc.tuple(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
    );
    fc.assert(
      fc.property(csv, ([rows, eol, finalEol]) => {
        const text = rows.map((r) => r.map(quote).join(',')).join(eol) + (finalEol ? eol : '');
        expect(expectSameAsPapa(text, ',', eol)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
