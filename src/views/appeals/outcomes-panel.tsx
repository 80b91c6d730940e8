// Appeal outcomes by year for a set of reports: reports → AppealOutcomesModel → option → a
// citable <Figure> (caption, exports, the table behind the stacks). Shared by the appeals view,
// the trends view and the overview headline.
import { useMemo } from 'react';
import { hasAppealValues, toAppealOutcomesModel } from '../../charts/appeal-outcomes/model';
import { buildAppealOutcomesOption } from '../../charts/appeal-outcomes/option';
import { appealOutcomesTable } from '../../charts/appeal-outcomes/table';
import type { Report } from '../../domain/report';
import type { Lang } from '../../state/url-state';
import { Figure } from '../../ui/figure';
import { Panel, type PanelStatus } from '../../ui/panel';
import { useFigureCaption } from '../shared/figure-caption';
import { AL_HEAD } from './headline-labels';

interface Props {
  id: string;
  title: string;
  reports: readonly Report[];
  range: readonly number[];
  lang: Lang;
  status: PanelStatus;
  note?: string;
  /** The units drawn, when not the shell's scope (e.g. the units picked in the trends view). */
  units?: string;
}

export function OutcomesPanel({ id, title, reports, range, lang, status, note, units }: Props) {
  const model = useMemo(() => toAppealOutcomesModel(reports, range), [reports, range]);
  const option = useMemo(
    () => (hasAppealValues(model) ? buildAppealOutcomesOption(model, lang) : null),
    [model, lang],
  );
  const table = useMemo(
    () => (option ? appealOutcomesTable(model, lang) : null),
    [option, model, lang],
  );
  const caption = useFigureCaption({
    title,
    definition: AL_HEAD.yearsDefinition[lang],
    years: range,
    reports,
    units,
  });
  return (
    <Panel id={id} title={title} note={note ?? AL_HEAD.yearsNote[lang]} status={status}>
      <Figure
        id={id}
        caption={caption}
        table={table}
        status="success"
        option={option}
        message={AL_HEAD.noValues[lang]}
        height={300}
      />
    </Panel>
  );
}
