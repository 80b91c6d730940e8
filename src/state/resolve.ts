// Checks a parsed URL state against what is loaded: a dataset, year or unit the data does not
// have falls back to the default, with a notice, so a stale or mistyped link never shows a
// blank page.
import type { Scope } from '../domain/scope';
import type { UrlNotice, UrlState } from './url-state';

export interface DatasetContext {
  datasetIds: readonly string[];
  years: readonly number[];
  unitKeys: ReadonlySet<string>;
  regions: readonly string[];
}

function missing(param: string, value: string, zh: string, en: string): UrlNotice {
  return {
    param,
    value,
    zh: `链接中的 ${param}=“${value}” 在当前数据中不存在，已改用${zh}。`,
    en: `Link parameter ${param}="${value}" is not in the loaded data; using ${en} instead.`,
  };
}

export function resolveUrlState(
  input: UrlState,
  ctx: DatasetContext,
): { state: UrlState; notices: UrlNotice[] } {
  const state = { ...input };
  const notices: UrlNotice[] = [];
  const hasYear = (y: number | null) => y === null || ctx.years.includes(y);
  if (state.dataset !== null && !ctx.datasetIds.includes(state.dataset)) {
    notices.push(missing('ds', state.dataset, '默认数据集', 'the default dataset'));
    state.dataset = null;
  }
  for (const [key, param, zh, en] of [
    ['year', 'year', '最新年度', 'the latest year'],
    ['from', 'from', '最早年度', 'the first year'],
    ['to', 'to', '最新年度', 'the latest year'],
    ['yearA', 'ya', '倒数第二个年度', 'the second-last year'],
    ['yearB', 'yb', '最新年度', 'the latest year'],
  ] as const) {
    if (!hasYear(state[key])) {
      notices.push(missing(param, String(state[key]), zh, en));
      state[key] = null;
    }
  }
  if (state.from !== null && state.to !== null && state.from > state.to) {
    [state.from, state.to] = [state.to, state.from];
  }
  if (!scopeExists(state.scope, ctx)) {
    const value =
      state.scope.kind === 'unit' ? state.scope.unit : (state.scope as { path: string }).path;
    notices.push(missing('scope', value, '全部单位', 'all units'));
    state.scope = { kind: 'all' };
  }
  const unknown = state.units.filter((u) => !ctx.unitKeys.has(u));
  if (unknown.length) {
    notices.push(missing('units', unknown.join(','), '其余已选单位', 'the other selected units'));
    state.units = state.units.filter((u) => ctx.unitKeys.has(u));
  }
  if (state.unit !== null && !ctx.unitKeys.has(state.unit)) {
    notices.push(missing('unit', state.unit, '未选单位', 'no unit'));
    state.unit = null;
  }
  return { state, notices };
}

function scopeExists(scope: Scope, ctx: DatasetContext): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'unit') return ctx.unitKeys.has(scope.unit);
  return ctx.regions.includes(scope.path);
}

/** The year a single-year view shows: the chosen one, else the latest loaded. */
export function effectiveYear(state: UrlState, years: readonly number[]): number | null {
  return state.year ?? years[years.length - 1] ?? null;
}

/** The year range a multi-year view shows (inclusive). */
export function effectiveRange(
  state: Pick<UrlState, 'from' | 'to'>,
  years: readonly number[],
): number[] {
  const from = state.from ?? years[0] ?? 0;
  const to = state.to ?? years[years.length - 1] ?? 0;
  return years.filter((y) => y >= from && y <= to);
}

/** The two years of the year-versus-year comparison: chosen, else the last two loaded. */
export function effectiveYearPair(
  state: UrlState,
  years: readonly number[],
): [number, number] | null {
  const b = state.yearB ?? years[years.length - 1];
  const a = state.yearA ?? years.filter((y) => b !== undefined && y < b).pop();
  return a === undefined || b === undefined ? null : [a, b];
}
