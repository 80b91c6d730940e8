// 跳到主要内容: the first stop of the Tab key, hidden until focused, so a keyboard reader does
// not have to pass the header, tabs and filters on every view. It moves focus to <main> itself
// rather than following #main, which would put a fragment into the shareable address.
import type { MouseEvent } from 'react';
import type { Lang } from '../../state/url-state';

export const MAIN_ID = 'main';

export function SkipLink({ lang }: { lang: Lang }) {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    e.preventDefault();
    main.focus();
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip} data-skip-link>
      {lang === 'zh' ? '跳到主要内容' : 'Skip to main content'}
    </a>
  );
}
