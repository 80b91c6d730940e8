// Correction rates: by year as a line (ratesByYear → option → a citable <Figure>) and by unit for the
// chosen year as a table with numerator and denominator, so an evaluator can redo the division.
import { useMemo } from 'react';
import { hasRates, ratesByUnit, ratesByYear } from '../../charts/appeal-outcomes/rates-model';
import { buildRatesOption } from '../../charts/appeal-outcomes/rates-option';
import { ratesTable } from '../../charts/appeal-outcomes/rates-table';
import { formatCount, formatRatio } from '../../charts/format';
import { INDICATORS, type IndicatorValue } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import type { Lang } from '../../state/url-state';
import { Figure } from '../../ui/figure';
import { PagedRows } from '../../ui/paged-rows';
import { Panel, type PanelStatus } from '../../ui/panel';
import { useFigureCaption } from '../shared/figure-caption';
import { AL } from './labels';
import { TableScroll } from '../../ui/table-scroll';

interface Common {
  reports: readonly Report[];
  lang: Lang;
  status: PanelStatus;
}

export function RatesPanel({
  reports,
  range,
  lang,
  status,
}: Common & { range: readonly number[] }) {
  const rows = useMemo(() => ratesByYear(reports, range), [reports, range]);
  const option = useMemo(
    () => (hasRates(rows) ? buildRatesOption(rows, lang) : null),
    [rows, lang],
  );
  const table = useMemo(() => (option ? ratesTable(rows, lang) : null), [option, rows, lang]);
  const caption = useFigureCaption({
    title: AL.rates[lang],
    definition: ratesDefinition(lang),
    years: range,
    reports,
  });
  return (
    <Panel id="appeals-rates" title={AL.rates[lang]} note={AL.ratesNote[lang]} status={status}>
      <Figure
        id="appeals-rates"
        caption={caption}
        table={table}
        status="success"
        option={option}
        message={AL.noRates[lang]}
        height={300}
      />
    </Panel>
  );
}

/** Both formulas as INDICATORS states them, and how units are combined. */
function ratesDefinition(lang: Lang): string {
  const one = (k: 'reviewCorrectionRate' | 'litigationCorrectionRate') => {
    const d = INDICATORS[k];
    return `${d[lang]} = ${lang === 'zh' ? d.formulaZh : d.formulaEn}`;
  };
  return lang === 'zh'
    ? `${one('reviewCorrectionRate')}；${one('litigationCorrectionRate')}；各单位先求和再相除`
    : `${one('reviewCorrectionRate')}; ${one('litigationCorrectionRate')}; summed over units first`;
}

interface TableProps extends Common {
  year: number;
  /** Unit names whose printed table-4 total disagrees with its components that year. */
  flagged: ReadonlySet<string>;
}

export function RatesTable({ reports, year, lang, status, flagged }: TableProps) {
  const rows = useMemo(() => ratesByUnit(reports, year), [reports, year]);
  return (
    <Panel
      id="appeals-table"
      title={`${AL.table[lang]} · ${year}`}
      note={AL.ratesNote[lang]}
      status={status === 'success' && rows.length === 0 ? 'empty' : status}
    >
      <PagedRows rows={rows} nameOf={(r) => r.name} label={`${AL.table[lang]} · ${year}`}>
        {(shown) => (
          <TableScroll>
            <table data-table="appeals-rates">
              <thead>
                <tr>
                  <th rowSpan={2}>{AL.unit[lang]}</th>
                  <th colSpan={3}>{INDICATORS.reviewCorrectionRate[lang]}</th>
                  <th colSpan={3}>{INDICATORS.litigationCorrectionRate[lang]}</th>
                  <th rowSpan={2}>{AL.flag[lang]}</th>
                </tr>
                <tr>
                  {[0, 1].flatMap((i) =>
                    (['corrected', 'concluded', 'rate'] as const).map((k) => (
                      <th key={`${i}${k}`} className="num">
                        {AL[k][lang]}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.key} data-unit={r.key}>
                    <th scope="row">{r.name}</th>
                    <RateCells v={r.review} />
                    <RateCells v={r.litigation} />
                    <td>{flagged.has(r.name) ? `⚠ ${AL.totalDisagrees[lang]}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </PagedRows>
    </Panel>
  );
}

function RateCells({ v }: { v: IndicatorValue }) {
  return (
    <>
      <td className="num">{formatCount(v.numerator)}</td>
      <td className="num">{formatCount(v.denominator)}</td>
      <td className="num">{formatRatio(v.value)}</td>
    </>
  );
}
