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
import { rankingTable } from '../../charts/ranking/table';
import { REASON_TEXT } from '../../charts/heatmap/option';
import { inParens } from '../../charts/format';
import type { Report } from '../../domain/report';
import { selectReports } from '../../domain/scope';
import { useLang, useT } from '../../state/lang';
import { effectiveYear } from '../../state/resolve';
import { Figure } from '../../ui/figure';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { useFigureCaption } from '../shared/figure-caption';
import { scopeName } from '../shared/scope-name';
import type { ViewProps } from '../view-props';
import { C } from './labels';

const WINDOW_SIZE = 10;
/** Rows an exported image draws at most (26 px each); the CSV always has every row. */
const EXPORT_ROWS = 150;

export interface Ranking {
  model: RankingModel;
  /** The reports ranked (every unit's, for a one-unit scope). */
  pool: readonly Report[];
  /** Who is ranked, as the caption names it. */
  units: string;
}

/** Ranking is always among units: a one-unit scope ranks all units and highlights that one. */
export function useRanking({ dataset, state, lang }: ViewProps): Ranking | null {
  const year = effectiveYear(state, dataset.years);
  return useMemo(() => {
    if (year === null) return null;
    const oneUnit = state.scope.kind === 'unit';
    const pool = oneUnit ? dataset.reports : selectReports(dataset.reports, state.scope);
    const highlight = new Set(state.units);
    if (state.scope.kind === 'unit') highlight.add(state.scope.unit);
    const model = toRankingModel(state.indicator, pool, year, highlight);
    const units = scopeName(oneUnit ? { kind: 'all' } : state.scope, dataset.reports, lang);
    return { model, pool, units };
  }, [dataset.reports, state.scope, state.units, state.indicator, year, lang]);
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
  ranking,
  rows,
  lang,
  part,
  withUnranked = false,
}: {
  ranking: Ranking;
  rows: RankingModel['ranked'];
  lang: ViewProps['lang'];
  /** Which part of the ranking is drawn, when not all of it (前 10), for the title. */
  part?: string;
  /** The table lists the unranked units too (the panel shows them under the chart). */
  withUnranked?: boolean;
}) {
  const { model, pool, units } = ranking;
  const option = useMemo(
    () => (rows.length > 0 ? buildRankingOption(model, rows, lang) : null),
    [model, rows, lang],
  );
  const table = useMemo(
    () => (option ? rankingTable(model, rows, lang, withUnranked) : null),
    [option, model, rows, lang, withUnranked],
  );
  const def = INDICATORS[model.indicator];
  const years = useMemo(() => [model.year], [model.year]);
  const caption = useFigureCaption({
    title: `${C.ranking[lang]} · ${def[lang]} ${model.year}${part ? ` · ${part}` : ''}`,
    definition: lang === 'zh' ? def.formulaZh : def.formulaEn,
    years,
    reports: pool,
    units,
  });
  const rowsHeight = (n: number) => Math.max(n, 3) * 26 + 40;
  return (
    <Figure
      id="compare-ranking"
      caption={caption}
      table={table}
      status="success"
      option={option}
      height={rowsHeight(Math.min(rows.length, RANKING_PAGE))}
      exportHeight={
        rows.length > RANKING_PAGE ? rowsHeight(Math.min(rows.length, EXPORT_ROWS)) : undefined
      }
      message={C.noRanking[lang]}
    />
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
