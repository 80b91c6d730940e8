// A list that may hold thousands of items (units that cannot be ranked, totals that disagree)
// shows the first LIST_CAP and says how many more there are, with a button for the next
// LIST_CAP: a province's list must not become thousands of DOM nodes at once.
import { useState, type ReactNode } from 'react';
import { useLang } from '../state/lang';

export const LIST_CAP = 20;

const C = {
  more: { zh: '另有 {n} 项未列出', en: '{n} more not listed' },
  showMore: { zh: '再显示 {n} 项', en: 'Show {n} more' },
};

/**
 * The items to draw, and (when some are left out) a line saying how many, with `where` the
 * complete list is, and a button that shows more. The count starts again when the list changes.
 */
export function useCapped<T>(
  items: readonly T[],
  where?: string,
): { shown: readonly T[]; more: ReactNode } {
  const lang = useLang();
  const [at, setAt] = useState<{ limit: number; items: readonly T[] }>({
    limit: LIST_CAP,
    items,
  });
  const limit = at.items === items ? at.limit : LIST_CAP;
  if (items.length <= limit) return { shown: items, more: null };
  const hidden = items.length - limit;
  const step = Math.min(LIST_CAP, hidden);
  const fill = (text: { zh: string; en: string }, n: number) =>
    text[lang].replace('{n}', n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'));
  return {
    shown: items.slice(0, limit),
    more: (
      <p className="capped-more panel-note" data-capped-hidden={hidden}>
        {fill(C.more, hidden)}
        {where ? `${lang === 'zh' ? '，' : '; '}${where}` : ''}{' '}
        <button type="button" onClick={() => setAt({ limit: limit + step, items })}>
          {fill(C.showMore, step)}
        </button>
      </p>
    ),
  };
}
