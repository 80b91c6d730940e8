import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessNewline } from '../../../src/io/csv-layout';

/** The line ending PapaParse guesses itself when it is not given one. */
const papaGuess = (text: string) => Papa.parse(text, { header: false, preview: 1 }).meta.linebreak;

describe('guessNewline', () => {
  it.each([
    ['a,b\nc,d\n', '\n'],
    ['a,b\r\nc,d\r\n', '\r\n'],
    ['a,b\rc,d\r', '\r'],
    ['"x\r\ny",b\nc,d\n', '\n'],
    ['"x\ny",b\r\nc,d\r\n', '\r\n'],
    ['a"b\rc\nd', '\r'],
  ])('guesses %j as PapaParse does', (text, expected) => {
    expect(guessNewline(text)).toBe(expected);
    expect(papaGuess(text)).toBe(expected);
  });

  it('agrees with PapaParse on any mix of quotes, CR, LF and text', () => {
    const pieces = fc.constantFrom('"', '\r', '\n', '\r\n', 'a', ',', '""');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(guessNewline(text)).toBe(papaGuess(text));
      }),
      { numRuns: 2000 },
    );
  });
});
