// Compare view: ranking of units on one indicator and year, a unit × year heatmap of that
// indicator, and a year-versus-year table. Each panel behind its own error boundary.
import { PanelBoundary } from '../../ui/panel-boundary';
import type { ViewProps } from '../view-props';
import './compare.css';
import { C } from './labels';
import { HeatmapPanel } from './heatmap-panel';
import { RankingPanel } from './ranking-panel';
import { YearTablePanel } from './year-table';

export function CompareView(props: ViewProps) {
  const reset = props.dataset.entry?.id ?? '';
  const { lang } = props;
  return (
    <div className="view-grid compare-view">
      <div className="span-half">
        <PanelBoundary title={C.ranking[lang]} resetKey={reset}>
          <RankingPanel {...props} />
        </PanelBoundary>
      </div>
      <div className="span-half">
        <PanelBoundary title={C.heatmap[lang]} resetKey={reset}>
          <HeatmapPanel {...props} />
        </PanelBoundary>
      </div>
      <PanelBoundary title={C.yearTable[lang]} resetKey={reset}>
        <YearTablePanel {...props} />
      </PanelBoundary>
    </div>
  );
}
