// Findings by rule as a bar chart: findings → model → option → <EChart>.
import { useMemo } from 'react';
import { toFindingsByRuleModel } from '../../charts/findings/model';
import { buildFindingsByRuleOption } from '../../charts/findings/option';
import type { Finding } from '../../domain/findings';
import { useLang, useT } from '../../state/lang';
import { EChart } from '../../ui/echart';
import type { PanelStatus } from '../../ui/panel';
import { F } from '../findings/labels';

export function ByRuleChart({
  findings,
  status,
  height = 220,
}: {
  findings: readonly Finding[];
  status: PanelStatus;
  height?: number;
}) {
  const lang = useLang();
  const tr = useT();
  const option = useMemo(
    () => buildFindingsByRuleOption(toFindingsByRuleModel(findings), lang),
    [findings, lang],
  );
  return (
    <EChart
      id="quality-by-rule"
      label={tr(F.byRuleTitle)}
      status={status}
      option={option}
      message={tr(F.none)}
      height={height}
    />
  );
}
