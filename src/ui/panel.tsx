// A dashboard panel: heading plus exactly one of the four states. Children are rendered only on
// success, so a view never draws half-loaded data.
import type { ReactNode } from 'react';
import { useLang } from '../state/lang';
import { L, t } from './labels';

export type PanelStatus = 'pending' | 'error' | 'empty' | 'success';

interface PanelProps {
  id: string;
  title: string;
  status: PanelStatus;
  /** Shown in the error state: what failed and why. */
  error?: ReactNode;
  /** Shown in the empty state instead of the generic "no data". */
  empty?: ReactNode;
  /** Small print under the heading (method notes). */
  note?: string;
  children?: ReactNode;
}

export function Panel({ id, title, status, error, empty, note, children }: PanelProps) {
  const headingId = `panel-${id}-title`;
  return (
    <section
      className="panel"
      data-panel={id}
      data-status={status}
      aria-labelledby={headingId}
      aria-busy={status === 'pending'}
    >
      <h2 id={headingId}>{title}</h2>
      {note && <p className="panel-note">{note}</p>}
      <PanelBody status={status} error={error} empty={empty}>
        {children}
      </PanelBody>
    </section>
  );
}

function PanelBody({ status, error, empty, children }: Omit<PanelProps, 'id' | 'title'>) {
  const lang = useLang();
  switch (status) {
    case 'pending':
      return <p className="state state-pending">{t(L.loading, lang)}</p>;
    case 'error':
      return (
        <div className="state state-error" role="alert">
          <strong>{t(L.loadError, lang)}</strong>
          {error}
        </div>
      );
    case 'empty':
      return <p className="state state-empty">{empty ?? t(L.empty, lang)}</p>;
    case 'success':
      return <>{children}</>;
  }
}
