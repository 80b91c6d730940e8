import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, tryDecode } from '../../../src/io/decode';

const TEXT = '单位,年度\r\n示范区管委会办公室,2022\r\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe('tryDecode', () => {
  it.each([
    ['UTF-8 without BOM', utf8(TEXT), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8(TEXT)), 'utf-8-bom'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], utf16(TEXT, true)), 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16(TEXT, false)), 'utf-16be'],
  ])('%s → the same text, encoding named', (_name, input, encoding) => {
    expect(tryDecode(input, 'a.csv')).toEqual({ ok: true, text: TEXT, encoding });
  });

  it('falls back to GB18030 for a GBK export from Chinese Excel', () => {
    const gbk = readFileSync(new URL('../../fixtures/io/gbk-chinese-headers.csv', import.meta.url));
    const r = tryDecode(new Uint8Array(gbk), 'gbk.csv');
    expect(r.ok && r.encoding).toBe('gb18030');
    expect(r.ok && r.text.split('\r\n')[0]).toBe(
      '单位,年度,层级,本年新收-自然人,本年新收-总计,行政复议-总计',
    );
  });

  it.each([
    ['0 bytes', new Uint8Array(0)],
    ['only a BOM', bytes([0xef, 0xbb, 0xbf])],
    ['only whitespace', utf8(' \r\n\t\n  ')],
    ['a BOM and blank lines', bytes([0xef, 0xbb, 0xbf], utf8('\n\n'))],
  ])('%s → "empty" error', (_name, input) => {
    const r = tryDecode(input, 'e.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toMatchObject([{ code: 'empty-file', file: 'e.csv' }]);
  });

  it.each([
    [
      'a PNG header',
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], utf8('IHDR')),
    ],
    ['a zip header', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
    ['text with a NUL byte', utf8('unit,year\n\u0000')],
    [
      'mostly control characters',
      bytes(Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x01 : 0x41))),
    ],
    ['UTF-16 text that is binary', bytes([0xff, 0xfe], new Uint8Array(40))],
  ])('%s → "not a text file"', (_name, input) => {
    const r = tryDecode(input, 'x.bin');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({ code: 'binary-file', file: 'x.bin' });
      expect(r.errors[0]!.zh).toContain('不是文本文件');
      expect(r.errors[0]!.en).toContain('not a text file');
    }
  });

  it('a UTF-8 BOM in front of bytes that are not UTF-8 is an error, not a guess', () => {
    const r = tryDecode(bytes([0xef, 0xbb, 0xbf], [0x41, 0xff, 0xfe, 0x41]), 'bad.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'decode-failed' });
  });

  it('bytes that are neither UTF-8 nor GB18030 are refused', () => {
    // 0x80 and 0xFF are not valid GB18030 lead bytes; 0xC3 0x28 is invalid UTF-8.
    const r = tryDecode(bytes(utf8('unit,year\n'), [0x80, 0x41, 0xff, 0xc3, 0x28]), 'odd.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'unknown-encoding', file: 'odd.csv' });
  });

  it('refuses a file above 200 MB before decoding it, naming size and limit', () => {
    const r = tryDecode(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({ code: 'file-too-large', file: 'huge.csv' });
      expect(r.errors[0]!.zh).toContain('200.0 MB');
      expect(r.errors[0]!.en).toMatch(/200\.0 MB.*200\.0 MB/);
    }
  });
});
