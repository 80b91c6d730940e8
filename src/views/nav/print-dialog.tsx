// The 打印 dialog (paper orientation, what will happen, 打印 / 取消) and the status line under the
// button: loaded with the print path (print-button.tsx), not with the first page.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Lang } from '../../state/url-state';
import type { Orientation, PrintMode } from '../../ui/print-layout';
import type { PrintStatusValue } from './print-button';
import type { Text } from '../../ui/labels';

/** The dialog's and the status line's words. */
const PD = {
  orientation: { zh: '纸张方向（A4）', en: 'Paper (A4)' },
  portrait: { zh: '纵向', en: 'Portrait' },
  landscape: { zh: '横向', en: 'Landscape' },
  pageNote: {
    zh: '每张图表按打印分辨率绘制完成后再打开打印对话框。',
    en: 'Every chart is drawn at print resolution before the print dialog opens.',
  },
  onePageNote: {
    zh: '单位档案缩排为一页 A4：三张表、主要指标、趋势图、核对发现和来源。',
    en: 'The unit profile on one A4 sheet: the three tables, indicators, trend, findings and source.',
  },
  go: { zh: '打印', en: 'Print' },
  cancel: { zh: '取消', en: 'Cancel' },
  preparing: {
    zh: '正在准备打印：等待全部图表绘制完成…',
    en: 'Preparing to print: waiting for every chart to be drawn…',
  },
  notReady: {
    zh: '仍有图表未绘制完成，未打印：',
    en: 'Not printed: these charts are still loading: ',
  },
  notOnePage: {
    zh: '内容缩至最小仍超过一页，打印结果将多于一页。',
    en: 'Even at the smallest scale this does not fit one page; it will print on more.',
  },
} as const satisfies Record<string, Text>;

interface DialogProps {
  id: string;
  lang: Lang;
  mode: PrintMode;
  /** The dialog's name: the button's. */
  label: string;
  orientation: Orientation;
  onOrientation: (o: Orientation) => void;
  onGo: () => void;
  onClose: () => void;
}

export function PrintDialog(props: DialogProps) {
  const { id, lang, mode, label, orientation } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);
  return (
    <div
      ref={ref}
      id={id}
      className="print-dialog"
      role="dialog"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <fieldset>
        <legend>{PD.orientation[lang]}</legend>
        {(['portrait', 'landscape'] as const).map((o) => (
          <label key={o}>
            <input
              type="radio"
              name={`${id}-orientation`}
              value={o}
              data-print-orientation={o}
              checked={orientation === o}
              onChange={() => props.onOrientation(o)}
            />
            {PD[o][lang]}
          </label>
        ))}
      </fieldset>
      <p className="print-dialog-note">
        {(mode === 'onepage' ? PD.onePageNote : PD.pageNote)[lang]}
      </p>
      <div className="print-dialog-actions">
        <button type="button" data-print-go onClick={props.onGo}>
          {PD.go[lang]}
        </button>
        <button type="button" onClick={props.onClose}>
          {PD.cancel[lang]}
        </button>
      </div>
    </div>
  );
}

/** Under the button: preparing (over the whole page), or why nothing was printed. */
export function PrintStatus({ status, lang }: { status: PrintStatusValue; lang: Lang }) {
  if (status.kind === 'busy') {
    // Over the whole page (the header, where the button is, is hidden while the page is laid
    // out for print), so the reader sees why the page changed.
    return createPortal(
      <p className="print-busy" role="status" data-print-busy>
        {PD.preparing[lang]}
      </p>,
      document.body,
    );
  }
  if (status.kind === 'done' && !status.outcome.ok) {
    return (
      <p className="print-error" role="alert" data-print-error>
        {PD.notReady[lang]}
        {status.outcome.loading.join(lang === 'zh' ? '、' : ', ')}
      </p>
    );
  }
  if (status.kind === 'done' && status.outcome.ok && !status.outcome.fits) {
    return (
      <p className="print-error" role="alert" data-print-error>
        {PD.notOnePage[lang]}
      </p>
    );
  }
  return null;
}
