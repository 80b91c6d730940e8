// Bytes → text: size cap → byte-order mark → binary check → strict UTF-8 → GB18030 fallback.
// Files come from users' spreadsheets, so a GBK export from Chinese Excel is normal input,
// while an image or a zip picked by mistake must be refused with a clear message.
import { message, type LoadMessage } from './messages';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  { ok: true; text: string; encoding: Encoding } | { ok: false; errors: LoadMessage[] };

export const MAX_FILE_BYTES = 200 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;
// Real text has essentially no control characters; random or binary data has ~11 %.
const MAX_CONTROL_SHARE = 0.05;

export function tryDecode(bytes: Uint8Array, fileName: string): DecodeResult {
  const fail = (code: Parameters<typeof message>[0], extra = {}): DecodeResult => ({
    ok: false,
    errors: [message(code, { file: fileName, ...extra })],
  });
  if (bytes.length > MAX_FILE_BYTES) {
    return fail('file-too-large', { count: bytes.length, other: MAX_FILE_BYTES });
  }
  const decoded = decodeText(bytes);
  if (decoded === 'binary') return fail('binary-file');
  if (decoded === 'unknown') return fail('unknown-encoding');
  if ('failed' in decoded) return fail('decode-failed', { detail: decoded.failed });
  if (decoded.text.trim() === '') return fail('empty-file');
  return { ok: true, text: decoded.text, encoding: decoded.encoding };
}

type Decoded = { text: string; encoding: Encoding } | { failed: string } | 'binary' | 'unknown';

function decodeText(bytes: Uint8Array): Decoded {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return checked(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  }
  if (b0 === 0xff && b1 === 0xfe) return checked(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return checked(bytes.subarray(2), 'utf-16be', 'utf-16be');
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) return 'binary';
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  return gb === null ? 'unknown' : { text: gb, encoding: 'gb18030' };
}

/** Decode a file whose byte-order mark named the encoding; it must hold, and be text. */
function checked(body: Uint8Array, label: string, encoding: Encoding): Decoded {
  const text = strict(label, body);
  if (text === null) return { failed: label.toUpperCase() };
  return looksBinaryText(text.slice(0, SNIFF_BYTES)) ? 'binary' : { text, encoding };
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a stray BOM in the text, where the CSV header code strips it.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isControl(code: number): boolean {
  // Tab, LF, FF and CR occur in text files.
  return (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f;
}

function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (isControl(b)) control++;
  }
  return control > head.length * MAX_CONTROL_SHARE;
}

function looksBinaryText(head: string): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return control > head.length * MAX_CONTROL_SHARE;
}
