// 复制链接: the page's address holds every selection, so copying it shares the exact view.
// Where the clipboard is refused (insecure origin, permissions), the link is shown selected
// for Ctrl+C instead of failing silently.
import { useState } from 'react';
import type { Lang } from '../../state/url-state';

const T = {
  copy: { zh: '复制链接', en: 'Copy link' },
  hint: {
    zh: '复制本视图的链接：打开即看到同样的数据、范围、年度和语言',
    en: 'Copy the link to this view: it opens the same data, scope, years and language',
  },
  copied: { zh: '链接已复制，打开即可看到同一视图', en: 'Link copied: it opens this exact view' },
  manual: { zh: '无法写入剪贴板，请按 Ctrl+C 复制：', en: 'Clipboard unavailable; press Ctrl+C:' },
  label: { zh: '本视图的链接', en: 'Link to this view' },
} as const;

export function ShareButton({ lang }: { lang: Lang }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [link, setLink] = useState('');
  const copy = async () => {
    const href = window.location.href;
    setLink(href);
    try {
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="share">
      <button
        type="button"
        className="header-button"
        title={T.hint[lang]}
        data-copy-link
        onClick={() => void copy()}
      >
        {T.copy[lang]}
      </button>
      <span role="status" className="share-status" data-copy-status={state}>
        {state === 'copied' ? T.copied[lang] : ''}
      </span>
      {state === 'manual' && (
        <label className="share-manual">
          {T.manual[lang]}
          <input
            readOnly
            value={link}
            aria-label={T.label[lang]}
            ref={(el) => el?.select()}
            data-share-link
          />
        </label>
      )}
    </div>
  );
}
