// 图案 / Patterns: decal patterns on every chart, so series can be told apart without colour
// (colour-blind readers, greyscale print and photocopies). A toggle button whose state is in the
// URL (decal=1), so a shared link or an export made from it carries the patterns too.
import type { Lang } from '../../state/url-state';

const T = {
  label: { zh: '图案', en: 'Patterns' },
  hint: {
    zh: '用图案区分图表中的系列（色觉障碍、黑白打印）',
    en: 'Tell chart series apart by pattern (colour blindness, greyscale print)',
  },
} as const;

export function DecalSwitch(props: { lang: Lang; on: boolean; onToggle: (on: boolean) => void }) {
  const { lang, on, onToggle } = props;
  return (
    <button
      type="button"
      className="toggle-button"
      aria-pressed={on}
      title={T.hint[lang]}
      data-decal-toggle
      onClick={() => onToggle(!on)}
    >
      <span className="toggle-mark" aria-hidden="true" />
      {T.label[lang]}
    </button>
  );
}
