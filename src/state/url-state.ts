// The URL is the state: every selection of the dashboard as query parameters.
// parseUrlState (syntax: unknown values fall back to defaults, each with a notice) →
// resolveUrlState (against the loaded dataset: unknown years and units fall back too) →
// serializeUrlState (defaults omitted, so links stay short and stable).
import { INDICATORS, type IndicatorKey } from '../domain/indicators';
import { RULE_IDS, type RuleId, type Severity } from '../domain/findings';
import { parseScope, scopeToString, type Scope } from '../domain/scope';
import { OUTCOME_GROUPS, type OutcomeGroup } from '../domain/template';

export const VIEWS = [
  'overview',
  'trends',
  'compare',
  'requests',
  'appeals',
  'quality',
  'unit',
  'import',
] as const;
export type ViewId = (typeof VIEWS)[number];
export type Lang = 'zh' | 'en';
export type Layout = 'overlay' | 'multiples';

export interface UrlState {
  /** null: the manifest's default dataset. */
  dataset: string | null;
  view: ViewId;
  lang: Lang;
  /** The year a view looks at; null: the dataset's latest. */
  year: number | null;
  /** Year range for multi-year views; null: the dataset's first / last. */
  from: number | null;
  to: number | null;
  scope: Scope;
  /** Units picked for overlays and highlights (unit keys). */
  units: string[];
  /** The indicator a ranking or heatmap shows. */
  indicator: IndicatorKey;
  /** Indicators a trend view shows. */
  indicators: IndicatorKey[];
  layout: Layout;
  /** The two years of the year-versus-year table; null: the last two. */
  yearA: number | null;
  yearB: number | null;
  rule: RuleId | null;
  severity: Severity | null;
  /** The unit of the unit profile (unit key). */
  unit: string | null;
  /** Requests view: the outcome group drilled into. */
  outcome: OutcomeGroup | null;
  /** Decal patterns on every chart (colour-blind readers, greyscale print). */
  decal: boolean;
  /** Presentation mode: one chart or KPI row per 16:9 slide. */
  present: boolean;
  /** The slide shown in presentation mode (0-based). */
  slide: number;
}

export const DEFAULT_STATE: UrlState = {
  dataset: null,
  view: 'overview',
  lang: 'zh',
  year: null,
  from: null,
  to: null,
  scope: { kind: 'all' },
  units: [],
  indicator: 'requestsNew',
  indicators: ['requestsNew', 'completionRate'],
  layout: 'overlay',
  yearA: null,
  yearB: null,
  rule: null,
  severity: null,
  unit: null,
  outcome: null,
  decal: false,
  present: false,
  slide: 0,
};

/** A URL value that was not understood and what was used instead. */
export interface UrlNotice {
  param: string;
  value: string;
  zh: string;
  en: string;
}

const P = {
  dataset: 'ds',
  view: 'view',
  lang: 'lang',
  year: 'year',
  from: 'from',
  to: 'to',
  scope: 'scope',
  units: 'units',
  indicator: 'ind',
  indicators: 'inds',
  layout: 'layout',
  yearA: 'ya',
  yearB: 'yb',
  rule: 'rule',
  severity: 'sev',
  unit: 'unit',
  outcome: 'outcome',
  decal: 'decal',
  present: 'present',
  slide: 'slide',
} as const satisfies Record<keyof UrlState, string>;

const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const OUTCOMES = OUTCOME_GROUPS.map((g) => g.key);

function notice(param: string, value: string, zhFallback: string, enFallback: string): UrlNotice {
  return {
    param,
    value,
    zh: `链接参数 ${param}=“${value}” 无法识别，已改用${zhFallback}。`,
    en: `Link parameter ${param}="${value}" is not valid; using ${enFallback} instead.`,
  };
}

function oneOf<T extends string>(v: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

function parseYear(v: string): number | null {
  return /^\d{4}$/.test(v) && +v >= 1990 && +v <= 2100 ? +v : null;
}

function list(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = {
    ...DEFAULT_STATE,
    units: [],
    indicators: [...DEFAULT_STATE.indicators],
  };
  const notices: UrlNotice[] = [];
  const read = <K extends keyof UrlState>(
    key: K,
    parse: (v: string) => UrlState[K] | null,
    fallback: [string, string],
  ) => {
    const raw = params.get(P[key]);
    if (raw === null || raw === '') return;
    const value = parse(raw);
    if (value === null) notices.push(notice(P[key], raw, ...fallback));
    else state[key] = value;
  };
  read('dataset', (v) => (/^[a-z0-9-]{1,64}$/.test(v) ? v : null), [
    '默认数据集',
    'the default dataset',
  ]);
  read('view', (v) => oneOf(v, VIEWS), ['总览', 'the overview']);
  read('lang', (v) => oneOf(v, ['zh', 'en'] as const), ['中文', 'Chinese']);
  read('year', parseYear, ['最新年度', 'the latest year']);
  read('from', parseYear, ['最早年度', 'the first year']);
  read('to', parseYear, ['最新年度', 'the latest year']);
  read('scope', parseScope, ['全部单位', 'all units']);
  read('units', (v) => list(v).slice(0, 50), ['不选单位', 'no units']);
  read('indicator', (v) => oneOf(v, INDICATOR_KEYS), ['本年新收申请', 'new requests']);
  read('indicators', (v) => validList(list(v), INDICATOR_KEYS), [
    '默认指标',
    'the default indicators',
  ]);
  read('layout', (v) => oneOf(v, ['overlay', 'multiples'] as const), ['叠加', 'overlay']);
  read('yearA', parseYear, ['倒数第二个年度', 'the second-last year']);
  read('yearB', parseYear, ['最新年度', 'the latest year']);
  read('rule', (v) => oneOf(v, RULE_IDS), ['全部规则', 'all rules']);
  read('severity', (v) => oneOf(v, SEVERITIES), ['全部级别', 'all severities']);
  read('unit', (v) => v.trim() || null, ['未选单位', 'no unit']);
  read('outcome', (v) => oneOf(v, OUTCOMES), ['全部办理结果', 'all outcomes']);
  read('decal', flag, ['无图案', 'no patterns']);
  read('present', flag, ['普通视图', 'the normal view']);
  read('slide', (v) => (/^\d{1,3}$/.test(v) ? Math.max(0, +v - 1) : null), ['第 1 页', 'slide 1']);
  return { state, notices };
}

function flag(v: string): boolean | null {
  return v === '1' ? true : v === '0' ? false : null;
}

function validList<T extends string>(values: string[], allowed: readonly T[]): T[] | null {
  const ok = values.filter((v): v is T => (allowed as readonly string[]).includes(v));
  return ok.length === values.length && ok.length > 0 ? [...new Set(ok)] : null;
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const put = (key: keyof UrlState, value: string | null, def: string | null) => {
    if (value !== null && value !== def) params.set(P[key], value);
  };
  const str = (n: number | null) => (n === null ? null : String(n));
  put('dataset', state.dataset, null);
  put('view', state.view, DEFAULT_STATE.view);
  put('lang', state.lang, DEFAULT_STATE.lang);
  put('year', str(state.year), null);
  put('from', str(state.from), null);
  put('to', str(state.to), null);
  put('scope', scopeToString(state.scope), 'all');
  put('units', state.units.join(','), '');
  put('indicator', state.indicator, DEFAULT_STATE.indicator);
  put('indicators', state.indicators.join(','), DEFAULT_STATE.indicators.join(','));
  put('layout', state.layout, DEFAULT_STATE.layout);
  put('yearA', str(state.yearA), null);
  put('yearB', str(state.yearB), null);
  put('rule', state.rule, null);
  put('severity', state.severity, null);
  put('unit', state.unit, null);
  put('outcome', state.outcome, null);
  put('decal', state.decal ? '1' : null, null);
  put('present', state.present ? '1' : null, null);
  // Slides are numbered from 1 in the link, as a presenter would say them.
  put('slide', state.present && state.slide > 0 ? String(state.slide + 1) : null, null);
  const text = params.toString();
  return text ? `?${text}` : '';
}
