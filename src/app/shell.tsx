// The page: header with the dataset switcher, then one panel per question, each behind its own
// error boundary. The dataset is loaded once here and handed to every view.
import type { ReactNode } from 'react';
import { useDataset } from '../queries/use-dataset';
import { L, t } from '../ui/labels';
import { DatasetSwitcher } from '../views/dataset-switcher/dataset-switcher';
import { FilesView } from '../views/files/files-view';
import { FindingsView } from '../views/findings/findings-view';
import { OverviewView } from '../views/overview/overview-view';
import { TrendView } from '../views/trend/trend-view';
import { UnitsView } from '../views/units/units-view';
import { PanelBoundary } from './panel-boundary';
import { useDatasetParam } from './use-dataset-param';

export function Shell() {
  const [param, setParam] = useDatasetParam();
  const dataset = useDataset(param);
  const resetKey = dataset.entry?.id ?? param ?? '';
  const panel = (title: string, area: string, view: ReactNode) => (
    <div className={`area area-${area}`}>
      <PanelBoundary title={title} resetKey={resetKey}>
        {view}
      </PanelBoundary>
    </div>
  );
  return (
    <div className="shell" data-simulated={dataset.entry?.simulated ?? false}>
      <header className="shell-header">
        <div>
          <h1>{t(L.appTitle)}</h1>
          <p className="subtitle">{t(L.appSubtitle)}</p>
        </div>
        <DatasetSwitcher dataset={dataset} onSelect={setParam} />
      </header>
      <main className="shell-main">
        {panel(t(L.overview), 'overview', <OverviewView dataset={dataset} />)}
        {panel(t(L.trend), 'trend', <TrendView dataset={dataset} />)}
        {panel(t(L.findings), 'findings', <FindingsView dataset={dataset} />)}
        {panel(t(L.files), 'files', <FilesView dataset={dataset} />)}
        {panel(t(L.units), 'units', <UnitsView dataset={dataset} />)}
      </main>
    </div>
  );
}
