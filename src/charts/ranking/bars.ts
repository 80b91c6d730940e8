// Ranking bars: RankingModel rows (already windowed) → horizontal bars, rank 1 on top. The
// highlighted units get a distinct colour and a heavier label; ties read "并列第3". Every row is
// drawn: for lists that fit (the overview's top 10). Long lists page with option.ts, which adds
// a data zoom and so belongs to the compare view's registration.
import { INDICATORS } from '../../domain/indicators';
import type { ChartOption } from '../echarts';
import { encodeHTML } from '../escape';
import { formatCount, formatPercent, inParens, MISSING } from '../format';
import { dataIndex } from '../params';
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from '../theme';
import type { RankedRow, RankingModel } from './model';

type Lang = 'zh' | 'en';
/** Bars visible at once before the list scrolls. */
export const RANKING_PAGE = 15;

export function formatRankValue(kind: RankingModel['kind'], value: number | null): string {
  if (kind === 'rate') return formatPercent(value);
  if (kind === 'per100')
    return value === null ? MISSING : formatCount(Math.round(value * 100) / 100);
  return formatCount(value);
}

export function rankText(row: Pick<RankedRow, 'rank' | 'tied'>, lang: Lang): string {
  if (lang === 'en') return row.tied ? `tied #${row.rank}` : `#${row.rank}`;
  return row.tied ? `并列第${row.rank}` : `第${row.rank}`;
}

export function buildRankingBars(
  model: RankingModel,
  rows: readonly RankedRow[],
  lang: Lang,
): ChartOption {
  const def = INDICATORS[model.indicator];
  const label = (row: RankedRow) => valueLabel(model, row, lang);
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: { enabled: true, label: { description: ariaText(model, rows, lang) } },
    grid: {
      left: 8,
      right: labelRoom(model, rows, lang),
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: model.kind === 'rate' ? 100 : undefined,
      axisLabel: { formatter: (v: number) => formatRankValue(model.kind, v) },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => `${r.rank}. ${r.unit}`),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const row = rows[dataIndex(p) ?? -1];
        return row ? rankingTooltipHtml(model, row, lang) : '';
      },
    },
    series: [
      {
        type: 'bar',
        name: def[lang],
        barMaxWidth: 22,
        data: rows.map((r) => ({
          value: r.value,
          itemStyle: { color: r.highlighted ? PALETTE[5] : PALETTE[0] },
          label: r.highlighted ? { fontWeight: 'bold' as const } : undefined,
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => {
            const row = rows[p.dataIndex];
            return row ? label(row) : '';
          },
        },
      },
    ],
  };
}

export function rankingTooltipHtml(model: RankingModel, row: RankedRow, lang: Lang): string {
  const def = INDICATORS[model.indicator];
  const e = encodeHTML;
  const marker = row.highlighted ? 'tt-c5' : 'tt-c0';
  return [
    '<div class="tt">',
    `<div class="tt-title">${e(row.unit)}</div>`,
    `<div><span class="tt-marker ${marker}"></span>${e(def[lang])} ${e(String(model.year))}`,
    `<span class="tt-value">${e(formatRankValue(model.kind, row.value))}</span></div>`,
    `<div class="tt-sub">${e(rankText(row, lang))} / ${e(String(model.ranked.length))}</div>`,
    `<div class="tt-sub">${e(lang === 'zh' ? def.formulaZh : def.formulaEn)}</div>`,
    '</div>',
  ].join('');
}

function ariaText(model: RankingModel, rows: readonly RankedRow[], lang: Lang): string {
  const def = INDICATORS[model.indicator];
  const list = rows
    .slice(0, 10)
    .map((r) => `${rankText(r, lang)} ${r.unit} ${formatRankValue(model.kind, r.value)}`);
  return `${def[lang]} ${model.year}: ${list.join(lang === 'zh' ? '，' : ', ')}`;
}

/** A bar's value label: the value, and the rank in words when tied ("1,111（并列第1）"). */
function valueLabel(model: RankingModel, row: RankedRow, lang: Lang): string {
  return `${formatRankValue(model.kind, row.value)}${row.tied ? inParens(rankText(row, lang), lang) : ''}`;
}

/** Room right of the bars for the longest value label, so it is not cut off. */
export function labelRoom(model: RankingModel, rows: readonly RankedRow[], lang: Lang): number {
  let widest = 0;
  for (const r of rows) widest = Math.max(widest, textWidth(valueLabel(model, r, lang)));
  return Math.max(16, widest + 12);
}

/** About how wide `text` is at the 12 px label size: CJK and full-width forms take a full em. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? 12 : 7;
  return width;
}
