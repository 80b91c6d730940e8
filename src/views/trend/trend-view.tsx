// Year-by-year headline indicators: reports (narrowed to a scope by the caller) → trend model
// → option → <EChart>. Without reports/years it charts the whole dataset.
import { useMemo } from 'react';
import type { IndicatorKey } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { hasTrendValues, toTrendModel } from '../../charts/trend/model';
import { buildTrendOption } from '../../charts/trend/option';
import type { DatasetState } from '../../queries/use-dataset';
import { useLang, useT } from '../../state/lang';
import { trendTable } from '../../charts/trend/table';
import { Figure } from '../../ui/figure';
import { L } from '../../ui/labels';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { useFigureCaption } from '../shared/figure-caption';

/** The indicators charted at this stage, in reading order. */
export const TREND_INDICATORS: readonly IndicatorKey[] = [
  'requestsNew',
  'completionRate',
  'publishedItems',
];

interface TrendViewProps {
  dataset: DatasetState;
  /** The reports to chart (already in scope); default: every report of the dataset. */
  reports?: readonly Report[];
  /** The years on the axis; default: every year of the dataset. */
  years?: readonly number[];
  /** Named in the title, e.g. the chosen unit. */
  scopeLabel?: string;
}

export function TrendView({ dataset, reports, years, scopeLabel }: TrendViewProps) {
  const tr = useT();
  const shown = reports ?? dataset.reports;
  const axis = years ?? dataset.years;
  const status = datasetPanelStatus(dataset);
  const span = axis.length > 0 ? ` · ${axis[0]}–${axis[axis.length - 1]}` : '';
  return (
    <Panel
      id="trend"
      title={`${tr(L.trend)}${scopeLabel ? ` · ${scopeLabel}` : ''}${span}`}
      note={tr(L.trendNote)}
      status={status === 'success' && shown.length === 0 ? 'empty' : status}
      error={<DatasetErrors dataset={dataset} />}
      empty={tr(L.noReports)}
    >
      <div className="charts">
        {TREND_INDICATORS.map((key) => (
          <TrendChart key={key} indicator={key} reports={shown} years={axis} />
        ))}
      </div>
    </Panel>
  );
}

interface TrendChartProps {
  indicator: IndicatorKey;
  reports: readonly Report[];
  years: readonly number[];
}

function TrendChart({ indicator, reports, years }: TrendChartProps) {
  const lang = useLang();
  const tr = useT();
  const model = useMemo(() => toTrendModel(indicator, reports, years), [indicator, reports, years]);
  const option = useMemo(
    () => (hasTrendValues(model) ? buildTrendOption(model, lang) : null),
    [model, lang],
  );
  const table = useMemo(() => (option ? trendTable(model, lang) : null), [option, model, lang]);
  const name = lang === 'zh' ? model.zh : model.en;
  const definition = lang === 'zh' ? model.formulaZh : model.formulaEn;
  const caption = useFigureCaption({ title: name, definition, years, reports });
  return (
    <div className="chart-card">
      <h3>{name}</h3>
      <Figure
        id={`trend-${indicator}`}
        caption={caption}
        table={table}
        status={option ? 'success' : 'empty'}
        option={option}
        message={tr(L.noValues)}
      />
    </div>
  );
}
