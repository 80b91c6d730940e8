// Composition option: labelled counts (outcome groups, their reasons, applicant columns) →
// horizontal bars with "count · share" labels. A blank figure stays null (no bar) and its label
// says 未报告; a chosen bar is outlined so the drill-down's parent is visible.
import type { ChartOption } from '../echarts';
import { encodeHTML } from '../escape';
import { formatCount, formatRatio, inParens } from '../format';
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from '../theme';
import { OUTCOME_COLOR_INDEX } from '../request-pipeline/option';
import type { YearValue } from '../year-compare/model';
import type { OutcomeModel, ReasonModel } from './model';

type Lang = 'zh' | 'en';

export interface CompositionItem {
  /** Stable id (outcome group, row key or applicant column). */
  id: string;
  name: string;
  count: YearValue;
  share: number | null;
  /** Palette index. */
  color: number;
  selected?: boolean;
}

const NOT_REPORTED = { zh: '未报告', en: 'not reported' };

export function compositionLabel(item: CompositionItem, lang: Lang): string {
  if (item.count.value === null) return NOT_REPORTED[lang];
  const share = item.share === null ? '' : ` · ${formatRatio(item.share)}`;
  return `${formatCount(item.count.value)}${share}`;
}

export function buildCompositionOption(
  items: readonly CompositionItem[],
  lang: Lang,
  ariaTitle: string,
): ChartOption {
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: {
      enabled: true,
      label: {
        description: `${ariaTitle}: ${items.map((i) => `${i.name} ${compositionLabel(i, lang)}`).join(', ')}`,
      },
    },
    grid: {
      left: 8,
      right: 96,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      min: 0,
      axisLabel: { formatter: (v: number) => formatCount(v) },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((i) =>
        i.count.value === null ? `${i.name}${inParens(NOT_REPORTED[lang], lang)}` : i.name,
      ),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
      axisLabel: { width: 200, overflow: 'truncate' },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const item = items[dataIndex(p) ?? -1];
        return item ? compositionTooltipHtml(item, lang) : '';
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 24,
        cursor: 'pointer',
        data: items.map((i) => ({
          value: i.count.value,
          itemStyle: {
            color: PALETTE[i.color],
            borderColor: i.selected ? '#000' : undefined,
            borderWidth: i.selected ? 2 : 0,
          },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => {
            const item = items[p.dataIndex];
            return item ? compositionLabel(item, lang) : '';
          },
        },
      },
    ],
  };
}

export function compositionTooltipHtml(item: CompositionItem, lang: Lang): string {
  const e = encodeHTML;
  const cover =
    lang === 'zh'
      ? `报告 ${item.count.used}/${item.count.of} 份填报`
      : `${item.count.used} of ${item.count.of} reports give it`;
  return [
    '<div class="tt">',
    `<div><span class="tt-marker tt-c${item.color}"></span>${e(item.name)}<span class="tt-value">${e(compositionLabel(item, lang))}</span></div>`,
    `<div class="tt-sub">${e(cover)}</div>`,
    '</div>',
  ].join('');
}

export function outcomeItems(
  m: OutcomeModel,
  lang: Lang,
  selected: string | null,
): CompositionItem[] {
  return m.groups.map((g) => ({
    id: g.key,
    name: g[lang],
    count: g.count,
    share: g.share,
    color: OUTCOME_COLOR_INDEX[g.key],
    selected: g.key === selected,
  }));
}

export function reasonItems(m: ReasonModel, lang: Lang): CompositionItem[] {
  const total = m.reasons.reduce((s, r) => s + (r.count.value ?? 0), 0);
  return m.reasons.map((r) => ({
    id: r.key,
    name: r[lang],
    count: r.count,
    share: total > 0 && r.count.value !== null ? r.count.value / total : null,
    color: OUTCOME_COLOR_INDEX[m.group],
  }));
}

function dataIndex(p: unknown): number | null {
  if (p && typeof p === 'object' && 'dataIndex' in p) {
    const i = (p as { dataIndex: unknown }).dataIndex;
    return typeof i === 'number' ? i : null;
  }
  return null;
}
