// Appeal outcomes by year for a set of reports: reports → AppealOutcomesModel → option → <EChart>.
// Shared by the appeals view, the trends view and the overview headline.
import { useMemo } from 'react';
import { hasAppealValues, toAppealOutcomesModel } from '../../charts/appeal-outcomes/model';
import { buildAppealOutcomesOption } from '../../charts/appeal-outcomes/option';
import type { Report } from '../../domain/report';
import type { Lang } from '../../state/url-state';
import { EChart } from '../../ui/echart';
import { Panel, type PanelStatus } from '../../ui/panel';
import { AL } from './labels';

interface Props {
  id: string;
  title: string;
  reports: readonly Report[];
  range: readonly number[];
  lang: Lang;
  status: PanelStatus;
  note?: string;
}

export function OutcomesPanel({ id, title, reports, range, lang, status, note }: Props) {
  const option = useMemo(() => {
    const model = toAppealOutcomesModel(reports, range);
    return hasAppealValues(model) ? buildAppealOutcomesOption(model, lang) : null;
  }, [reports, range, lang]);
  return (
    <Panel id={id} title={title} note={note ?? AL.yearsNote[lang]} status={status}>
      <EChart
        id={id}
        label={title}
        status="success"
        option={option}
        message={AL.noValues[lang]}
        height={300}
      />
    </Panel>
  );
}
