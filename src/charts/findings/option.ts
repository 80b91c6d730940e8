// Findings-by-rule option: model → horizontal bars, one per rule, coloured by severity (the
// colour is doubled by the severity word in the label and tooltip, for greyscale print). The
// tooltip escapes every string and styles itself with classes only (CSP).
import type { ChartOption } from '../echarts';
import { encodeHTML } from '../escape';
import { formatCount } from '../format';
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from '../theme';
import type { Severity } from '../../domain/findings';
import type { FindingsByRuleModel, RuleBar } from './model';

/** Okabe–Ito: vermillion, orange, blue; tooltip classes .tt-c5, .tt-c1, .tt-c0 match. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  error: PALETTE[5],
  warning: PALETTE[1],
  info: PALETTE[0],
};
const SEVERITY_CLASS: Record<Severity, string> = {
  error: 'tt-c5',
  warning: 'tt-c1',
  info: 'tt-c0',
};
export const SEVERITY_WORD: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export function buildFindingsByRuleOption(
  model: FindingsByRuleModel,
  lang: 'zh' | 'en' = 'zh',
): ChartOption | null {
  if (model.bars.length === 0) return null;
  // Category axes read top-down in the order given, so the first rule sits on top.
  const bars = [...model.bars].reverse();
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: { enabled: true, label: { description: ariaDescription(model, lang) } },
    grid: {
      left: 8,
      right: 48,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { formatter: (v: number) => formatCount(v) },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    yAxis: {
      type: 'category',
      data: bars.map((b) => b.rule),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const i = dataIndex(params);
        const bar = i === null ? undefined : bars[i];
        return bar ? ruleTooltipHtml(bar, lang) : '';
      },
    },
    series: [
      {
        type: 'bar',
        name: lang === 'zh' ? '发现数' : 'Findings',
        barMaxWidth: 22,
        data: bars.map((b) => ({
          value: b.count,
          itemStyle: { color: SEVERITY_COLORS[b.severity] },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value?: unknown }) =>
            typeof p.value === 'number' ? formatCount(p.value) : '',
        },
      },
    ],
  };
}

export function ruleTooltipHtml(bar: RuleBar, lang: 'zh' | 'en'): string {
  const e = (s: string | number) => encodeHTML(String(s));
  const scope =
    lang === 'zh'
      ? `${bar.units} 个单位 · ${bar.reports} 份报告`
      : `${bar.units} unit(s) · ${bar.reports} report(s)`;
  return [
    '<div class="tt">',
    `<div class="tt-title">${e(bar.rule)}</div>`,
    `<div><span class="tt-marker ${SEVERITY_CLASS[bar.severity]}"></span>${e(SEVERITY_WORD[bar.severity][lang])}`,
    `<span class="tt-value">${e(formatCount(bar.count))}</span></div>`,
    `<div class="tt-sub">${e(bar[lang])}</div>`,
    `<div class="tt-sub">${e(scope)}</div>`,
    '</div>',
  ].join('');
}

function ariaDescription(model: FindingsByRuleModel, lang: 'zh' | 'en'): string {
  const parts = model.bars.map((b) => `${b.rule} ${b.count}`);
  return lang === 'zh'
    ? `按规则的发现数：${parts.join('，')}`
    : `Findings by rule: ${parts.join(', ')}`;
}

function dataIndex(params: unknown): number | null {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (first && typeof first === 'object' && 'dataIndex' in first) {
    const index = (first as { dataIndex: unknown }).dataIndex;
    return typeof index === 'number' ? index : null;
  }
  return null;
}
