// Ranking panel: scope reports → ranking model → the visible window (top/bottom N or a search)
// → bar chart, with the units that cannot be ranked listed under it with the reason.
import { useMemo, useState } from 'react';
import { INDICATORS, type IndicatorKey } from '../../domain/indicators';
import { rankingWindow, type RankingModel, type RankWindow } from '../../charts/ranking/model';
import { buildRankingOption, formatRankValue } from '../../charts/ranking/option';
import { REASON_TEXT } from '../../charts/ranking/reasons';
import { useT } from '../../state/lang';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { C } from './labels';
import { RankingChart, useRanking } from './ranking-chart';

const WINDOW_SIZE = 10;

export function IndicatorSelect({ state, update }: Pick<ViewProps, 'state' | 'update'>) {
  const tr = useT();
  return (
    <label className="view-control">
      {tr(C.indicator)}
      <select
        data-control="indicator"
        value={state.indicator}
        onChange={(e) => update({ indicator: e.target.value as IndicatorKey })}
      >
        {Object.values(INDICATORS).map((d) => (
          <option key={d.key} value={d.key}>
            {tr(d)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function RankingPanel(props: ViewProps) {
  const tr = useT();
  const ranking = useRanking(props);
  const model = ranking?.model ?? null;
  const [window, setWindow] = useState<RankWindow>('all');
  const [search, setSearch] = useState('');
  const rows = useMemo(
    () => (model ? rankingWindow(model.ranked, window, WINDOW_SIZE, search) : []),
    [model, window, search],
  );
  const status = datasetPanelStatus(props.dataset);
  return (
    <Panel
      id="compare-ranking"
      title={`${tr(C.ranking)} · ${model?.year ?? ''}`}
      note={tr(C.rankingNote)}
      status={status}
      error={<DatasetErrors dataset={props.dataset} />}
    >
      <div className="view-controls">
        <IndicatorSelect state={props.state} update={props.update} />
        <label className="view-control">
          {tr(C.show)}
          <select
            data-control="window"
            value={window}
            onChange={(e) => setWindow(e.target.value as RankWindow)}
          >
            <option value="all">{tr(C.all)}</option>
            <option value="top">{`${tr(C.top)} ${WINDOW_SIZE}`}</option>
            <option value="bottom">{`${tr(C.bottom)} ${WINDOW_SIZE}`}</option>
          </select>
        </label>
        <label className="view-control">
          {tr(C.search)}
          <input
            type="search"
            data-control="search"
            value={search}
            placeholder={tr(C.searchPlaceholder)}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
      </div>
      {ranking && model && (
        <>
          <p className="panel-note" data-ranked={model.ranked.length}>
            {`${tr(C.rankedCount)} ${model.ranked.length} ${tr(C.units)}`}
            {search.trim() && rows.length === 0 ? ` · ${tr(C.noMatch)}` : ''}
          </p>
          <RankingChart
            build={buildRankingOption}
            ranking={ranking}
            rows={rows}
            lang={props.lang}
            part={windowName(window, search, props.lang)}
            withUnranked
          />
          <Unranked model={model} />
        </>
      )}
    </Panel>
  );
}

function windowName(window: RankWindow, search: string, lang: ViewProps['lang']) {
  if (search.trim()) return C.matching[lang].replace('{q}', () => search.trim());
  return window === 'all' ? undefined : `${C[window][lang]} ${WINDOW_SIZE}`;
}

function Unranked({ model }: { model: RankingModel }) {
  const tr = useT();
  if (model.unranked.length === 0) return null;
  return (
    <div className="unranked" data-unranked={model.unranked.length}>
      <h3>{`${tr(C.unranked)}（${model.unranked.length}）`}</h3>
      <ul>
        {model.unranked.map((u) => (
          <li key={u.key} className={u.highlighted ? 'highlighted' : undefined}>
            {u.unit}
            <span className="reason">{`${formatRankValue(model.kind, null)} ${tr(REASON_TEXT[u.reason])}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
