// The overview for leadership: KPI cards for the chosen year and scope, the dataset summary,
// then the headline panels (OVERVIEW_HEADLINES), each behind its own error boundary.
import { useT } from '../../state/lang';
import { PanelBoundary } from '../../ui/panel-boundary';
import type { ViewProps } from '../view-props';
import { OVERVIEW_HEADLINES } from './headlines';
import { KpiPanel } from './kpi-panel';
import { OV } from './labels';
import { OverviewView } from './overview-view';
import './overview.css';

export function OverviewPage(props: ViewProps) {
  const tr = useT();
  const resetKey = props.dataset.entry?.id ?? '';
  return (
    <div className="view-grid overview-page">
      <PanelBoundary title={tr(OV.kpiTitle)} resetKey={resetKey}>
        <KpiPanel {...props} />
      </PanelBoundary>
      <PanelBoundary title={tr({ zh: '数据集概况', en: 'Dataset' })} resetKey={resetKey}>
        <OverviewView dataset={props.dataset} />
      </PanelBoundary>
      {OVERVIEW_HEADLINES.map((Headline, i) => (
        <PanelBoundary
          key={Headline.displayName ?? Headline.name ?? i}
          title={tr(OV.trendTitle)}
          resetKey={resetKey}
        >
          <Headline {...props} />
        </PanelBoundary>
      ))}
    </div>
  );
}
