// Year-by-year headline indicators for the dataset: reports → trend model → option → <EChart>.
import { useMemo } from 'react';
import type { IndicatorKey } from '../../domain/indicators';
import { hasTrendValues, toTrendModel } from '../../charts/trend/model';
import { buildTrendOption } from '../../charts/trend/option';
import type { DatasetState } from '../../queries/use-dataset';
import { EChart } from '../../ui/echart';
import { L, t } from '../../ui/labels';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';

/** The indicators charted at this stage, in reading order. */
export const TREND_INDICATORS: readonly IndicatorKey[] = [
  'requestsNew',
  'completionRate',
  'publishedItems',
];

export function TrendView({ dataset }: { dataset: DatasetState }) {
  const status = datasetPanelStatus(dataset);
  return (
    <Panel
      id="trend"
      title={t(L.trend)}
      note={t(L.trendNote)}
      status={status}
      error={<DatasetErrors dataset={dataset} />}
      empty={t(L.noReports)}
    >
      <div className="charts">
        {TREND_INDICATORS.map((key) => (
          <TrendChart key={key} indicator={key} dataset={dataset} />
        ))}
      </div>
    </Panel>
  );
}

function TrendChart({ indicator, dataset }: { indicator: IndicatorKey; dataset: DatasetState }) {
  const { reports, years } = dataset;
  const model = useMemo(() => toTrendModel(indicator, reports, years), [indicator, reports, years]);
  const option = useMemo(() => (hasTrendValues(model) ? buildTrendOption(model) : null), [model]);
  return (
    <figure className="chart-card">
      <h3>{model.zh}</h3>
      <p className="formula">{model.formulaZh}</p>
      <EChart
        id={`trend-${indicator}`}
        label={`${model.zh}（按年度）`}
        status={option ? 'success' : 'empty'}
        option={option}
        message={t(L.noValues)}
      />
    </figure>
  );
}
