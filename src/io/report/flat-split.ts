// Digit runs of a crawler-flattened table ('21710000218') → cells. Only the template's identities
// can split a run, so every split is enumerated and a run is split only when the answer is unique.

/** Cells may not start with 0 (except '0'); a space in the run is always a cell boundary. */
const MAX_CELL = 7;
const MAX_SPLITS = 64;

type Check = (cells: readonly number[], done: boolean) => boolean;

/** Every way (up to MAX_SPLITS) to cut `run` into `n` integers that pass `check`. */
export function splitRun(run: string, n: number, check: Check): number[][] {
  const digits = run.replace(/\s+/g, '');
  if (!/^\d+$/.test(digits)) return [];
  const forced = new Set<number>();
  let at = 0;
  for (const chunk of run.trim().split(/\s+/)) forced.add((at += chunk.length));
  const out: number[][] = [];
  const walk = (from: number, cells: number[]): void => {
    if (out.length >= MAX_SPLITS) return;
    if (cells.length === n) {
      if (from === digits.length && check(cells, true)) out.push(cells.slice());
      return;
    }
    // The digits left must still fit the cells left, or the branch is dead.
    const left = digits.length - from;
    if (left < n - cells.length || left > (n - cells.length) * MAX_CELL) return;
    const maxLen = digits[from] === '0' ? 1 : MAX_CELL;
    for (let len = 1; len <= maxLen && from + len <= digits.length; len++) {
      cells.push(Number(digits.slice(from, from + len)));
      if (check(cells, false)) walk(from + len, cells);
      cells.pop();
      if (forced.has(from + len)) break;
    }
  };
  walk(0, []);
  return out;
}

/** Table 3: six applicant columns, then their total. */
export function splitsT3(run: string): number[][] {
  return splitRun(run, 7, (c, done) => !done || sum(c.slice(0, 6)) === c[6]);
}

/** Table 4: three groups of maintained, corrected, other, pending, total. */
export function splitsT4(run: string): number[][] {
  return splitRun(run, 15, (c) => {
    if (c.length % 5 !== 0 || c.length === 0) return true;
    return sum(c.slice(-5, -1)) === c[c.length - 1];
  });
}

/** Rows without an identity: unique only when every cell is one digit (or a single cell). */
export function splitPlain(run: string, n: number): string[] | null {
  const digits = run.replace(/\s+/g, '');
  if (n === 1) return /^\d+(?:\.\d+)?$/.test(digits) ? [digits] : null;
  return /^\d+$/.test(digits) && digits.length === n ? Array.from(digits) : null;
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
