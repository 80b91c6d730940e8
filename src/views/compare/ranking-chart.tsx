// The ranking chart shared by the compare view and its headline on the overview: which units
// are ranked (useRanking) and the bars with caption and table (RankingChart). The overview draws
// at most 10 rows with buildRankingBars; the compare view passes buildRankingOption, which pages
// long lists with a data zoom registered with that view (charts/echarts-analysis.ts).
import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { INDICATORS } from '../../domain/indicators';
import { toRankingModel, type RankingModel } from '../../charts/ranking/model';
import { buildRankingBars, RANKING_PAGE } from '../../charts/ranking/bars';
import { rankingTable } from '../../charts/ranking/table';
import type { Report } from '../../domain/report';
import { selectReports } from '../../domain/scope';
import { effectiveYear } from '../../state/resolve';
import { Figure } from '../../ui/figure';
import { useFigureCaption } from '../shared/figure-caption';
import { scopeName } from '../shared/scope-name';
import type { ViewProps } from '../view-props';
import { C_HEAD } from './headline-labels';

/** Rows an exported image draws at most (26 px each); the CSV always has every row. */
const EXPORT_ROWS = 150;

export type RankingBuilder = (
  model: RankingModel,
  rows: RankingModel['ranked'],
  lang: ViewProps['lang'],
) => EChartsCoreOption;

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

export function RankingChart({
  ranking,
  rows,
  lang,
  part,
  withUnranked = false,
  build = buildRankingBars,
}: {
  ranking: Ranking;
  rows: RankingModel['ranked'];
  lang: ViewProps['lang'];
  /** Which part of the ranking is drawn, when not all of it (前 10), for the title. */
  part?: string;
  /** The table lists the unranked units too (the panel shows them under the chart). */
  withUnranked?: boolean;
  /** Rows → option; the compare view's pages long lists. */
  build?: RankingBuilder;
}) {
  const { model, pool, units } = ranking;
  const option = useMemo(
    () => (rows.length > 0 ? build(model, rows, lang) : null),
    [build, model, rows, lang],
  );
  const table = useMemo(
    () => (option ? rankingTable(model, rows, lang, withUnranked) : null),
    [option, model, rows, lang, withUnranked],
  );
  const def = INDICATORS[model.indicator];
  const years = useMemo(() => [model.year], [model.year]);
  const caption = useFigureCaption({
    title: `${C_HEAD.ranking[lang]} · ${def[lang]} ${model.year}${part ? ` · ${part}` : ''}`,
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
      message={C_HEAD.noRanking[lang]}
    />
  );
}
