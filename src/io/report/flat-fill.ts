// A person's split of a run the parser left unsplit ('69 3 665' for '行政规范性文件693665') →
// the row's cells, or a message saying what is wrong. Stages: normalise the typed text
// (full-width digits, separators) → count → the digits must read back as the printed run →
// each cell: no leading zero, a decimal only in an amount cell → 元 converted to 万元 as the
// parser does. Nothing is guessed: a split that does not reproduce the run is refused.
import { fieldLabel } from '../../domain/fields';
import { normalizeText } from './lines';
import { inTenThousands, isAmountKey } from './sink';
import type { FlatRun } from './types';

export interface FilledCell {
  readonly key: string;
  readonly value: number;
}

export type SplitErrorCode =
  'empty' | 'characters' | 'count' | 'digits' | 'boundary' | 'leading-zero' | 'decimal' | 'no-row';

export interface SplitError {
  readonly code: SplitErrorCode;
  readonly zh: string;
  readonly en: string;
}

export type SplitResult = { ok: true; cells: FilledCell[] } | { ok: false; error: SplitError };

/** Between cells a person may type spaces (any width), commas, 、, / or |. */
const SEPARATORS = /[\s,，、/|]+/;
const CELL = /^\d+(?:\.\d+)?$/;

function fail(code: SplitErrorCode, zh: string, en: string): SplitResult {
  return { ok: false, error: { code, zh, en } };
}

/** The run as a person sees it, spaces removed ('693665', '13575394432.52'). */
export function runDigits(run: FlatRun): string {
  return run.run.replace(/\s+/g, '');
}

/** The typed text as cells: separators split, a trailing unit equal to the run's dropped. */
function tokensOf(run: FlatRun, typed: string): string[] {
  let t = normalizeText(typed).trim();
  if (run.unit !== '' && t.endsWith(run.unit)) t = t.slice(0, t.length - run.unit.length);
  return t.split(SEPARATORS).filter((c) => c !== '');
}

export function trySplitRun(run: FlatRun, typed: string): SplitResult {
  const n = run.keys.length;
  if (n === 0)
    return fail(
      'no-row',
      '未能识别这一行对应表格中的哪一行，请直接在表格中填写',
      'The row this run belongs to could not be told; type the figures into the table instead',
    );
  const cells = tokensOf(run, typed);
  if (cells.length === 0)
    return fail('empty', `请输入 ${n} 个数，用空格分开`, `Type ${n} numbers separated by spaces`);
  const odd = cells.find((c) => !CELL.test(c));
  if (odd !== undefined)
    return fail(
      'characters',
      `“${odd}”不是数字：只能输入数字，用空格分开`,
      `"${odd}" is not a number: type digits only, separated by spaces`,
    );
  if (cells.length !== n)
    return fail(
      'count',
      `这一行有 ${n} 格，输入了 ${cells.length} 个数`,
      `This row has ${n} cells; you typed ${cells.length} numbers`,
    );
  return checkDigits(run, cells) ?? checkCells(run, cells);
}

/** The cells must concatenate back to exactly the printed run, and keep its printed breaks. */
function checkDigits(run: FlatRun, cells: readonly string[]): SplitResult | null {
  const joined = cells.join('');
  const printed = runDigits(run);
  if (joined !== printed)
    return fail(
      'digits',
      `拆分后的数字连起来是“${joined}”，与原文“${printed}”不一致`,
      `Your numbers read "${joined}" when put together; the report prints "${printed}"`,
    );
  const breaks = new Set<number>();
  let at = 0;
  for (const c of cells) breaks.add((at += c.length));
  at = 0;
  for (const chunk of run.run.trim().split(/\s+/)) {
    at += chunk.length;
    if (!breaks.has(at))
      return fail(
        'boundary',
        `原文在“${chunk}”之后有空格，那里必是两格之间`,
        `The report prints a space after "${chunk}": a cell must end there`,
      );
  }
  return null;
}

function checkCells(run: FlatRun, cells: readonly string[]): SplitResult {
  const out: FilledCell[] = [];
  for (const [i, c] of cells.entries()) {
    const key = run.keys[i]!;
    if (/^0\d/.test(c))
      return fail(
        'leading-zero',
        `“${c}”以 0 开头：表格中的数不以 0 开头（0 本身除外），请在 0 之后分开`,
        `"${c}" starts with 0: no figure in the table does (except 0 itself); split after the 0`,
      );
    if (c.includes('.') && !isAmountKey(key))
      return fail(
        'decimal',
        `“${fieldLabel(key, 'zh')}”只能是整数，“${c}”带小数`,
        `"${fieldLabel(key, 'en')}" takes whole numbers only, not "${c}"`,
      );
    out.push({ key, value: inTenThousands(key, run.unit, Number(c)) ?? Number(c) });
  }
  return { ok: true, cells: out };
}
