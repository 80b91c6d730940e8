// Findings by rule as a citable chart: findings → model → option → <Figure>, with the table of
// the bars and a caption naming the years and reports checked.
import { useMemo } from 'react';
import { toFindingsByRuleModel } from '../../charts/findings/model';
import { buildFindingsByRuleOption } from '../../charts/findings/option';
import { findingsByRuleTable } from '../../charts/findings/table';
import type { Finding } from '../../domain/findings';
import type { Report } from '../../domain/report';
import { useLang, useT } from '../../state/lang';
import { Figure } from '../../ui/figure';
import type { PanelStatus } from '../../ui/panel';
import { F_HEAD } from '../findings/headline-labels';
import { useFigureCaption } from '../shared/figure-caption';

interface Props {
  findings: readonly Finding[];
  status: PanelStatus;
  /** The reports checked and their years (the caption's 数据截至 and years). */
  reports: readonly Report[];
  years: readonly number[];
  /** The units kept by a unit filter, by name; empty: the shell's scope. */
  unitNames?: readonly string[];
  height?: number;
}

export function ByRuleChart({
  findings,
  status,
  reports,
  years,
  unitNames = [],
  height = 220,
}: Props) {
  const lang = useLang();
  const tr = useT();
  const model = useMemo(() => toFindingsByRuleModel(findings), [findings]);
  const option = useMemo(() => buildFindingsByRuleOption(model, lang), [model, lang]);
  const table = useMemo(
    () => (option ? findingsByRuleTable(model, lang) : null),
    [option, model, lang],
  );
  const caption = useFigureCaption({
    title: tr(F_HEAD.byRuleTitle),
    definition: tr(F_HEAD.byRuleDefinition),
    years,
    reports,
    units: unitNames.length > 0 ? unitNames.join(lang === 'zh' ? '、' : ', ') : undefined,
  });
  return (
    <Figure
      id="quality-by-rule"
      caption={caption}
      table={table}
      status={status}
      option={option}
      message={tr(F_HEAD.none)}
      height={height}
    />
  );
}
