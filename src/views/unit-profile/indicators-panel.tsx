// The unit's indicators over its years: a table of every indicator per year with its change on
// the year before, and a trend chart of the one picked (state.indicator, kept in the URL) as a
// citable figure whose caption and file name carry the unit's name.
import { useMemo } from 'react';
import { formatChange, formatCount, formatRatio, MISSING } from '../../charts/format';
import { hasTrendValues, toTrendModel } from '../../charts/trend/model';
import { buildTrendOption } from '../../charts/trend/option';
import { trendTable } from '../../charts/trend/table';
import {
  indicatorSeries,
  INDICATORS,
  type IndicatorDef,
  type IndicatorKey,
} from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { useLang, useT } from '../../state/lang';
import { Figure } from '../../ui/figure';
import { useFigureCaption } from '../shared/figure-caption';
import type { ViewProps } from '../view-props';
import { U } from './labels';
import { TableScroll } from '../../ui/table-scroll';

const KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export function formatIndicator(def: IndicatorDef, value: number | null): string {
  if (value === null) return MISSING;
  if (def.kind === 'rate') return formatRatio(value);
  if (def.kind === 'per100') return formatCount(Math.round(value * 100) / 100);
  return formatCount(value);
}

interface Props extends Pick<ViewProps, 'state' | 'update'> {
  reports: readonly Report[];
  /** The profiled unit as its reports name it: the figure's units and file name. */
  unitName: string;
}

export function UnitIndicators({ reports, unitName, state, update }: Props) {
  const tr = useT();
  const lang = useLang();
  const years = useMemo(() => reports.map((r) => r.year), [reports]);
  const rows = useMemo(
    () => KEYS.map((key) => ({ key, points: indicatorSeries(key, reports, years) })),
    [reports, years],
  );
  const model = useMemo(
    () => toTrendModel(state.indicator, reports, years),
    [state.indicator, reports, years],
  );
  const option = useMemo(
    () => (hasTrendValues(model) ? buildTrendOption(model, lang) : null),
    [model, lang],
  );
  const table = useMemo(() => (option ? trendTable(model, lang) : null), [option, model, lang]);
  const caption = useFigureCaption({
    // The exported image names the unit in its heading, not only in the caption.
    title: `${unitName} · ${tr(INDICATORS[state.indicator])}`,
    definition: tr({ zh: model.formulaZh, en: model.formulaEn }),
    years,
    reports,
    units: unitName,
  });
  return (
    <div className="unit-indicators">
      <div className="chart-card">
        <h3>{tr(INDICATORS[state.indicator])}</h3>
        <Figure
          id="unit-trend"
          caption={caption}
          table={table}
          status={option ? 'success' : 'empty'}
          option={option}
          message={tr({ zh: '该单位各年均未报告此指标', en: 'No year reports this indicator' })}
          height={220}
        />
      </div>
      <TableScroll label={tr(U.indicators)}>
        <table className="indicator-table">
          <thead>
            <tr>
              <th scope="col">{tr(U.indicator)}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, points }) => (
              <tr key={key} data-indicator={key} aria-selected={key === state.indicator}>
                <th scope="row">
                  <button
                    type="button"
                    className="indicator-pick"
                    aria-pressed={key === state.indicator}
                    onClick={() => update({ indicator: key })}
                  >
                    {tr(INDICATORS[key])}
                  </button>
                </th>
                {points.map((p) => (
                  <td key={p.year} className="num" data-year={p.year}>
                    {formatIndicator(INDICATORS[key], p.value.value)}
                    {p.yoy !== null && (
                      <span className="yoy">
                        {tr(U.yoy)} {formatChange(p.yoy, lang)}
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
