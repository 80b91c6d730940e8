// The year range of a multi-year panel as one array that stays the same while the range does:
// a change of the single year must not make every trend and stack be computed and drawn again.
import { useMemo } from 'react';
import { effectiveRange } from '../../state/resolve';
import type { UrlState } from '../../state/url-state';

export function useYearRange(
  state: Pick<UrlState, 'from' | 'to'>,
  years: readonly number[],
): number[] {
  const { from, to } = state;
  return useMemo(() => effectiveRange({ from, to }, years), [from, to, years]);
}
