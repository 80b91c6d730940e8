// Presentation mode (`?present=1&slide=N`): the view under a dark backdrop, one slide at a time
// on a 16:9 stage — a title slide, then each figure and each row of KPI cards of the view. The
// slide elements stay where the view renders them (so their charts keep their state); the
// current one is lifted onto the stage by CSS (present.css) and its chart resizes to it.
// The slide number lives in the URL, so links open on a slide and back/forward step through.
import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { colon } from '../../charts/format';
import type { DatasetState } from '../../queries/use-dataset';
import { effectiveRange, effectiveYear } from '../../state/resolve';
import type { Lang, UrlState } from '../../state/url-state';
import type { UpdateUrlState } from '../../state/use-url-state';
import { L } from '../../ui/labels';
import { VIEW_LABELS } from '../nav/view-tabs';
import { scopeName } from '../shared/scope-name';
import { PT } from './labels';
import {
  findSlides,
  shownSlide,
  slideAnnouncement,
  slideContext,
  slideKeyAction,
  slideTitle,
  type StageGeometry,
} from './slides';
import './present.css';

interface PresenterProps {
  state: UrlState;
  update: UpdateUrlState;
  dataset: DatasetState;
  /** The view is still loading its data or catching up: more slides may be on their way. */
  loading: boolean;
  lang: Lang;
  stage: StageGeometry;
}

export function Presenter({ state, update, dataset, loading, lang, stage }: PresenterProps) {
  const slides = useSlides();
  const count = slides.length + 1;
  const index = shownSlide(state.slide, count);
  // While the view loads, a step forward is kept in the URL (one beyond the last asked for) and
  // shown once that slide exists: → pressed on the title slide of a link just opened is not lost.
  const keyIndex = loading ? Math.max(index, state.slide) : index;
  const keyCount = loading ? Math.max(count, keyIndex + 2) : count;
  const current = index === 0 ? null : (slides[index - 1] ?? null);
  const stageRef = useRef<HTMLDivElement>(null);
  usePresentingRoot(stage);
  useZoomedPointer();

  useLayoutEffect(() => {
    if (!current) return;
    current.setAttribute('data-slide-current', '');
    return () => current.removeAttribute('data-slide-current');
  }, [current]);

  useEffect(() => {
    stageRef.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Space and Enter on a stage button press that button.
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a')) return;
      const action = slideKeyAction(e, keyIndex, keyCount);
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'exit') exitPresentation(update);
      else update({ slide: action.index });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keyIndex, keyCount, update]);

  const go = (i: number) => update({ slide: shownSlide(i, keyCount) });
  const announcement = slideAnnouncement(index, count, lang);
  const simulated = dataset.entry?.simulated ?? false;
  return (
    <div
      className="present-backdrop"
      data-present-stage={index + 1}
      data-present-count={count}
      data-present-loading={loading || undefined}
    >
      <div
        ref={stageRef}
        className="present-stage"
        role="region"
        aria-roledescription={PT.deck[lang]}
        aria-label={`${PT.deck[lang]}${colon(lang)}${announcement}`}
        tabIndex={-1}
      >
        {current ? (
          <div className="present-head">
            <p className="present-context">{slideContext(current)}</p>
            <h2 className="present-title" data-present-title>
              {slideTitle(current)}
            </h2>
          </div>
        ) : (
          <TitleSlide state={state} dataset={dataset} lang={lang} />
        )}
        <div className="present-bar">
          <span className="present-dataset">
            {dataset.entry?.title[lang] ?? ''}
            {simulated && <span className="badge badge-simulated">{L.simulated[lang]}</span>}
          </span>
          <span className="present-counter" aria-hidden="true" data-present-counter>
            {index + 1} / {loading ? '…' : count}
          </span>
          <span className="present-nav">
            <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
              {PT.prev[lang]}
            </button>
            <button
              type="button"
              onClick={() => go(keyIndex + 1)}
              disabled={keyIndex >= keyCount - 1}
            >
              {PT.next[lang]}
            </button>
            <FullscreenButton lang={lang} />
            <button type="button" data-present-exit onClick={() => exitPresentation(update)}>
              {PT.exit[lang]}
            </button>
          </span>
        </div>
        <p className="sr-only" aria-live="polite" data-present-live>
          {announcement}
        </p>
      </div>
    </div>
  );
}

function exitPresentation(update: UpdateUrlState) {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
  update({ present: false, slide: 0 });
}

/** The deck's first slide: what is shown, for whom it was drawn, and whether it is real. */
function TitleSlide({
  state,
  dataset,
  lang,
}: {
  state: UrlState;
  dataset: DatasetState;
  lang: Lang;
}) {
  const entry = dataset.entry;
  const range = effectiveRange(state, dataset.years);
  const year = effectiveYear(state, dataset.years);
  const span = range.length > 0 ? `${range[0]}–${range[range.length - 1]}` : '—';
  const sep = lang === 'zh' ? '：' : ': ';
  return (
    <div className="present-title-slide" data-present-title-slide>
      <p className="present-kicker">{L.appTitle[lang]}</p>
      <h2 className="present-big" data-present-title>
        {VIEW_LABELS[state.view][lang]}
      </h2>
      <p className="present-dataset-name">
        {entry?.title[lang] ?? ''}
        {entry?.simulated && (
          <span className="badge badge-simulated" data-simulated-mark>
            {L.simulated[lang]}
          </span>
        )}
      </p>
      {entry?.simulated && <p className="present-sim-note">{L.simulatedNotice[lang]}</p>}
      <dl className="present-facts">
        <div>
          <dt>{PT.scope[lang]}</dt>
          <dd>{scopeName(state.scope, dataset.reports, lang)}</dd>
        </div>
        <div>
          <dt>{PT.years[lang]}</dt>
          <dd>{span}</dd>
        </div>
        <div>
          <dt>{PT.year[lang]}</dt>
          <dd>{year ?? '—'}</dd>
        </div>
      </dl>
      {entry && (
        <p className="present-source">
          {L.source[lang]}
          {sep}
          {entry.source[lang]}
        </p>
      )}
      <p className="present-hint">{PT.hint[lang]}</p>
    </div>
  );
}

function FullscreenButton({ lang }: { lang: Lang }) {
  if (typeof document === 'undefined' || !document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen().catch(() => {});
  };
  return (
    <button type="button" data-present-fullscreen onClick={toggle}>
      {PT.fullscreen[lang]}
    </button>
  );
}

/** The view's slides, kept current as panels load and re-render. */
function useSlides(): HTMLElement[] {
  const cache = useRef<HTMLElement[]>(NO_SLIDES);
  const subscribe = useCallback((onChange: () => void) => {
    const root = document.querySelector('[data-view-body]');
    if (!root) return () => {};
    const observer = new MutationObserver(onChange);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-slide', 'data-slide-title', 'hidden'],
    });
    return () => observer.disconnect();
  }, []);
  const read = useCallback(() => {
    const root = document.querySelector('[data-view-body]');
    const next = root ? findSlides(root) : NO_SLIDES;
    const prev = cache.current;
    if (next.length === prev.length && next.every((el, i) => el === prev[i])) return prev;
    cache.current = next;
    return next;
  }, []);
  return useSyncExternalStore(subscribe, read, () => NO_SLIDES);
}

const NO_SLIDES: HTMLElement[] = [];

/**
 * While presenting, the page root says so (present.css hides the chrome and locks scrolling)
 * and carries the stage's place and zoom as custom properties, set through the CSSOM (the
 * page's CSP forbids style attributes in markup, not the style API).
 */
function usePresentingRoot(stage: StageGeometry) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.setAttribute('data-presenting', '');
    return () => {
      root.removeAttribute('data-presenting');
      for (const p of ['--present-zoom', '--present-x', '--present-y'])
        root.style.removeProperty(p);
    };
  }, []);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--present-zoom', String(stage.zoom));
    root.style.setProperty('--present-x', `${stage.x}px`);
    root.style.setProperty('--present-y', `${stage.y}px`);
  }, [stage]);
}

/**
 * ECharts places the pointer with MouseEvent.offsetX/Y, which Chromium reports in the window's
 * pixels even inside a CSS-zoomed element, so on the stage hovering a bar found nothing. For
 * events on a chart of the current slide, offsetX/Y are restated in the element's own pixels
 * (from clientX/Y and the element's box, so this stays right if browsers change).
 */
function useZoomedPointer() {
  useEffect(() => {
    const restate = (e: Event) => {
      const target = e.target;
      if (!(e instanceof MouseEvent) || !(target instanceof HTMLElement)) return;
      if (!target.closest('[data-slide-current] .chart-canvas')) return;
      const box = target.getBoundingClientRect();
      const zoom = target.offsetWidth > 0 ? box.width / target.offsetWidth : 1;
      if (Math.abs(zoom - 1) < 0.001) return;
      Object.defineProperty(e, 'offsetX', { value: (e.clientX - box.left) / zoom });
      Object.defineProperty(e, 'offsetY', { value: (e.clientY - box.top) / zoom });
    };
    for (const type of POINTER_EVENTS) document.addEventListener(type, restate, true);
    return () => {
      for (const type of POINTER_EVENTS) document.removeEventListener(type, restate, true);
    };
  }, []);
}

const POINTER_EVENTS = [
  'click',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseout',
  'wheel',
  'pointerdown',
  'pointerup',
  'pointermove',
];
