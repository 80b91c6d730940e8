// The page language, from the URL (?lang=en), for any component that prints chrome text.
import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from './url-state';

const LangContext = createContext<Lang>('zh');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `{zh, en}` → the string of the current language. */
export function useT(): (text: { zh: string; en: string }) => string {
  const lang = useLang();
  return (text) => text[lang];
}
