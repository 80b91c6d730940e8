// Ranking model → the table behind the bar chart: one row per bar, in the order drawn (rank, unit,
// value as the label prints it, a tie said in words), then — where the panel lists them — the
// units that could not be ranked, with the value null and the reason, never 0.
import { INDICATORS } from '../../domain/indicators';
import { kindCell, unitSuffix, type ChartTable } from '../table';
import type { RankedRow, RankingModel } from './model';
import { rankText } from './bars';
import { REASON_TEXT } from './reasons';

const H = {
  rank: { zh: '名次', en: 'Rank' },
  unit: { zh: '单位', en: 'Unit' },
  note: { zh: '说明', en: 'Note' },
} as const;

export function rankingTable(
  model: RankingModel,
  rows: readonly RankedRow[],
  lang: 'zh' | 'en',
  withUnranked = false,
): ChartTable {
  const name = `${INDICATORS[model.indicator][lang]}${unitSuffix(model.kind, lang)}`;
  const ranked = rows.map((r) => [
    r.rank,
    r.unit,
    kindCell(model.kind, r.value),
    r.tied ? rankText(r, lang) : '',
  ]);
  const unranked = withUnranked
    ? model.unranked.map((u) => [null, u.unit, null, REASON_TEXT[u.reason][lang]])
    : [];
  return {
    columns: [H.rank[lang], H.unit[lang], name, H.note[lang]],
    rows: [...ranked, ...unranked],
  };
}
