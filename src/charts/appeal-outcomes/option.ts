// Appeal outcomes option: AppealOutcomesModel → stacked bars per year, 行政复议 and 行政诉讼 side
// by side (one stack each), coloured by outcome (OUTCOME_COLORS) and told apart in greyscale by a
// hatch on the litigation stack. The tooltip escapes every string and uses .tt-* classes only.
import { DISPUTE_COLUMNS, DISPUTE_GROUPS } from '../../domain/template';
import type { ChartOption } from '../echarts';
import { encodeHTML } from '../escape';
import { formatCompact, formatCount, MISSING } from '../format';
import { AXIS_COLOR, FONT_FAMILY, OUTCOME_COLORS, TEXT_COLOR } from '../theme';
import { dataIndex } from '../params';
import {
  OUTCOMES,
  SIDES,
  type AppealOutcomesModel,
  type Outcome,
  type Side,
  type SideCounts,
} from './model';

type Lang = 'zh' | 'en';

export const SIDE_LABELS: Record<Side, { zh: string; en: string }> = {
  review: DISPUTE_GROUPS[0],
  litigation: { zh: '行政诉讼', en: 'Litigation' },
};
export const OUTCOME_LABELS = Object.fromEntries(
  DISPUTE_COLUMNS.map((c) => [c.key, { zh: c.zh, en: c.en }]),
) as Record<Outcome | 'total', { zh: string; en: string }>;
const TEXT = {
  total: { zh: '合计（按分项）', en: 'Sum of components' },
  printed: { zh: '报告所列总计', en: 'printed total' },
  coverage: { zh: '分项齐全的报告', en: 'reports with all components' },
};
const MARKER: Record<Outcome, string> = {
  maintained: 'tt-c0',
  corrected: 'tt-c5',
  other: 'tt-c7',
  pending: 'tt-c1',
};
const HATCH = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [3, 3],
  rotation: Math.PI / 4,
  color: 'rgba(255,255,255,0.55)',
};

const SIDE_SHORT: Record<Side, { zh: string; en: string }> = {
  review: { zh: '复议', en: 'Review' },
  litigation: { zh: '诉讼', en: 'Litigation' },
};

export function seriesName(side: Side, outcome: Outcome, lang: Lang): string {
  return `${SIDE_SHORT[side][lang]}·${OUTCOME_LABELS[outcome][lang]}`;
}

export function buildAppealOutcomesOption(model: AppealOutcomesModel, lang: Lang): ChartOption {
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: { enabled: true, label: { description: ariaText(model, lang) } },
    legend: { top: 0, type: 'scroll' },
    grid: {
      left: 8,
      right: 16,
      top: 56,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: model.years.map((y) => String(y.year)),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { formatter: (v: number) => formatCompact(v, lang) },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => appealYearTooltipHtml(model, dataIndex(params), lang),
    },
    series: SIDES.flatMap((side) =>
      OUTCOMES.map((o) => ({
        type: 'bar' as const,
        name: seriesName(side, o, lang),
        stack: side,
        barMaxWidth: 28,
        itemStyle: { color: OUTCOME_COLORS[o], decal: side === 'litigation' ? HATCH : undefined },
        data: model.years.map((y) => y[side].outcomes[o]),
      })),
    ),
  };
}

/** One side's lines for a tooltip: the four outcomes, their sum, a disagreeing printed total. */
export function sideTooltipLines(side: Side, c: SideCounts, lang: Lang): string[] {
  const e = (s: string) => encodeHTML(s);
  const lines = [`<div class="tt-title">${e(SIDE_LABELS[side][lang])}</div>`];
  for (const o of OUTCOMES) {
    lines.push(
      `<div><span class="tt-marker ${MARKER[o]}"></span>${e(OUTCOME_LABELS[o][lang])}<span class="tt-value">${e(formatCount(c.outcomes[o]))}</span></div>`,
    );
  }
  lines.push(
    `<div class="tt-sub">${e(TEXT.total[lang])} ${e(formatCount(c.componentTotal))}</div>`,
  );
  if (c.printedTotal !== null && c.componentTotal !== null && c.printedTotal !== c.componentTotal) {
    lines.push(
      `<div class="tt-sub">⚠ ${e(TEXT.printed[lang])} ${e(formatCount(c.printedTotal))}</div>`,
    );
  }
  lines.push(`<div class="tt-sub">${e(TEXT.coverage[lang])} ${c.used}/${c.of}</div>`);
  return lines;
}

export function appealYearTooltipHtml(
  model: AppealOutcomesModel,
  index: number | null,
  lang: Lang,
): string {
  const y = index === null ? undefined : model.years[index];
  if (!y) return '';
  const body = SIDES.flatMap((s) => sideTooltipLines(s, y[s], lang)).join('');
  return `<div class="tt"><div class="tt-title">${y.year}</div>${body}</div>`;
}

function ariaText(model: AppealOutcomesModel, lang: Lang): string {
  return model.years
    .map(
      (y) =>
        `${y.year}: ${SIDES.map((s) => `${SIDE_LABELS[s][lang]} ${y[s].componentTotal ?? MISSING}`).join(', ')}`,
    )
    .join('; ');
}
