// 打印 / Print: a small dialog (A4 portrait or landscape), then the print path of src/ui/print.ts
// — every chart waited for and drawn at print resolution before the browser's dialog opens.
// The same control, with mode 'onepage', is the unit profile's 打印单页 / One-page print.
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Lang } from '../../state/url-state';
import { onTooltipsReady, tooltipsReady } from '../../ui/chart-tooltips';
import type { PrintOutcome } from '../../ui/print';
import { installLayoutHooks, type Orientation, type PrintMode } from '../../ui/print-layout';
import { PR } from './print-labels';

/** The print path (ui/print.ts), not needed to draw the first view: see usePrintHooks. */
const loadPrint = () => import('../../ui/print');

interface Props {
  lang: Lang;
  mode?: PrintMode;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; outcome: PrintOutcome };

export function PrintButton({ lang, mode = 'page' }: Props) {
  const [open, setOpen] = useState(false);
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const dialogId = useId();
  const label = mode === 'onepage' ? PR.onePage : PR.print;

  useEffect(() => {
    if (open) dialogRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus({ preventScroll: true });
  };
  const go = async () => {
    setOpen(false);
    setStatus({ kind: 'busy' });
    const outcome = await loadPrint().then(
      (print) => print.printPage({ orientation, mode }),
      // The code did not arrive (offline?): nothing was printed, the page is as it was.
      (): PrintOutcome => ({ ok: false, loading: [] }),
    );
    setStatus({ kind: 'done', outcome });
    buttonRef.current?.focus({ preventScroll: true });
  };

  return (
    <div className="print-control" data-print-control={mode}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        data-print-button={mode}
        aria-expanded={open}
        aria-controls={dialogId}
        aria-haspopup="dialog"
        disabled={status.kind === 'busy'}
        onClick={() => setOpen((o) => !o)}
      >
        {label[lang]}
      </button>
      {open && (
        <div
          ref={dialogRef}
          id={dialogId}
          className="print-dialog"
          role="dialog"
          aria-label={label[lang]}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <fieldset>
            <legend>{PR.orientation[lang]}</legend>
            {(['portrait', 'landscape'] as const).map((o) => (
              <label key={o}>
                <input
                  type="radio"
                  name={`${dialogId}-orientation`}
                  value={o}
                  data-print-orientation={o}
                  checked={orientation === o}
                  onChange={() => setOrientation(o)}
                />
                {PR[o][lang]}
              </label>
            ))}
          </fieldset>
          <p className="print-dialog-note">
            {(mode === 'onepage' ? PR.onePageNote : PR.pageNote)[lang]}
          </p>
          <div className="print-dialog-actions">
            <button type="button" data-print-go onClick={() => void go()}>
              {PR.go[lang]}
            </button>
            <button type="button" onClick={close}>
              {PR.cancel[lang]}
            </button>
          </div>
        </div>
      )}
      <PrintStatus status={status} lang={lang} />
    </div>
  );
}

function PrintStatus({ status, lang }: { status: Status; lang: Lang }) {
  if (status.kind === 'busy') {
    // Over the whole page (the header, where the button is, is hidden while the page is laid
    // out for print), so the reader sees why the page changed.
    return createPortal(
      <p className="print-busy" role="status" data-print-busy>
        {PR.preparing[lang]}
      </p>,
      document.body,
    );
  }
  if (status.kind === 'done' && !status.outcome.ok) {
    return (
      <p className="print-error" role="alert" data-print-error>
        {PR.notReady[lang]}
        {status.outcome.loading.join(lang === 'zh' ? '、' : ', ')}
      </p>
    );
  }
  if (status.kind === 'done' && status.outcome.ok && !status.outcome.fits) {
    return (
      <p className="print-error" role="alert" data-print-error>
        {PR.notOnePage[lang]}
      </p>
    );
  }
  return null;
}

/**
 * Ctrl+P and the browser's print menu take the same path (installed once, by the header).
 * ui/print.ts loads when the chart tooltip does (chart-tooltips.ts: once the first view's charts
 * are drawn and the browser is idle), so the first view does not wait for it; until then Ctrl+P
 * prints the page laid out for print with the charts as drawn on screen.
 */
export function usePrintHooks(): void {
  useEffect(() => {
    let live = true;
    let remove = installLayoutHooks();
    const load = () =>
      void loadPrint().then(
        (print) => {
          if (!live) return;
          remove();
          remove = print.installPrintHooks();
        },
        () => {}, // the layout hooks stay; the 打印 button tries again
      );
    let unsubscribe = () => {};
    if (tooltipsReady()) load();
    else unsubscribe = onTooltipsReady(load);
    return () => {
      live = false;
      unsubscribe();
      remove();
    };
  }, []);
}
