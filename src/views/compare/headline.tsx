// The compare view's headline for the overview page: the ranking on the chosen indicator and
// year, top units only, in one panel.
import { useMemo } from 'react';
import { INDICATORS } from '../../domain/indicators';
import { rankingWindow } from '../../charts/ranking/model';
import { useT } from '../../state/lang';
import { Panel } from '../../ui/panel';
import { PanelBoundary } from '../../ui/panel-boundary';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import './compare.css';
import { C_HEAD } from './headline-labels';
import { RankingChart, useRanking } from './ranking-chart';

const HEADLINE_ROWS = 10;

export function CompareHeadline(props: ViewProps) {
  const tr = useT();
  const ranking = useRanking(props);
  const rows = useMemo(
    () => (ranking ? rankingWindow(ranking.model.ranked, 'top', HEADLINE_ROWS, '') : []),
    [ranking],
  );
  const title = `${tr(C_HEAD.ranking)} · ${tr(INDICATORS[props.state.indicator])} ${ranking?.model.year ?? ''}`;
  return (
    <PanelBoundary title={tr(C_HEAD.ranking)} resetKey={props.dataset.entry?.id ?? ''}>
      <Panel
        id="headline-compare"
        title={title}
        status={datasetPanelStatus(props.dataset)}
        error={<DatasetErrors dataset={props.dataset} />}
      >
        {ranking && (
          <RankingChart
            ranking={ranking}
            rows={rows}
            lang={props.lang}
            part={`${tr(C_HEAD.top)} ${HEADLINE_ROWS}`}
          />
        )}
      </Panel>
    </PanelBoundary>
  );
}
