// Number formatting shared by charts and views: thousands separators in the page's language
// (zh-CN or en-US), null shown as —; and the few punctuation marks that differ between the
// languages (：/ ": ", （）/ " ()", 、/ ", "), so English text never carries Chinese punctuation.
export type Lang = 'zh' | 'en';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

type Formats = Record<'integer' | 'decimal' | 'percent', Intl.NumberFormat>;

/**
 * The language's number formats, made on first use: six Intl.NumberFormat made while the page's
 * scripts start cost ~30 ms of its first task, and English ones are mostly never needed.
 */
const FORMATS: Record<Lang, () => Formats> = { zh: formatsOnce('zh'), en: formatsOnce('en') };

function formatsOnce(lang: Lang): () => Formats {
  let made: Formats | null = null;
  return () => (made ??= formatsOf(lang));
}

function formatsOf(lang: Lang): Formats {
  const locale = LOCALES[lang];
  return {
    integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
  };
}

export const MISSING = '—';

const absent = (v: number | null | undefined): v is null | undefined =>
  v === null || v === undefined || !Number.isFinite(v);

export function formatCount(value: number | null | undefined, lang: Lang = 'zh'): string {
  if (absent(value)) return MISSING;
  const f = FORMATS[lang]();
  return Number.isInteger(value) ? f.integer.format(value) : f.decimal.format(value);
}

/** A value already in percent (0–100). */
export function formatPercent(value: number | null | undefined, lang: Lang = 'zh'): string {
  if (absent(value)) return MISSING;
  return `${FORMATS[lang]().percent.format(value)}%`;
}

/** A year-on-year ratio (0.25 → +25%). */
export function formatChange(ratio: number | null | undefined, lang: Lang = 'zh'): string {
  if (absent(ratio)) return MISSING;
  const sign = ratio > 0 ? '+' : '';
  return `${sign}${FORMATS[lang]().percent.format(ratio * 100)}%`;
}

/** Large counts the Chinese way (12.3万, 1.2亿); English keeps thousands separators. */
export function formatCompact(value: number | null | undefined, lang: Lang = 'zh'): string {
  if (absent(value)) return MISSING;
  const abs = Math.abs(value);
  const decimal = FORMATS.zh().decimal;
  if (lang === 'zh' && abs >= 1e8) return `${decimal.format(value / 1e8)}亿`;
  if (lang === 'zh' && abs >= 1e4) return `${decimal.format(value / 1e4)}万`;
  return formatCount(value, lang);
}

/** A ratio (0–1) as a percentage: 0.973 → 97.3%; null → —. */
export function formatRatio(ratio: number | null | undefined, lang: Lang = 'zh'): string {
  if (absent(ratio)) return MISSING;
  return `${FORMATS[lang]().percent.format(ratio * 100)}%`;
}

/** The colon after a label: 定义：… / Definition: … */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** A remark after a value or title: 标题（5）/ Title (5). */
export function inParens(text: string | number, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** A list in running text: 甲、乙、丙 / A, B, C. */
export function joinList(items: readonly (string | number)[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
