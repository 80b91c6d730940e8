// Ranking panel: scope reports → ranking model → the visible window (top/bottom N or a search)
// → bar chart, with the units that cannot be ranked listed under it with the reason. At province
// scale it opens on the top N; a search names each unit found with its rank, in words.
import { useMemo, useState } from 'react';
import { INDICATORS, type IndicatorKey } from '../../domain/indicators';
import {
  defaultWindow,
  rankingWindow,
  type RankedRow,
  type RankingModel,
  type RankWindow,
} from '../../charts/ranking/model';
import { formatCount, inParens } from '../../charts/format';
import { buildRankingOption, formatRankValue, rankText } from '../../charts/ranking/option';
import { REASON_TEXT } from '../../charts/ranking/reasons';
import { useLang, useT } from '../../state/lang';
import { useCapped } from '../../ui/capped';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { C } from './labels';
import { RankingChart, useRanking } from './ranking-chart';

const WINDOW_SIZE = 10;
/** Units named one by one in the line that says what a search found. */
const FOUND_NAMED = 5;

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
  const [chosen, setWindow] = useState<RankWindow | null>(null);
  const window = chosen ?? defaultWindow(model?.ranked.length ?? 0);
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
          {search.trim() && <Found model={model} rows={rows} search={search} />}
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

/** What a search found, in words: each unit with its rank among all, or why it has none. */
function Found({
  model,
  rows,
  search,
}: {
  model: RankingModel;
  rows: RankedRow[];
  search: string;
}) {
  const tr = useT();
  const lang = useLang();
  const term = search.trim().toLowerCase();
  const unranked = model.unranked.filter((u) => u.unit.toLowerCase().includes(term));
  const total = rows.length + unranked.length;
  if (total === 0) return null;
  const of = formatCount(model.ranked.length, lang);
  const named = [
    ...rows.map((r) => `${r.unit} ${rankText(r, lang)} / ${of}`),
    ...unranked.map((u) => `${u.unit}${inParens(tr(C.unranked), lang)}`),
  ];
  const sep = lang === 'zh' ? '；' : '; ';
  const more = named.length > FOUND_NAMED ? `${sep}…` : '';
  return (
    <p className="panel-note ranking-found" role="status" data-found={total}>
      {`${tr(C.found).replace('{n}', formatCount(total, lang))}${named.slice(0, FOUND_NAMED).join(sep)}${more}`}
    </p>
  );
}

function Unranked({ model }: { model: RankingModel }) {
  const tr = useT();
  const lang = useLang();
  const { shown, more } = useCapped(model.unranked, tr(C.unrankedAll));
  if (model.unranked.length === 0) return null;
  return (
    <div className="unranked" data-unranked={model.unranked.length}>
      <h3>{`${tr(C.unranked)}${inParens(model.unranked.length, lang)}`}</h3>
      <ul>
        {shown.map((u) => (
          <li key={u.key} className={u.highlighted ? 'highlighted' : undefined}>
            {u.unit}
            <span className="reason">{`${formatRankValue(model.kind, null)} ${tr(REASON_TEXT[u.reason])}`}</span>
          </li>
        ))}
      </ul>
      {more}
    </div>
  );
}
