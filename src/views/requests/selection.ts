// Which reports the requests view looks at: the shell's scope, and one year — or, when the URL
// carries from/to, the year range. (from/to set ⇔ range mode, so the toggle needs no new URL field.)
import type { Report } from '../../domain/report';
import { selectReports } from '../../domain/scope';
import { effectiveRange, effectiveYear } from '../../state/resolve';
import type { UrlState } from '../../state/url-state';

export interface RequestSelection {
  mode: 'single' | 'range';
  years: number[];
  reports: Report[];
}

export function isRangeMode(state: UrlState): boolean {
  return state.from !== null || state.to !== null;
}

export function toRequestSelection(
  reports: readonly Report[],
  years: readonly number[],
  state: UrlState,
): RequestSelection {
  const mode = isRangeMode(state) ? 'range' : 'single';
  const year = effectiveYear(state, years);
  const chosen = mode === 'range' ? effectiveRange(state, years) : year === null ? [] : [year];
  const set = new Set(chosen);
  const inScope = selectReports(reports, state.scope).filter((r) => set.has(r.year));
  return { mode, years: chosen, reports: inScope };
}

export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}
