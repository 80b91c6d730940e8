// Indicator trend option: IndicatorTrendModel → ECharts option. One line per series (a unit, or
// the scope summed); null stays null so an unreported year is a gap; the template change is a
// shaded band with its label, once per distinct position. The tooltip escapes every string and
// styles itself through the .tt-* classes only (the CSP forbids inline styles).
import type { AnalysisChartOption } from '../echarts-analysis';
import '../echarts-analysis';
import { encodeHTML } from '../escape';
import { dataIndex } from '../params';
import {
  formatChange,
  formatCompact,
  formatCount,
  formatPercent,
  inParens,
  MISSING,
} from '../format';
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from '../theme';
import type { IndicatorTrendModel, TemplateMark, UnitTrendPoint } from './model';

type Lang = 'zh' | 'en';

export const TEMPLATE_MARK_LABEL = { zh: '模板变更 2019→2021版', en: 'Template change 2019→2021' };
const TEXT = {
  coverage: { zh: '报告单位', en: 'units reporting' },
  yoy: { zh: '同比', en: 'YoY' },
  notReported: { zh: '未报告', en: 'not reported' },
};

export function formatIndicatorValue(kind: IndicatorTrendModel['kind'], v: number | null): string {
  if (kind === 'rate') return formatPercent(v);
  if (kind === 'per100') return v === null ? MISSING : formatCount(Math.round(v * 100) / 100);
  return formatCount(v);
}

export function buildIndicatorTrendOption(
  model: IndicatorTrendModel,
  lang: Lang,
  yMax: number | null = null,
): AnalysisChartOption {
  const seen = new Set<string>();
  return {
    animationDuration: 300,
    color: [...PALETTE],
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    aria: { enabled: true, label: { description: ariaText(model, lang) } },
    legend: { show: model.series.length > 1, top: 0, type: 'scroll' },
    grid: {
      left: 8,
      right: 16,
      top: (model.series.length > 1 ? 32 : 24) + (model.series.some((s) => s.mark) ? 16 : 0),
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: model.years.map(String),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: model.kind === 'rate' ? 100 : (yMax ?? undefined),
      axisLabel: {
        formatter: (v: number) => (model.kind === 'rate' ? `${v}%` : formatCompact(v, lang)),
      },
      splitLine: { lineStyle: { color: '#edf2f7' } },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => indicatorTooltipHtml(model, dataIndex(params), lang),
    },
    series: model.series.map((s) => ({
      type: 'line' as const,
      name: s.name,
      data: s.points.map((p) => (p.value === null ? null : Math.round(p.value * 100) / 100)),
      connectNulls: false,
      symbolSize: 7,
      markArea: s.mark && once(seen, s.mark) ? markArea(s.mark, lang) : undefined,
    })),
  };
}

function once(seen: Set<string>, mark: TemplateMark): boolean {
  const id = `${mark.lastOld}-${mark.firstNew}`;
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

function markArea(mark: TemplateMark, lang: Lang) {
  return {
    silent: true,
    itemStyle: { color: 'rgba(113, 128, 150, 0.12)' },
    // Above the plot, growing rightwards from the band: a narrow band at the axis start must
    // not push its label off the canvas.
    label: {
      show: true,
      position: 'top' as const,
      align: 'left' as const,
      color: '#4a5568',
      fontSize: 11,
    },
    data: [
      [
        { name: TEMPLATE_MARK_LABEL[lang], xAxis: String(mark.lastOld) },
        { xAxis: String(mark.firstNew) },
      ],
    ] as [{ name: string; xAxis: string }, { xAxis: string }][],
  };
}

/** The tooltip of one year: every series' value, coverage (used/of) and yoy; all escaped. */
export function indicatorTooltipHtml(
  model: IndicatorTrendModel,
  index: number | null,
  lang: Lang,
): string {
  const year = index === null ? undefined : model.years[index];
  if (year === undefined || index === null) return '';
  const e = (s: string | number) => encodeHTML(String(s));
  const rows = model.series.map((s, i) => {
    const p: UnitTrendPoint | undefined = s.points[index];
    const value =
      p?.value == null ? `${MISSING}${inParens(TEXT.notReported[lang], lang)}` : fmt(model, p);
    const sub = `${TEXT.coverage[lang]} ${p?.used ?? 0}/${p?.of ?? 0} · ${TEXT.yoy[lang]} ${formatChange(p?.yoy, lang)}`;
    return (
      `<div><span class="tt-marker tt-c${i % PALETTE.length}"></span>${e(s.name)}` +
      `<span class="tt-value">${e(value)}</span></div><div class="tt-sub">${e(sub)}</div>`
    );
  });
  const title = `${year} · ${lang === 'zh' ? model.zh : model.en}`;
  return `<div class="tt"><div class="tt-title">${e(title)}</div>${rows.join('')}</div>`;
}

function fmt(model: IndicatorTrendModel, p: UnitTrendPoint): string {
  return formatIndicatorValue(model.kind, p.value);
}

function ariaText(model: IndicatorTrendModel, lang: Lang): string {
  const name = lang === 'zh' ? model.zh : model.en;
  const parts = model.series.map(
    (s) =>
      `${s.name}: ${s.points.map((p) => `${p.year} ${formatIndicatorValue(model.kind, p.value)}`).join(', ')}`,
  );
  return `${name} — ${parts.join('; ')}`;
}
