// The code of each view but the overview, loaded with import() when the view is first opened,
// or earlier when a pointer or focus reaches its tab. The tooltip is registered before any of
// their charts is made (src/ui/chart-tooltips.ts); a tooltip that fails to load leaves the
// charts drawn without it rather than the view failing.
import type { ComponentType } from 'react';
import type { ViewId } from '../state/url-state';
import { loadTooltips } from '../ui/chart-tooltips';
import type { ViewProps } from './view-props';

export type LazyViewId = Exclude<ViewId, 'overview'>;
type Loader = () => Promise<ComponentType<ViewProps>>;

const LOADERS: Record<LazyViewId, Loader> = {
  trends: () => import('./trends/trends-view').then((m) => m.TrendsView),
  compare: () => import('./compare/compare-view').then((m) => m.CompareView),
  requests: () => import('./requests/requests-view').then((m) => m.RequestsView),
  appeals: () => import('./appeals/appeals-view').then((m) => m.AppealsView),
  quality: () => import('./quality/quality-view').then((m) => m.QualityView),
  unit: () => import('./unit-profile/unit-profile-view').then((m) => m.UnitProfileView),
  import: () => import('./import/import-view').then((m) => m.ImportView),
};

const loaded = new Map<LazyViewId, Promise<ComponentType<ViewProps>>>();

/** The view's component, loaded once; a failed load is tried again next time. */
export function loadView(id: LazyViewId): Promise<ComponentType<ViewProps>> {
  let pending = loaded.get(id);
  if (!pending) {
    pending = Promise.all([LOADERS[id](), loadTooltips().catch(() => {})]).then(([View]) => View);
    pending.catch(() => loaded.delete(id));
    loaded.set(id, pending);
  }
  return pending;
}

/** Starts loading a view before it is opened (its tab is pointed at or focused). */
export function preloadView(id: ViewId): void {
  if (id !== 'overview') loadView(id).catch(() => {});
}
