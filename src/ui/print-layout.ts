// The print layout, on the first page: the attributes print.css lays the page out by (the chrome
// hidden, the printed width, the orientation). print.ts, loaded after the first view is drawn,
// adds the print images of the charts; until it has arrived, Ctrl+P still gets this layout
// (installLayoutHooks), with the charts as drawn on screen.
import './print.css';

export type Orientation = 'portrait' | 'landscape';
/** 'page': the whole view; 'onepage': the view scaled to fit one sheet (unit one-pager). */
export type PrintMode = 'page' | 'onepage';

export interface PrintRequest {
  orientation: Orientation;
  mode: PrintMode;
}

export const IMAGE_CLASS = 'chart-print-image';
export const READY_ATTR = 'data-print-ready';
export const FIT_TARGET = '[data-print-fit]';

let orientationChosen: Orientation = 'portrait';

/** The orientation last printed in: Ctrl+P keeps it. */
export function lastOrientation(): Orientation {
  return orientationChosen;
}

/** Lays the page out as it will print (the chrome hidden, the printed width). */
export function setPrintLayout({ orientation, mode }: PrintRequest): void {
  const root = document.documentElement;
  root.setAttribute('data-print-prep', '');
  root.setAttribute('data-print-orientation', orientation);
  root.setAttribute('data-print-mode', mode);
  orientationChosen = orientation;
}

/** Back to the screen: print images removed, layout and scaling undone. */
export function clearPrintLayout(): void {
  const root = document.documentElement;
  for (const el of document.querySelectorAll(`.${IMAGE_CLASS}`)) el.remove();
  for (const el of document.querySelectorAll<HTMLElement>(FIT_TARGET))
    el.style.removeProperty('zoom');
  for (const a of [READY_ATTR, 'data-print-prep', 'data-print-orientation', 'data-print-mode']) {
    root.removeAttribute(a);
  }
}

/** Ctrl+P before print.ts has arrived: the layout only (print.ts's hooks replace these). */
export function installLayoutHooks(): () => void {
  const before = () => {
    if (document.documentElement.hasAttribute('data-print-prep')) return; // the 打印 button's
    setPrintLayout({ orientation: orientationChosen, mode: 'page' });
  };
  const after = () => clearPrintLayout();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
