// One KPI card: the number (or why there is none), its change on the previous year, a sparkline
// over every year of the dataset and how many units in scope it covers. The formula is in the
// card's tooltip so a reader can check how the figure was made.
import { useMemo } from 'react';
import { hasKpiPoints, type KpiModel } from '../../charts/kpi/model';
import { buildKpiSparklineOption, formatKpiValue } from '../../charts/kpi/option';
import { colon, formatChange, joinList, type Lang } from '../../charts/format';
import { INDICATORS } from '../../domain/indicators';
import { useLang, useT } from '../../state/lang';
import { EChart } from '../../ui/echart';
import { APPROX_NOTE, kpiPointChange, kpiReason } from '../../charts/kpi/reason';
import { OV, YOY_WHY } from './labels';

type Tr = ReturnType<typeof useT>;

export function KpiCard({ model }: { model: KpiModel }) {
  const lang = useLang();
  const tr = useT();
  const def = INDICATORS[model.key];
  const option = useMemo(
    () => (hasKpiPoints(model) ? buildKpiSparklineOption(model, lang) : null),
    [model, lang],
  );
  const reason = reasonText(model, tr);
  return (
    <article
      className={model.value === null ? 'kpi-card kpi-none' : 'kpi-card'}
      data-kpi={model.key}
      data-kpi-value={model.value ?? ''}
      data-kpi-reason={model.reason ?? undefined}
      title={cardTitle(model, tr, lang)}
    >
      <h3 className="kpi-label">{def[lang]}</h3>
      <p className="kpi-value">
        <span className="kpi-number">{formatKpiValue(model, lang)}</span>
        {reason && <span className="kpi-reason">{reason}</span>}
      </p>
      <p className="kpi-yoy" data-kpi-yoy={model.yoy ?? ''}>
        <YoyText model={model} tr={tr} lang={lang} />
      </p>
      <EChart
        id={`kpi-${model.key}`}
        label={`${def[lang]} · ${tr(OV.sparkline)}`}
        status={option ? 'success' : 'empty'}
        option={option}
        message={tr(OV.noPoints)}
        height={52}
      />
      <p className="kpi-foot">{footText(model, tr)}</p>
    </article>
  );
}

/** In parentheses after the dash, so "—（本年无申请）" reads as one phrase. */
function reasonText(model: KpiModel, tr: Tr): string | null {
  const text = kpiReason(model);
  return text && tr({ zh: `（${text.zh}）`, en: ` (${text.en})` });
}

function YoyText({ model, tr, lang }: { model: KpiModel; tr: Tr; lang: Lang }) {
  const direction =
    model.yoy === null ? 'none' : model.yoy > 0 ? 'up' : model.yoy < 0 ? 'down' : 'flat';
  return (
    <>
      {tr(OV.yoy)}{' '}
      <strong className={`kpi-change kpi-${direction}`}>{formatChange(model.yoy, lang)}</strong>{' '}
      {pointsText(model, tr)}
      <span className="kpi-yoy-why">{yoyWhy(model, tr)}</span>
    </>
  );
}

/** For a rate, the change in percentage points too: +4.6% of 45.9% is +2.1 points. */
function pointsText(model: KpiModel, tr: Tr): string | null {
  const pp = kpiPointChange(model);
  if (pp === null) return null;
  const signed = `${pp > 0 ? '+' : ''}${pp}`;
  return tr({ zh: `（${signed}个百分点）`, en: `(${signed} pp) ` });
}

function yoyWhy(model: KpiModel, tr: Tr): string {
  const prev = model.prevYear;
  if (prev === null) return tr(YOY_WHY.firstYear);
  if (model.value === null) return '';
  if (model.prevValue === null) return tr(YOY_WHY.prevMissing(prev));
  if (model.prevValue === 0 && model.yoy === null) return tr(YOY_WHY.prevZero(prev));
  if (model.prevUsed !== model.used) {
    return tr(YOY_WHY.otherUnits(prev, model.prevUsed, model.used));
  }
  return tr(YOY_WHY.versus(prev));
}

function footText(model: KpiModel, tr: Tr): string {
  const parts = [tr({ zh: `${model.year}年`, en: String(model.year) })];
  if (model.of > 0 && model.used < model.of) {
    parts.push(`${model.used}/${model.of} ${tr(OV.units)}`);
  }
  return parts.join(' · ');
}

function cardTitle(model: KpiModel, tr: Tr, lang: Lang): string {
  const def = INDICATORS[model.key];
  const lines = [`${tr(OV.formula)}${colon(lang)}${tr({ zh: def.formulaZh, en: def.formulaEn })}`];
  if (model.approx !== 'none') lines.push(tr(APPROX_NOTE[model.approx]));
  if (model.missingUnits.length > 0) {
    lines.push(`${tr(OV.missingUnits)}${colon(lang)}${joinList(model.missingUnits, lang)}`);
  }
  return lines.join('\n');
}
