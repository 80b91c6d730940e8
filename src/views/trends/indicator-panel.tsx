// One indicator's panel: reports → IndicatorTrendModel → option(s) and table(s) → <Figure>.
// Overlay draws one chart with a line per unit; small multiples draw one chart per unit on a
// shared y scale. Each chart is captioned with the units and reports it draws.
import { useMemo } from 'react';
import {
  hasIndicatorValues,
  sharedMax,
  toIndicatorTrendModel,
  type IndicatorTrendModel,
  type SeriesInput,
} from '../../charts/indicator-trend/model';
import { buildIndicatorTrendOption } from '../../charts/indicator-trend/option';
import { indicatorTrendTable } from '../../charts/indicator-trend/table';
import { INDICATORS, type IndicatorKey } from '../../domain/indicators';
import type { Layout, Lang } from '../../state/url-state';
import { Figure } from '../../ui/figure';
import { Panel, type PanelStatus } from '../../ui/panel';
import { useFigureCaption } from '../shared/figure-caption';
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
              inputs={inputs.slice(i, i + 1)}
              yMax={sharedMax(model)}
              lang={lang}
              height={200}
            />
          ))}
        </div>
      ) : (
        <IndicatorChart id={`${idPrefix}-${indicator}`} model={model} inputs={inputs} lang={lang} />
      )}
      <TemplateMarkNote model={model} lang={lang} />
    </Panel>
  );
}

interface ChartProps {
  id: string;
  model: IndicatorTrendModel;
  /** The series drawn, with their reports (for 数据截至 and the units named). */
  inputs: readonly SeriesInput[];
  lang: Lang;
  title?: string;
  yMax?: number | null;
  height?: number;
}

function IndicatorChart({ id, model, inputs, lang, title, yMax = null, height }: ChartProps) {
  const option = useMemo(
    () => (hasIndicatorValues(model) ? buildIndicatorTrendOption(model, lang, yMax) : null),
    [model, lang, yMax],
  );
  const table = useMemo(
    () => (option ? indicatorTrendTable(model, lang) : null),
    [option, model, lang],
  );
  const def = INDICATORS[model.key];
  const reports = useMemo(() => inputs.flatMap((i) => i.reports), [inputs]);
  // Picked units are named; the scope summed is named by the shell (全部单位, a region).
  const picked = inputs.filter((i) => i.key !== null).map((i) => i.name);
  const caption = useFigureCaption({
    title: `${def[lang]}${title ? ` · ${title}` : ''}`,
    definition: lang === 'zh' ? def.formulaZh : def.formulaEn,
    years: model.years,
    reports,
    units: picked.length > 0 ? picked.join(lang === 'zh' ? '、' : ', ') : undefined,
  });
  return (
    <div className="chart-card">
      {title && <h3>{title}</h3>}
      <Figure
        id={id}
        caption={caption}
        table={table}
        status="success"
        option={option}
        message={TL.noValues[lang]}
        height={height}
      />
    </div>
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
