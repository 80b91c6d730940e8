// The seven views as tabs. Each tab is a real link (?view=…) so it can be opened in a new tab
// or copied; a plain click changes the URL state in place. Pointing at or focusing a tab starts
// loading its view's code.
import type { MouseEvent } from 'react';
import { serializeUrlState, VIEWS, type UrlState, type ViewId } from '../../state/url-state';
import type { UpdateUrlState } from '../../state/use-url-state';
import { useT } from '../../state/lang';
import { preloadView } from '../view-loaders';

export const VIEW_LABELS: Record<ViewId, { zh: string; en: string }> = {
  overview: { zh: '总览', en: 'Overview' },
  trends: { zh: '趋势', en: 'Trends' },
  compare: { zh: '对比', en: 'Compare' },
  requests: { zh: '依申请', en: 'Requests' },
  appeals: { zh: '复议诉讼', en: 'Appeals' },
  quality: { zh: '数据质量', en: 'Quality' },
  unit: { zh: '单位档案', en: 'Unit profile' },
  import: { zh: '导入', en: 'Import' },
};

export function ViewTabs({ state, update }: { state: UrlState; update: UpdateUrlState }) {
  const tr = useT();
  const go = (view: ViewId) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    update({ view });
  };
  return (
    <nav className="view-tabs" aria-label={tr({ zh: '视图', en: 'Views' })}>
      {VIEWS.map((view) => (
        <a
          key={view}
          href={serializeUrlState({ ...state, view }) || '?'}
          data-view-tab={view}
          aria-current={state.view === view ? 'page' : undefined}
          className={state.view === view ? 'view-tab current' : 'view-tab'}
          onClick={go(view)}
          onPointerEnter={() => preloadView(view)}
          onFocus={() => preloadView(view)}
        >
          {tr(VIEW_LABELS[view])}
        </a>
      ))}
    </nav>
  );
}
