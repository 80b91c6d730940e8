// Outcomes panel: the selected reports → six outcome groups (count and share) → bars; a group
// chosen (buttons or select, URL `outcome`) → its reasons as a second chart, with the reports
// that printed (六) as one row named, because those cannot be split.
import { useMemo } from 'react';
import { toOutcomeModel, toReasonModel, type ReasonModel } from '../../charts/outcomes/model';
import { buildCompositionOption, outcomeItems, reasonItems } from '../../charts/outcomes/option';
import { COMPOSITION_HEADERS, compositionTable } from '../../charts/outcomes/table';
import { OUTCOME_GROUPS, type OutcomeGroup } from '../../domain/template';
import { joinList } from '../../charts/format';
import { useLang, useT } from '../../state/lang';
import { Figure } from '../../ui/figure';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { useFigureCaption } from '../shared/figure-caption';
import type { ViewProps } from '../view-props';
import { R } from './labels';
import type { RequestSelection } from './selection';

type Props = ViewProps & { selection: RequestSelection };

export function OutcomesPanel({ dataset, state, update, lang, selection }: Props) {
  const tr = useT();
  const model = useMemo(() => toOutcomeModel(selection.reports), [selection.reports]);
  const items = useMemo(
    () => outcomeItems(model, lang, state.outcome),
    [model, lang, state.outcome],
  );
  const any = items.some((i) => i.count.value !== null);
  const option = useMemo(
    () => (any ? buildCompositionOption(items, lang, tr(R.outcomes)) : null),
    [any, items, lang, tr],
  );
  const table = useMemo(
    () => (option ? compositionTable(items, lang, COMPOSITION_HEADERS.outcomes) : null),
    [option, items, lang],
  );
  const caption = useFigureCaption({
    title: tr(R.outcomes),
    definition: tr(R.outcomesDefinition),
    years: selection.years,
    reports: selection.reports,
  });
  const pick = (g: OutcomeGroup | null) => update({ outcome: g });
  return (
    <Panel
      id="requests-outcomes"
      title={tr(R.outcomes)}
      note={tr(R.outcomesNote)}
      status={datasetPanelStatus(dataset)}
      error={<DatasetErrors dataset={dataset} />}
    >
      <Figure
        id="requests-outcomes"
        caption={caption}
        table={table}
        status="success"
        option={option}
        height={230}
        message={tr(R.noRequests)}
      />
      <div className="view-controls" role="group" aria-label={tr(R.drill)}>
        <span className="view-control">{tr(R.drill)}</span>
        {OUTCOME_GROUPS.map((g) => (
          <button
            key={g.key}
            type="button"
            className="chip"
            data-outcome={g.key}
            aria-pressed={state.outcome === g.key}
            onClick={() => pick(state.outcome === g.key ? null : g.key)}
          >
            {tr(g)}
          </button>
        ))}
        <select
          data-control="outcome"
          aria-label={tr(R.drill)}
          value={state.outcome ?? ''}
          onChange={(e) => pick((e.target.value || null) as OutcomeGroup | null)}
        >
          <option value="">{tr(R.none)}</option>
          {OUTCOME_GROUPS.map((g) => (
            <option key={g.key} value={g.key}>
              {tr(g)}
            </option>
          ))}
        </select>
      </div>
      {state.outcome && <Reasons group={state.outcome} selection={selection} lang={lang} />}
    </Panel>
  );
}

function Reasons({
  group,
  selection,
  lang,
}: {
  group: OutcomeGroup;
  selection: RequestSelection;
  lang: ViewProps['lang'];
}) {
  const tr = useT();
  const model = useMemo(() => toReasonModel(selection.reports, group), [selection.reports, group]);
  const items = useMemo(() => reasonItems(model, lang), [model, lang]);
  const title = `${tr(OUTCOME_GROUPS.find((g) => g.key === group)!)} · ${tr(R.reasons)}`;
  const option = useMemo(
    () =>
      items.some((i) => i.count.value !== null) ? buildCompositionOption(items, lang, title) : null,
    [items, lang, title],
  );
  const table = useMemo(
    () => (option ? compositionTable(items, lang, COMPOSITION_HEADERS.reasons) : null),
    [option, items, lang],
  );
  const caption = useFigureCaption({
    title,
    definition: tr(R.reasonsDefinition),
    years: selection.years,
    reports: selection.reports,
  });
  return (
    <div className="chart-card" data-reasons={group} data-reason-count={items.length}>
      <h3>{title}</h3>
      <Figure
        id="requests-reasons"
        caption={caption}
        table={table}
        status="success"
        option={option}
        height={items.length * 30 + 30}
        message={tr(R.noRequests)}
      />
      <SingleRowNote model={model} />
    </div>
  );
}

function SingleRowNote({ model }: { model: ReasonModel }) {
  const tr = useT();
  const lang = useLang();
  if (model.singleRow.length === 0) return null;
  return (
    <p className="panel-note" data-single-row={model.singleRow.length}>
      {tr(R.singleRow)}{' '}
      {joinList(
        model.singleRow.map((r) => `${r.unit} ${r.year}`),
        lang,
      )}
    </p>
  );
}
