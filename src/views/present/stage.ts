// Whether the page is presenting, and the stage's place and zoom for the window: the shell needs
// this on every page (charts draw at more pixels on the stage), the presenter itself
// (presenter.tsx) loads only when a presentation starts.
import { useMemo, useSyncExternalStore } from 'react';
import { stageGeometry, type StageGeometry } from './slides';

/** The stage's geometry for the window while presenting; null otherwise. */
export function useStageGeometry(active: boolean): StageGeometry | null {
  const size = useSyncExternalStore(subscribeResize, windowSize, () => '1280x720');
  return useMemo(() => {
    if (!active) return null;
    const [w, h] = size.split('x').map(Number) as [number, number];
    return stageGeometry(w, h);
  }, [active, size]);
}

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const windowSize = () => `${window.innerWidth}x${window.innerHeight}`;
