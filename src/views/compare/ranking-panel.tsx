// Ranking panel: scope reports → ranking model → the visible window (top/bottom N or a search)
// → bar chart, with the units that cannot be ranked listed under it with the reason.
import { useMemo, useState } from 'react';
import { INDICATORS, type IndicatorKey } from '../../domain/indicators';
import {
  toRankingModel,
  rankingWindow,
  type RankingModel,
  type RankWindow,
} from '../../charts/ranking/model';
import { buildRankingOption, formatRankValue, RANKING_PAGE } from '../../charts/ranking/option';
import { REASON_TEXT } from '../../charts/heatmap/option';
import { inParens } from '../../charts/format';
import { selectReports } from '../../domain/scope';
import { useLang, useT } from '../../state/lang';
import { effectiveYear } from '../../state/resolve';
import { EChart } from '../../ui/echart';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { C } from './labels';

const WINDOW_SIZE = 10;

/** Ranking is always among units: a one-unit scope ranks all units and highlights that one. */
export function useRanking({ dataset, state }: ViewProps): RankingModel | null {
  const year = effectiveYear(state, dataset.years);
  return useMemo(() => {
    if (year === null) return null;
    const pool =
      state.scope.kind === 'unit' ? dataset.reports : selectReports(dataset.reports, state.scope);
    const highlight = new Set(state.units);
    if (state.scope.kind === 'unit') highlight.add(state.scope.unit);
    return toRankingModel(state.indicator, pool, year, highlight);
  }, [dataset.reports, state.scope, state.units, state.indicator, year]);
}

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

export function RankingChart({
  model,
  rows,
  lang,
}: {
  model: RankingModel;
  rows: RankingModel['ranked'];
  lang: ViewProps['lang'];
}) {
  const option = useMemo(
    () => (rows.length > 0 ? buildRankingOption(model, rows, lang) : null),
    [model, rows, lang],
  );
  const label = `${INDICATORS[model.indicator][lang]} ${model.year}`;
  const height = Math.min(Math.max(rows.length, 3), RANKING_PAGE) * 26 + 40;
  return (
    <EChart
      id="compare-ranking"
      label={label}
      status="success"
      option={option}
      height={height}
      message={C.noRanking[lang]}
    />
  );
}

export function RankingPanel(props: ViewProps) {
  const tr = useT();
  const model = useRanking(props);
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
      {model && (
        <>
          <p className="panel-note" data-ranked={model.ranked.length}>
            {`${tr(C.rankedCount)} ${model.ranked.length} ${tr(C.units)}`}
            {search.trim() && rows.length === 0 ? ` · ${tr(C.noMatch)}` : ''}
          </p>
          <RankingChart model={model} rows={rows} lang={props.lang} />
          <Unranked model={model} />
        </>
      )}
    </Panel>
  );
}

function Unranked({ model }: { model: RankingModel }) {
  const tr = useT();
  const lang = useLang();
  if (model.unranked.length === 0) return null;
  return (
    <div className="unranked" data-unranked={model.unranked.length}>
      <h3>{`${tr(C.unranked)}${inParens(model.unranked.length, lang)}`}</h3>
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
