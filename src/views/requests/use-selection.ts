// The requests view's selection as a hook: shared with its headline on the overview, which so
// needs none of the view's own code.
import { useMemo } from 'react';
import type { ViewProps } from '../view-props';
import { toRequestSelection, type RequestSelection } from './selection';

export function useRequestSelection({
  dataset,
  state,
}: Pick<ViewProps, 'dataset' | 'state'>): RequestSelection {
  return useMemo(
    () => toRequestSelection(dataset.reports, dataset.years, state),
    [dataset.reports, dataset.years, state],
  );
}
