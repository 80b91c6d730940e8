// The selected dataset lives in the URL (?dataset=demo), so a view can be linked and reloaded.
import { useCallback, useSyncExternalStore } from 'react';

const PARAM = 'dataset';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

function read(): string | null {
  return new URLSearchParams(window.location.search).get(PARAM);
}

/** [dataset id or null for the manifest's default, setter] */
export function useDatasetParam(): [string | null, (id: string) => void] {
  const id = useSyncExternalStore(subscribe, read, () => null);
  const setId = useCallback((next: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set(PARAM, next);
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [id, setId];
}
