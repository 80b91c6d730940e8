// 打印 / Print: a small dialog (A4 portrait or landscape), then the print path of src/ui/print.ts
// — every chart waited for and drawn at print resolution before the browser's dialog opens.
// The same control, with mode 'onepage', is the unit profile's 打印单页 / One-page print.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../state/url-state';
import { onTooltipsReady, tooltipsReady } from '../../ui/chart-tooltips';
import type { PrintOutcome } from '../../ui/print';
import { installLayoutHooks, type Orientation, type PrintMode } from '../../ui/print-layout';
import { PR } from './print-labels';

// The print path (ui/print.ts) and the dialog (print-dialog.tsx) are not needed to draw the
// first view: they load when the first view's charts are drawn (see usePrintHooks), or when the
// button is used before that.
const loadPrint = () => import('../../ui/print');
const loadDialog = () => import('./print-dialog');
const PrintDialog = lazy(() => loadDialog().then((m) => ({ default: m.PrintDialog })));
const PrintStatus = lazy(() => loadDialog().then((m) => ({ default: m.PrintStatus })));

interface Props {
  lang: Lang;
  mode?: PrintMode;
}

export type PrintStatusValue =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; outcome: PrintOutcome };

export function PrintButton({ lang, mode = 'page' }: Props) {
  const [open, setOpen] = useState(false);
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const [status, setStatus] = useState<PrintStatusValue>({ kind: 'idle' });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogId = useId();
  const label = mode === 'onepage' ? PR.onePage : PR.print;

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
      <Suspense fallback={null}>
        {open && (
          <PrintDialog
            id={dialogId}
            lang={lang}
            mode={mode}
            label={label[lang]}
            orientation={orientation}
            onOrientation={setOrientation}
            onGo={() => void go()}
            onClose={close}
          />
        )}
        {status.kind !== 'idle' && <PrintStatus status={status} lang={lang} />}
      </Suspense>
    </div>
  );
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
    const load = () => {
      void loadDialog().catch(() => {});
      void loadPrint().then(
        (print) => {
          if (!live) return;
          remove();
          remove = print.installPrintHooks();
        },
        () => {}, // the layout hooks stay; the 打印 button tries again
      );
    };
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
