// One CSV record as the row reader sees it: its cells as text, and a figure cell's value read
// straight from its digits. Two kinds: a record PapaParse gave as strings (ArrayRow), and one the
// scanner (csv-scan.ts) keeps as positions in the file's text, so the ~230 figure cells of a row
// are read without first being copied into strings.
import { plainDigits } from './numbers';

/** digits(): the cell is empty. */
export const BLANK_CELL = -1;
/** digits(): the cell is not plain digits; read cell() and parse it in full. */
export const NOT_DIGITS = -2;

export interface Row {
  /** How many cells the record has. */
  readonly length: number;
  /** Cell `i` exactly as PapaParse would give it (quotes removed, "" as "). */
  cell(i: number): string;
  /** Cell `i`'s value when it is 1–15 ASCII digits, else BLANK_CELL or NOT_DIGITS. */
  digits(i: number): number;
}

export class ArrayRow implements Row {
  constructor(private readonly cells: readonly string[]) {}

  get length(): number {
    return this.cells.length;
  }

  cell(i: number): string {
    return this.cells[i]!;
  }

  digits(i: number): number {
    return digitsOf(this.cells[i]!);
  }
}

/** digits() for a cell already in a string. */
export function digitsOf(text: string): number {
  if (text === '') return BLANK_CELL;
  return plainDigits(text) ?? NOT_DIGITS;
}

/** Every cell of the row (the header). */
export function rowCells(row: Row): string[] {
  const cells: string[] = [];
  for (let i = 0; i < row.length; i++) cells.push(row.cell(i));
  return cells;
}

/** A record whose cells are all blank or white space (skipped, but it still counts as a row). */
export function isBlankRow(row: Row): boolean {
  for (let i = 0; i < row.length; i++) {
    if (row.digits(i) !== BLANK_CELL && row.cell(i).trim() !== '') return false;
  }
  return true;
}
