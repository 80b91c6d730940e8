// The URL state as a React hook: read from location.search (back/forward included), written
// with history.pushState (or replaceState for adjustments that should not add history).
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlNotice, type UrlState } from './url-state';

export type UpdateUrlState = (patch: Partial<UrlState>, opts?: { replace?: boolean }) => void;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const readSearch = () => window.location.search;

export function useUrlState(): { state: UrlState; notices: UrlNotice[]; update: UpdateUrlState } {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const parsed = useMemo(() => parseUrlState(search), [search]);
  const update = useCallback<UpdateUrlState>((patch, opts) => {
    const current = parseUrlState(window.location.search).state;
    const next = serializeUrlState({ ...current, ...patch });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (opts?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return { state: parsed.state, notices: parsed.notices, update };
}
