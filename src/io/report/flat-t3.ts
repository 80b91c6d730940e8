// Table 3 of a flattened report: each row's digit run → its candidate splits (six columns sum to
// the total) → rows with several candidates are settled by T3-HANDLED and T3-BALANCE per column,
// but only when every combination that satisfies them agrees on the row; otherwise it stays blank.
import { REQUEST_ROWS } from '../../domain/template';
import { splitsT3, sum } from './flat-split';

export interface T3Pair {
  readonly key: string | null;
  readonly run: string;
}

const MAX_COMBOS = 4096;
const OUTCOME = REQUEST_ROWS.map((r) => r.key).filter(
  (k) => !['new', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k),
);

/** The outcome rows that add up to (七) 总计: the (六) sub-rows, or its single row when printed so. */
function handledRows(keys: ReadonlySet<string>): string[] {
  const single = keys.has('otherHandling.total');
  return OUTCOME.filter((k) =>
    single
      ? !k.startsWith('otherHandling.') || k === 'otherHandling.total'
      : k !== 'otherHandling.total',
  );
}

/** Identities as [left rows, right rows]: per column, the left rows sum to the right rows. */
function identities(keys: ReadonlySet<string>): [string[], string[]][] {
  return [
    [handledRows(keys), ['totalHandled']],
    [
      ['new', 'carriedOver'],
      ['totalHandled', 'carriedForward'],
    ],
  ];
}

type Pick = ReadonlyMap<string, readonly number[]>;

function holds(pick: Pick, [left, right]: [string[], string[]]): boolean {
  for (let c = 0; c < 7; c++) {
    const side = (rows: string[]): number => sum(rows.map((k) => pick.get(k)?.[c] ?? 0));
    if (side(left) !== side(right)) return false;
  }
  return true;
}

/** Each pair's cells, or (when not unique) the splits still possible: those that take part in
 * some combination satisfying the identities, or all of the row's own splits when none does. */
export function solveT3(
  pairs: readonly T3Pair[],
): ({ cells: number[] } | { candidates: number[][] })[] {
  const cands = pairs.map((p) => splitsT3(p.run));
  const byKey = new Map<string, number[][]>();
  pairs.forEach((p, i) => {
    if (p.key !== null && !byKey.has(p.key)) byKey.set(p.key, cands[i]!);
  });
  const keys = new Set(byKey.keys());
  // An identity can settle rows only when every one of its rows is printed and splittable.
  const usable = identities(keys).filter(([l, r]) =>
    [...l, ...r].every((k) => (byKey.get(k)?.length ?? 0) > 0),
  );
  const open = [...byKey].filter(([, c]) => c.length > 1).map(([k]) => k);
  const good = goodCombos(byKey, open, usable);
  return pairs.map((p, i) => {
    const c = cands[i]!;
    if (c.length === 1) return { cells: c[0]! };
    const j = p.key !== null && byKey.get(p.key) === c ? open.indexOf(p.key) : -1;
    const taken = new Set(good.map((g) => g[j]!.join()));
    const still = j < 0 || good.length === 0 ? c : c.filter((s) => taken.has(s.join()));
    return still.length === 1 ? { cells: still[0]! } : { candidates: still };
  });
}

/** Every choice of split for the open rows under which the identities touching them hold;
 * empty when no identity touches them or there are too many combinations to try. */
function goodCombos(
  byKey: ReadonlyMap<string, number[][]>,
  open: readonly string[],
  usable: readonly [string[], string[]][],
): number[][][] {
  const relevant = usable.filter(([l, r]) => open.some((k) => l.includes(k) || r.includes(k)));
  const total = open.reduce((n, k) => n * byKey.get(k)!.length, 1);
  if (open.length === 0 || relevant.length === 0 || total > MAX_COMBOS) return [];
  const pick = new Map<string, readonly number[]>();
  for (const [k, c] of byKey) if (c.length === 1) pick.set(k, c[0]!);
  const good: number[][][] = [];
  const walk = (i: number, chosen: number[][]): void => {
    if (i === open.length) {
      open.forEach((k, j) => pick.set(k, chosen[j]!));
      if (relevant.every((id) => holds(pick, id))) good.push(chosen.slice());
      return;
    }
    for (const cand of byKey.get(open[i]!)!) walk(i + 1, [...chosen, cand]);
  };
  walk(0, []);
  // A row no relevant identity touches takes every one of its splits across the combinations,
  // so it is never narrowed (let alone settled) by them.
  return good;
}
