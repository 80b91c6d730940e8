// The reader's language, remembered in this browser. A link that names a language (lang=…)
// wins; a link without one opens in the remembered language, written into the address (with
// replaceState, so Back does not return to the unmarked one); switching remembers the choice.
import type { Lang } from './url-state';

const KEY = 'dashboard.lang';

/** The remembered language, or null (nothing stored, or storage refused: private mode). */
export function rememberedLang(): Lang | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'zh' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Storage refused: the language still holds for this page through the URL.
  }
}

/**
 * Before the first render: a remembered language that is not the default and not overruled by
 * the link goes into the address, so the page draws in it at once and the link says so.
 */
export function applyRememberedLang(): void {
  const params = new URLSearchParams(window.location.search);
  if (params.has('lang')) return;
  const lang = rememberedLang();
  if (lang === null || lang === 'zh') return;
  params.set('lang', lang);
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}?${params}${hash}`);
}
