// Pipeline option: PipelineModel → three stacked bars that should be equally tall when the
// report's own identities hold: 上年结转 + 本年新收 | the six outcome groups | (七)总计 + 结转下年度.
// A difference in height is the published inconsistency, drawn rather than hidden.
import { OUTCOME_GROUPS, REQUEST_ROWS, type OutcomeGroup } from '../../domain/template';
import type { ChartOption } from '../echarts';
import { encodeHTML } from '../escape';
import { formatCount } from '../format';
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from '../theme';
import type { YearValue } from '../year-compare/model';
import type { PipelineModel } from './model';

type Lang = 'zh' | 'en';

/** Palette index per outcome group (tooltip marker class tt-c<i> matches). */
export const OUTCOME_COLOR_INDEX: Record<OutcomeGroup, number> = {
  granted: 2,
  partial: 4,
  denied: 5,
  unable: 1,
  notProcessed: 3,
  otherHandling: 6,
};

export const PIPELINE_BARS = [
  { zh: '上年结转 + 本年新收', en: 'Carried over + new' },
  { zh: '办理结果（六类之和）', en: 'Outcomes (six groups)' },
  { zh: '(七)总计 + 结转下年度', en: 'Total handled + carried forward' },
] as const;

interface Segment {
  bar: 0 | 1 | 2;
  name: { zh: string; en: string };
  value: YearValue;
  color: number;
}

const rowLabel = (key: string) => {
  const row = REQUEST_ROWS.find((r) => r.key === key)!;
  return { zh: row.short, en: row.en };
};

export function pipelineSegments(m: PipelineModel): Segment[] {
  return [
    { bar: 0, name: rowLabel('carriedOver'), value: m.carriedOver, color: 7 },
    { bar: 0, name: rowLabel('new'), value: m.new, color: 0 },
    ...OUTCOME_GROUPS.map((g): Segment => ({
      bar: 1,
      name: g,
      value: m.outcomes[g.key],
      color: OUTCOME_COLOR_INDEX[g.key],
    })),
    { bar: 2, name: { zh: '(七)总计', en: 'Total handled' }, value: m.totalHandled, color: 0 },
    { bar: 2, name: rowLabel('carriedForward'), value: m.carriedForward, color: 7 },
  ];
}

export function buildPipelineOption(m: PipelineModel, lang: Lang): ChartOption {
  const segments = pipelineSegments(m);
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: { enabled: true, label: { description: ariaText(segments, lang) } },
    grid: {
      left: 8,
      right: 16,
      top: 16,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: PIPELINE_BARS.map((b) => b[lang]),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { formatter: (v: number) => formatCount(v) },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const i = seriesIndex(p);
        const s = i === null ? undefined : segments[i];
        return s ? segmentTooltipHtml(s, lang) : '';
      },
    },
    series: segments.map((s) => ({
      type: 'bar' as const,
      name: s.name[lang],
      stack: 'pipeline',
      // Thin segments would print on top of each other; the tooltip still names them.
      labelLayout: { hideOverlap: true },
      barMaxWidth: 90,
      itemStyle: { color: PALETTE[s.color], borderColor: '#fff', borderWidth: 1 },
      data: [0, 1, 2].map((bar) => (bar === s.bar ? s.value.value : null)),
      label: {
        show: (s.value.value ?? 0) > 0,
        position: 'inside' as const,
        color: s.color === 6 || s.color === 0 || s.color === 5 ? '#fff' : TEXT_COLOR,
        formatter: `${s.name[lang]} ${formatCount(s.value.value)}`,
      },
    })),
  };
}

function segmentTooltipHtml(s: Segment, lang: Lang): string {
  const e = encodeHTML;
  const cover =
    lang === 'zh'
      ? `报告 ${s.value.used}/${s.value.of} 份填报`
      : `${s.value.used} of ${s.value.of} reports give it`;
  return [
    '<div class="tt">',
    `<div><span class="tt-marker tt-c${s.color}"></span>${e(s.name[lang])}<span class="tt-value">${e(formatCount(s.value.value))}</span></div>`,
    `<div class="tt-sub">${e(cover)}</div>`,
    '</div>',
  ].join('');
}

function ariaText(segments: Segment[], lang: Lang): string {
  return segments
    .map((s) => `${s.name[lang]} ${formatCount(s.value.value)}`)
    .join(lang === 'zh' ? '，' : ', ');
}

function seriesIndex(p: unknown): number | null {
  if (p && typeof p === 'object' && 'seriesIndex' in p) {
    const i = (p as { seriesIndex: unknown }).seriesIndex;
    return typeof i === 'number' ? i : null;
  }
  return null;
}
