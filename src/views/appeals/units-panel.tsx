// Appeal outcomes across units for the chosen year, one chart per side: reports → AppealUnitsModel
// → option → a citable <Figure>. Units without the side's components are named under the chart.
import { useMemo } from 'react';
import { SIDES, type Side } from '../../charts/appeal-outcomes/model';
import { SIDE_LABELS } from '../../charts/appeal-outcomes/option';
import { toAppealUnitsModel } from '../../charts/appeal-units/model';
import {
  appealUnitsHeight,
  buildAppealUnitsOption,
  chartedUnits,
} from '../../charts/appeal-units/option';
import { formatCount, joinList } from '../../charts/format';
import { appealUnitsTable } from '../../charts/appeal-units/table';
import type { Report } from '../../domain/report';
import type { Lang } from '../../state/url-state';
import { Figure } from '../../ui/figure';
import { Panel, type PanelStatus } from '../../ui/panel';
import { useFigureCaption } from '../shared/figure-caption';
import { fill } from '../trends/labels';
import { AL } from './labels';

interface Props {
  reports: readonly Report[];
  year: number;
  lang: Lang;
  status: PanelStatus;
}

export function UnitsPanel({ reports, year, lang, status }: Props) {
  return (
    <Panel
      id="appeals-units"
      title={`${AL.units[lang]} · ${year}`}
      note={fill(AL.unitsNote[lang], { year })}
      status={status}
    >
      <div className="charts">
        {SIDES.map((side) => (
          <SideChart key={side} side={side} reports={reports} year={year} lang={lang} />
        ))}
      </div>
    </Panel>
  );
}

function SideChart({ side, reports, year, lang }: Omit<Props, 'status'> & { side: Side }) {
  const model = useMemo(() => toAppealUnitsModel(reports, year, side), [reports, year, side]);
  const option = useMemo(
    () => (model.units.length ? buildAppealUnitsOption(model, lang) : null),
    [model, lang],
  );
  const table = useMemo(
    () => (option ? appealUnitsTable(model, lang) : null),
    [option, model, lang],
  );
  const years = useMemo(() => [year], [year]);
  const shown = chartedUnits(model).length;
  // Said in the caption (under the chart, and in an exported image), so no one reads the chart
  // as every unit.
  const charted =
    shown < model.units.length
      ? fill(AL.chartedUnits[lang], { shown, all: formatCount(model.units.length, lang) })
      : null;
  const caption = useFigureCaption({
    title: AL.unitsTitle[side][lang],
    definition: charted
      ? `${AL.unitsDefinition[side][lang]}${lang === 'zh' ? '。' : '. '}${charted}`
      : AL.unitsDefinition[side][lang],
    years,
    reports,
  });
  return (
    <div className="chart-card">
      <h3>{SIDE_LABELS[side][lang]}</h3>
      <Figure
        id={`appeals-units-${side}`}
        caption={caption}
        table={table}
        status="success"
        option={option}
        message={AL.noUnits[lang]}
        height={appealUnitsHeight(model)}
      />
      {model.missing.length > 0 && (
        <p className="panel-note">
          {AL.missingUnits[lang]}
          {joinList(model.missing, lang)}
        </p>
      )}
    </div>
  );
}
