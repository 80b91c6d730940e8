// 演示 / Present: opens presentation mode on the current view (present=1 in the URL, so the
// link itself opens the slide show). When the show ends, focus comes back to this button.
import { useEffect, useRef } from 'react';
import type { Lang } from '../../state/url-state';
import type { UpdateUrlState } from '../../state/use-url-state';

const PT = {
  present: { zh: '演示', en: 'Present' },
  presentHint: {
    zh: '以 16:9 全屏幻灯片演示本视图',
    en: 'Show this view as 16:9 slides',
  },
} as const;

interface Props {
  lang: Lang;
  presenting: boolean;
  update: UpdateUrlState;
}

export function PresentButton({ lang, presenting, update }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  const was = useRef(presenting);
  useEffect(() => {
    if (was.current && !presenting) ref.current?.focus({ preventScroll: true });
    was.current = presenting;
  }, [presenting]);
  return (
    <button
      ref={ref}
      type="button"
      className="header-button"
      data-present-button
      title={PT.presentHint[lang]}
      onClick={() => update({ present: true, slide: 0 })}
    >
      {PT.present[lang]}
    </button>
  );
}
