// 中文 / English, each written in its own language. The choice is part of the URL, so a shared
// link opens in the same language, and is remembered in this browser (state/lang-memory.ts).
import type { Lang } from '../../state/url-state';

const OPTIONS: { lang: Lang; label: string }[] = [
  { lang: 'zh', label: '中文' },
  { lang: 'en', label: 'English' },
];

export function LangSwitch({ lang, onSelect }: { lang: Lang; onSelect: (lang: Lang) => void }) {
  return (
    <div className="lang-switch" role="group" aria-label={lang === 'zh' ? '语言' : 'Language'}>
      {OPTIONS.map((o) => (
        <button
          key={o.lang}
          type="button"
          lang={o.lang === 'zh' ? 'zh-CN' : 'en'}
          data-lang={o.lang}
          aria-pressed={lang === o.lang}
          className={lang === o.lang ? 'lang-button current' : 'lang-button'}
          onClick={() => onSelect(o.lang)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
