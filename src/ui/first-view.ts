// Whether the page's first view is drawn: its charts are (the tooltip then starts loading, see
// chart-tooltips.ts), or a few seconds have passed (a view without charts). Work the first view
// does not need waits for it, so its code is not fetched and run while the first view draws.
import { useEffect, useState } from 'react';
import { onTooltipsReady, tooltipsReady } from './chart-tooltips';

/** A view with no chart to draw counts as drawn after this long. */
const AT_MOST_MS = 5000;

export function useFirstViewDrawn(): boolean {
  const [drawn, setDrawn] = useState(tooltipsReady);
  useEffect(() => {
    if (drawn) return;
    const done = () => setDrawn(true);
    const stop = onTooltipsReady(done);
    const timer = setTimeout(done, AT_MOST_MS);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [drawn]);
  return drawn;
}
