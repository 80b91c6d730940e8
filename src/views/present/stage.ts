// Whether the page is presenting, and the stage's place and zoom for the window: the shell needs
// this on every page (charts draw at more pixels on the stage), the presenter itself
// (presenter.tsx) loads only when a presentation starts.
import { useMemo, useSyncExternalStore } from 'react';

/** The stage is laid out at this size and scaled (CSS zoom) to the window: type grows with it. */
export const STAGE_WIDTH = 1120;
export const STAGE_HEIGHT = 630;

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

export interface StageGeometry {
  /** CSS zoom from the stage's layout size to the window. */
  zoom: number;
  /** The stage's top-left corner in the stage's own (zoomed) pixels. */
  x: number;
  y: number;
}

/** The largest 16:9 box that fits the window, centred (letterboxed or pillarboxed). */
export function stageGeometry(width: number, height: number): StageGeometry {
  const zoom = Math.max(0.1, Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT));
  const x = (width - STAGE_WIDTH * zoom) / 2 / zoom;
  const y = (height - STAGE_HEIGHT * zoom) / 2 / zoom;
  return { zoom, x, y };
}

/**
 * Chart pixels per CSS pixel on the stage: the stage is zoomed, so a chart drawn at the
 * screen's own ratio would be blurred by the zoom. Capped so a huge window stays affordable.
 */
export function stagePixelRatio(zoom: number, devicePixelRatio: number): number {
  return Math.min(4, Math.max(1, Math.ceil(zoom * devicePixelRatio * 2) / 2));
}
