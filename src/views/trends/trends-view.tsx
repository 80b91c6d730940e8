// 趋势 Trends: selections (indicators, units, layout; all in the URL) → per indicator a panel of
// multi-year charts (units overlaid or as small multiples, template change marked) → the appeal
// results by year for the selection. Each panel sits behind its own error boundary.
import { unitsOf } from '../../domain/scope';
import { INDICATORS, type IndicatorKey } from '../../domain/indicators';
import { PanelBoundary } from '../../ui/panel-boundary';
import { Panel } from '../../ui/panel';
import { OutcomesPanel } from '../appeals/outcomes-panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import type { ViewProps } from '../view-props';
import { IndicatorPanel } from './indicator-panel';
import { TL } from './labels';
import { useTrendSelection } from './selection';
import { UnitPicker } from './unit-picker';
import './trends.css';

const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export function TrendsView(props: ViewProps) {
  const { dataset, state, lang } = props;
  const status = datasetPanelStatus(dataset);
  const selection = useTrendSelection(props);
  const resetKey = `${dataset.entry?.id}`;
  return (
    <div className="view-grid trends">
      <PanelBoundary title={TL.controls[lang]} resetKey={resetKey}>
        <Panel
          id="trends-controls"
          title={TL.controls[lang]}
          status={status}
          error={<DatasetErrors dataset={dataset} />}
        >
          <TrendControls {...props} />
        </Panel>
      </PanelBoundary>
      {state.indicators.map((key) => (
        <div key={key} className={state.layout === 'overlay' ? 'span-half' : undefined}>
          <PanelBoundary title={INDICATORS[key][lang]} resetKey={resetKey}>
            <IndicatorPanel
              indicator={key}
              inputs={selection.inputs}
              range={selection.range}
              layout={state.layout}
              lang={lang}
              status={status}
            />
          </PanelBoundary>
        </div>
      ))}
      <PanelBoundary title={TL.appeals[lang]} resetKey={resetKey}>
        <OutcomesPanel
          id="trends-appeals"
          title={`${TL.appeals[lang]} · ${state.units.length ? TL.appealsSelection[lang] : (selection.inputs[0]?.name ?? '')}`}
          reports={selection.summed}
          range={selection.range}
          lang={lang}
          status={status}
          note={TL.appealsNote[lang]}
        />
      </PanelBoundary>
    </div>
  );
}

function TrendControls({ dataset, state, update, lang }: ViewProps) {
  const toggle = (key: IndicatorKey) => {
    const next = state.indicators.includes(key)
      ? state.indicators.filter((k) => k !== key)
      : INDICATOR_KEYS.filter((k) => k === key || state.indicators.includes(k));
    // The URL keeps at least one indicator (an empty list is not a valid link).
    if (next.length > 0) update({ indicators: next });
  };
  return (
    <div className="trends-controls">
      <fieldset data-control="indicators">
        <legend>{TL.indicators[lang]}</legend>
        <div className="indicator-options">
          {INDICATOR_KEYS.map((key) => (
            <label key={key}>
              <input
                type="checkbox"
                data-indicator={key}
                checked={state.indicators.includes(key)}
                onChange={() => toggle(key)}
              />
              {INDICATORS[key][lang]}
            </label>
          ))}
        </div>
      </fieldset>
      <UnitPicker
        units={unitsOf(dataset.reports)}
        selected={state.units}
        onChange={(units) => update({ units })}
      />
      <fieldset data-control="layout">
        <legend>{TL.layout[lang]}</legend>
        {(['overlay', 'multiples'] as const).map((layout) => (
          <label key={layout}>
            <input
              type="radio"
              name="trends-layout"
              value={layout}
              data-layout={layout}
              checked={state.layout === layout}
              onChange={() => update({ layout })}
            />
            {TL[layout][lang]}
          </label>
        ))}
        <p className="panel-note">{TL.multiplesHint[lang]}</p>
      </fieldset>
    </div>
  );
}
