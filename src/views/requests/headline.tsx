// The requests view's headline for the overview page: the pipeline for the chosen scope and
// year (or range), with any imbalance of the published figures named under it.
import { useT } from '../../state/lang';
import { Panel } from '../../ui/panel';
import { PanelBoundary } from '../../ui/panel-boundary';
import '../compare/compare.css';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { R_HEAD } from './headline-labels';
import { PipelineChart } from './pipeline-panel';
import './requests.css';
import { yearsText } from './selection';
import { useRequestSelection } from './use-selection';

export function RequestsHeadline(props: ViewProps) {
  const tr = useT();
  const selection = useRequestSelection(props);
  return (
    <PanelBoundary title={tr(R_HEAD.pipeline)} resetKey={props.dataset.entry?.id ?? ''}>
      <Panel
        id="headline-requests"
        title={`${tr(R_HEAD.pipeline)} · ${yearsText(selection.years)}`}
        status={datasetPanelStatus(props.dataset)}
        error={<DatasetErrors dataset={props.dataset} />}
      >
        <PipelineChart selection={selection} lang={props.lang} />
      </Panel>
    </PanelBoundary>
  );
}
