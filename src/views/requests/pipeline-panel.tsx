// Pipeline panel: the selected reports → pipeline model → three stacked bars as a citable figure
// (caption, exports, the table behind it), and under them every report whose printed figures do
// not balance (T3-HANDLED, T3-BALANCE), with both sides.
import { useMemo } from 'react';
import {
  hasPipelineValues,
  toPipelineModel,
  type Imbalance,
} from '../../charts/request-pipeline/model';
import { buildPipelineOption } from '../../charts/request-pipeline/option';
import { pipelineTable } from '../../charts/request-pipeline/table';
import { colon, formatCount, inParens } from '../../charts/format';
import { useLang, useT } from '../../state/lang';
import { useCapped } from '../../ui/capped';
import { Figure } from '../../ui/figure';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { useFigureCaption } from '../shared/figure-caption';
import type { ViewProps } from '../view-props';
import { R_HEAD } from './headline-labels';
import type { RequestSelection } from './selection';

export function PipelineChart({
  selection,
  lang,
}: {
  selection: RequestSelection;
  lang: ViewProps['lang'];
}) {
  const model = useMemo(() => toPipelineModel(selection.reports), [selection.reports]);
  const option = useMemo(
    () => (hasPipelineValues(model) ? buildPipelineOption(model, lang) : null),
    [model, lang],
  );
  const table = useMemo(() => (option ? pipelineTable(model, lang) : null), [option, model, lang]);
  const caption = useFigureCaption({
    title: R_HEAD.pipeline[lang],
    definition: R_HEAD.pipelineDefinition[lang],
    years: selection.years,
    reports: selection.reports,
  });
  return (
    <>
      <Figure
        id="requests-pipeline"
        caption={caption}
        table={table}
        status="success"
        option={option}
        height={320}
        message={R_HEAD.noRequests[lang]}
      />
      {option && <Imbalances list={model.imbalances} />}
    </>
  );
}

function Imbalances({ list }: { list: Imbalance[] }) {
  const tr = useT();
  const lang = useLang();
  const { shown, more } = useCapped(list, tr(R_HEAD.allInQuality));
  if (list.length === 0) return <p className="panel-note balance-ok">{tr(R_HEAD.balanced)}</p>;
  return (
    <div className="imbalances" role="note" data-imbalances={list.length}>
      <strong>{tr(R_HEAD.imbalances)}</strong>
      <ul>
        {shown.map((b) => (
          <li key={`${b.unit}|${b.year}|${b.rule}`} data-rule={b.rule}>
            {`${b.unit} ${b.year} · ${b.rule}${colon(lang)}${tr(b.rule === 'T3-HANDLED' ? R_HEAD.handledRule : R_HEAD.balanceRule)}${inParens(`${formatCount(b.left, lang)} ≠ ${formatCount(b.right, lang)}${tr({ zh: '，差', en: ', difference' })} ${formatCount(b.left - b.right, lang)}`, lang)}`}
          </li>
        ))}
      </ul>
      {more}
    </div>
  );
}

export function PipelinePanel({
  dataset,
  lang,
  selection,
}: ViewProps & { selection: RequestSelection }) {
  const tr = useT();
  return (
    <Panel
      id="requests-pipeline"
      title={tr(R_HEAD.pipeline)}
      note={tr(R_HEAD.pipelineNote)}
      status={datasetPanelStatus(dataset)}
      error={<DatasetErrors dataset={dataset} />}
    >
      <PipelineChart selection={selection} lang={lang} />
    </Panel>
  );
}
