// Requests view: scope + one year or a range (from/to in the URL) → the selected reports →
// pipeline, outcome composition with drill-down, applicant composition; each panel behind its
// own error boundary.
import type { Report } from '../../domain/report';
import { unitKey, type Scope } from '../../domain/scope';
import { colon } from '../../charts/format';
import { useT } from '../../state/lang';
import { PanelBoundary } from '../../ui/panel-boundary';
import '../compare/compare.css';
import type { ViewProps } from '../view-props';
import { ApplicantsPanel } from './applicants-panel';
import { R } from './labels';
import { OutcomesPanel } from './outcomes-panel';
import { PipelinePanel } from './pipeline-panel';
import { yearsText, type RequestSelection } from './selection';
import { useRequestSelection } from './use-selection';
import './requests.css';

export function RequestsView(props: ViewProps) {
  const selection = useRequestSelection(props);
  const reset = props.dataset.entry?.id ?? '';
  const { lang } = props;
  const inner = { ...props, selection };
  return (
    <div className="view-grid requests-view">
      <ModeBar {...props} selection={selection} />
      <div className="span-half">
        <PanelBoundary title={R.pipeline[lang]} resetKey={reset}>
          <PipelinePanel {...inner} />
        </PanelBoundary>
      </div>
      <div className="span-half">
        <PanelBoundary title={R.outcomes[lang]} resetKey={reset}>
          <OutcomesPanel {...inner} />
        </PanelBoundary>
      </div>
      <div className="span-half">
        <PanelBoundary title={R.applicants[lang]} resetKey={reset}>
          <ApplicantsPanel {...inner} />
        </PanelBoundary>
      </div>
    </div>
  );
}

function ModeBar({
  dataset,
  state,
  update,
  selection,
  lang,
}: ViewProps & { selection: RequestSelection }) {
  const tr = useT();
  const years = dataset.years;
  const scope = scopeName(state.scope, dataset.reports) ?? tr(R.allUnits);
  const toRange = () => update({ from: years[0] ?? null, to: years[years.length - 1] ?? null });
  const toSingle = () => update({ from: null, to: null });
  return (
    <div className="view-controls mode-bar" role="group" aria-label={tr(R.mode)}>
      <span className="view-control">{tr(R.mode)}</span>
      <button
        type="button"
        className="chip"
        data-mode="single"
        aria-pressed={selection.mode === 'single'}
        onClick={toSingle}
      >
        {tr(R.single)}
      </button>
      <button
        type="button"
        className="chip"
        data-mode="range"
        aria-pressed={selection.mode === 'range'}
        onClick={toRange}
      >
        {tr(R.range)}
      </button>
      <span
        className="selection-caption"
        data-selection={`${selection.mode}:${yearsText(selection.years)}`}
      >
        {`${tr(R.selection)}${colon(lang)}${scope} · ${yearsText(selection.years)} · ${selection.reports.length} ${tr(R.reports)}`}
      </span>
    </div>
  );
}

function scopeName(scope: Scope, reports: readonly Report[]): string | null {
  if (scope.kind === 'region') return scope.path;
  if (scope.kind === 'all') return null;
  return reports.find((r) => unitKey(r) === scope.unit)?.unit ?? scope.unit;
}
