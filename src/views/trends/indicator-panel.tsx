// One indicator's panel: reports → IndicatorTrendModel → option(s) → <EChart>. Overlay draws
// one chart with a line per unit; small multiples draw one chart per unit on a shared y scale.
import { useMemo } from 'react';
import {
  hasIndicatorValues,
  sharedMax,
  toIndicatorTrendModel,
  type IndicatorTrendModel,
  type SeriesInput,
} from '../../charts/indicator-trend/model';
import { buildIndicatorTrendOption } from '../../charts/indicator-trend/option';
import { INDICATORS, type IndicatorKey } from '../../domain/indicators';
import type { Layout, Lang } from '../../state/url-state';
import { EChart } from '../../ui/echart';
import { Panel, type PanelStatus } from '../../ui/panel';
import { fill, TL } from './labels';

interface Props {
  indicator: IndicatorKey;
  inputs: readonly SeriesInput[];
  range: readonly number[];
  layout: Layout;
  lang: Lang;
  status: PanelStatus;
  /** Prefix of the chart ids (the overview's headline uses its own). */
  idPrefix?: string;
}

export function IndicatorPanel(props: Props) {
  const { indicator, inputs, range, layout, lang, status, idPrefix = 'trends' } = props;
  const def = INDICATORS[indicator];
  const model = useMemo(
    () => toIndicatorTrendModel(indicator, inputs, range),
    [indicator, inputs, range],
  );
  const multiples = layout === 'multiples' && model.series.length > 1;
  return (
    <Panel
      id={`${idPrefix}-${indicator}`}
      title={def[lang]}
      note={lang === 'zh' ? def.formulaZh : def.formulaEn}
      status={status}
    >
      {multiples ? (
        <div className="trends-multiples" data-multiples={indicator}>
          {model.series.map((s, i) => (
            <IndicatorChart
              key={s.key ?? i}
              id={`${idPrefix}-${indicator}-u${i}`}
              title={s.name}
              model={{ ...model, series: [s] }}
              yMax={sharedMax(model)}
              lang={lang}
              height={200}
            />
          ))}
        </div>
      ) : (
        <IndicatorChart id={`${idPrefix}-${indicator}`} model={model} lang={lang} />
      )}
      <TemplateMarkNote model={model} lang={lang} />
    </Panel>
  );
}

interface ChartProps {
  id: string;
  model: IndicatorTrendModel;
  lang: Lang;
  title?: string;
  yMax?: number | null;
  height?: number;
}

function IndicatorChart({ id, model, lang, title, yMax = null, height }: ChartProps) {
  const option = useMemo(
    () => (hasIndicatorValues(model) ? buildIndicatorTrendOption(model, lang, yMax) : null),
    [model, lang, yMax],
  );
  return (
    <figure className="chart-card">
      {title && <h3>{title}</h3>}
      <EChart
        id={id}
        label={`${model[lang]}${title ? ` · ${title}` : ''}`}
        status="success"
        option={option}
        message={TL.noValues[lang]}
        height={height}
      />
    </figure>
  );
}

/** Says in words where the template changes, so the mark is readable without the chart. */
function TemplateMarkNote({ model, lang }: { model: IndicatorTrendModel; lang: Lang }) {
  const marks = model.series.flatMap((s) => (s.mark ? [s.mark] : []));
  const first = marks[0];
  if (!first) return null;
  return (
    <p className="panel-note" data-template-mark={`${first.lastOld}-${first.firstNew}`}>
      {fill(TL.templateMark[lang], { a: first.lastOld, b: first.firstNew })}
    </p>
  );
}
