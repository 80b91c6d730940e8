// Which component draws which view. Each view gets the same props and draws its own panels,
// each panel behind its own error boundary. The overview is the first page and comes with the
// entry; every other view (and the chart types only it registers) loads when first opened
// (view-loaders.ts), showing a pending panel meanwhile, so the first page carries none of them.
import { lazy, Suspense, type ComponentType } from 'react';
import type { ViewId } from '../state/url-state';
import { Panel } from '../ui/panel';
import { VIEW_LABELS } from './nav/view-tabs';
import { OverviewPage } from './overview/overview-page';
import { loadView, type LazyViewId } from './view-loaders';
import type { ViewProps } from './view-props';

export const VIEW_COMPONENTS: Record<ViewId, ComponentType<ViewProps>> = {
  overview: OverviewPage,
  trends: lazyView('trends'),
  compare: lazyView('compare'),
  requests: lazyView('requests'),
  appeals: lazyView('appeals'),
  quality: lazyView('quality'),
  unit: lazyView('unit'),
  import: lazyView('import'),
};

/**
 * A view loaded with import() when first rendered. A chunk that fails to load throws into the
 * shell's error boundary, which names the failure.
 */
function lazyView(id: LazyViewId): ComponentType<ViewProps> {
  const View = lazy(async () => ({ default: await loadView(id) }));
  function LazyView(props: ViewProps) {
    return (
      <Suspense fallback={<ViewPending id={id} lang={props.lang} />}>
        <View {...props} />
      </Suspense>
    );
  }
  LazyView.displayName = `Lazy(${id})`;
  return LazyView;
}

/** The view's place while its code loads: a pending panel, as while data loads. */
function ViewPending({ id, lang }: { id: ViewId; lang: ViewProps['lang'] }) {
  return <Panel id={`view-${id}`} title={VIEW_LABELS[id][lang]} status="pending" />;
}
