// CSV text → records, for the files PapaParse reads without complaint, at a fraction of its
// cost: the same rules as PapaParse with our delimiter and newline (a BOM is dropped; a field
// starting with " runs to the next " that is not doubled; a record ends at the newline; the text
// after the last newline is one more record, even when empty), but each record's fields are
// kept as positions in the text (ScanRow), not copied into ~240 strings per row. Anything
// PapaParse would report or repair — an unterminated quote, text or spaces after a closing
// quote — stops the scan with 'fallback': the caller then reads the file with PapaParse from
// the start, so the outcome is the same either way.
import { BLANK_CELL, digitsOf, NOT_DIGITS, type Row } from './csv-row';

const QUOTE = 34;
const MAX_FAST_DIGITS = 15;

/** A record of the scanned text: field i spans [starts[i], ends[i]) without its quotes. */
export class ScanRow implements Row {
  length = 0;
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** 0: unquoted; 1: quoted; 2: quoted with doubled quotes inside. */
  quoted = new Uint8Array(256);

  constructor(private readonly text: string) {}

  cell(i: number): string {
    const s = this.text.slice(this.starts[i]!, this.ends[i]!);
    return this.quoted[i] === 2 ? s.replace(/""/g, '"') : s;
  }

  digits(i: number): number {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (start === end) return BLANK_CELL;
    if (this.quoted[i] !== 0) return digitsOf(this.cell(i));
    if (end - start > MAX_FAST_DIGITS) return NOT_DIGITS;
    let n = 0;
    for (let j = start; j < end; j++) {
      const d = this.text.charCodeAt(j) - 48;
      if (d < 0 || d > 9) return NOT_DIGITS;
      n = n * 10 + d;
    }
    return n;
  }

  push(start: number, end: number, quoted: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.quoted[this.length++] = quoted;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const [starts, ends, quoted] = [
      new Int32Array(size),
      new Int32Array(size),
      new Uint8Array(size),
    ];
    starts.set(this.starts);
    ends.set(this.ends);
    quoted.set(this.quoted);
    [this.starts, this.ends, this.quoted] = [starts, ends, quoted];
  }
}

/** Called per record (the same ScanRow, refilled); false stops the scan. */
export type OnRow = (row: Row) => boolean;

/**
 * Every record of `text` to `onRow`, in order; 'fallback' as soon as the text needs PapaParse's
 * error handling (records already passed to `onRow` are then to be discarded).
 */
export function scanCsv(
  text: string,
  delimiter: string,
  newline: string,
  onRow: OnRow,
): 'done' | 'fallback' {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  if (from === n) return 'done'; // PapaParse gives no record for empty text
  const delim = delimiter.charCodeAt(0);
  const nl0 = newline.charCodeAt(0);
  const nl1 = newline.length > 1 ? newline.charCodeAt(1) : -1;
  const row = new ScanRow(text);
  let i = from;
  for (;;) {
    row.length = 0;
    let atEnd = false;
    for (;;) {
      let start = i;
      let end: number;
      let quoted = 0;
      if (text.charCodeAt(i) === QUOTE) {
        quoted = 1;
        start = ++i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) return 'fallback';
          if (text.charCodeAt(q + 1) === QUOTE) {
            quoted = 2;
            i = q + 2;
            continue;
          }
          end = q;
          i = q + 1;
          break;
        }
      } else {
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || (c === nl0 && (nl1 < 0 || text.charCodeAt(i + 1) === nl1))) break;
          i++;
        }
        end = i;
      }
      row.push(start, end, quoted);
      if (i >= n) {
        atEnd = true;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      if (c === nl0 && (nl1 < 0 || text.charCodeAt(i + 1) === nl1)) {
        i += newline.length;
        break;
      }
      return 'fallback'; // text after a closing quote: PapaParse reports or repairs it
    }
    if (!onRow(row) || atEnd) return 'done';
  }
}
