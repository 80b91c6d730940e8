// Presentation mode's deck, read from the page itself: every element marked `data-slide` (each
// <Figure>, each row of KPI cards) in reading order is one slide, after a title slide. The
// logic here is plain functions of the DOM and of key presses, so it can be tested without a
// stage: which elements are slides, what a key does, where the 16:9 stage sits in a window.
import type { Lang } from '../../state/url-state';

// The stage's size and geometry live in stage.ts, which the shell needs on every page.
export {
  STAGE_HEIGHT,
  STAGE_WIDTH,
  stageGeometry,
  stagePixelRatio,
  type StageGeometry,
} from './stage';

/**
 * The slides under `root` in document order: `[data-slide]` elements that are not inside
 * another slide (a figure inside a slide belongs to it) and not hidden.
 */
export function findSlides(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-slide]')].filter(
    (el) => !el.parentElement?.closest('[data-slide]') && !el.closest('[hidden]'),
  );
}

/**
 * What the slide shows, for the stage's heading: its own title (a <Figure> gives its caption's
 * title), else the heading of the card it sits in. Not the chart's aria-label: ECharts replaces
 * that with its generated description of the data.
 */
export function slideTitle(el: Element): string {
  const own = el.getAttribute('data-slide-title');
  if (own) return own;
  const card = el.closest('.chart-card')?.querySelector('h3');
  return card?.textContent?.trim() ?? '';
}

/** The heading of the panel the slide sits in (e.g. the trend panel's scope and years). */
export function slideContext(el: Element): string {
  const panel = el.closest('section.panel');
  const heading = panel?.querySelector(':scope > h2');
  return heading?.textContent?.trim() ?? '';
}

export type SlideAction = { kind: 'go'; index: number } | { kind: 'exit' } | null;

export interface SlideKey {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * A key press on the stage: ← → PageUp PageDown Space (Shift+Space back) move by one, Home and
 * End jump, Esc leaves. Keys with Alt/Ctrl/Meta are the browser's (Alt+← is "back").
 */
export function slideKeyAction(e: SlideKey, index: number, count: number): SlideAction {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const last = Math.max(0, count - 1);
  const go = (i: number): SlideAction => {
    const next = Math.min(last, Math.max(0, i));
    return next === index ? null : { kind: 'go', index: next };
  };
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return go(index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return go(index - 1);
    case ' ':
    case 'Spacebar':
      return go(e.shiftKey ? index - 1 : index + 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(last);
    case 'Escape':
      return { kind: 'exit' };
    default:
      return null;
  }
}

/** The slide shown for a requested one: slides appear as data loads, so clamp, never wrap. */
export function shownSlide(requested: number, count: number): number {
  return Math.min(Math.max(0, requested), Math.max(0, count - 1));
}

/** "第 3 页，共 9 页" — spoken on every move and shown small on the stage. */
export function slideAnnouncement(index: number, count: number, lang: Lang): string {
  return lang === 'zh' ? `第 ${index + 1} 页，共 ${count} 页` : `Slide ${index + 1} of ${count}`;
}
