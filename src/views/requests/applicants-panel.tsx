// Applicants panel: the selected reports → 本年新收 by applicant column → bars, with the reports
// that left a column blank listed by column (未报告, not 0).
import { useMemo } from 'react';
import {
  hasApplicantValues,
  toApplicantModel,
  type ApplicantModel,
} from '../../charts/applicants/model';
import { buildApplicantOption } from '../../charts/applicants/option';
import { applicantTable } from '../../charts/applicants/table';
import { colon, joinList } from '../../charts/format';
import { useLang, useT } from '../../state/lang';
import { Figure } from '../../ui/figure';
import { Panel } from '../../ui/panel';
import { DatasetErrors, datasetPanelStatus } from '../shared/dataset-status';
import { useFigureCaption } from '../shared/figure-caption';
import type { ViewProps } from '../view-props';
import { R } from './labels';
import type { RequestSelection } from './selection';

const MAX_LISTED = 6;

export function ApplicantsPanel({
  dataset,
  lang,
  selection,
}: ViewProps & { selection: RequestSelection }) {
  const tr = useT();
  const model = useMemo(() => toApplicantModel(selection.reports), [selection.reports]);
  const option = useMemo(
    () => (hasApplicantValues(model) ? buildApplicantOption(model, lang) : null),
    [model, lang],
  );
  const table = useMemo(() => (option ? applicantTable(model, lang) : null), [option, model, lang]);
  const caption = useFigureCaption({
    title: tr(R.applicants),
    definition: tr(R.applicantsDefinition),
    years: selection.years,
    reports: selection.reports,
  });
  return (
    <Panel
      id="requests-applicants"
      title={tr(R.applicants)}
      note={tr(R.applicantsNote)}
      status={datasetPanelStatus(dataset)}
      error={<DatasetErrors dataset={dataset} />}
    >
      <Figure
        id="requests-applicants"
        caption={caption}
        table={table}
        status="success"
        option={option}
        height={220}
        message={tr(R.noRequests)}
      />
      {option && <BlankColumns model={model} />}
    </Panel>
  );
}

function BlankColumns({ model }: { model: ApplicantModel }) {
  const tr = useT();
  const lang = useLang();
  const blank = model.bars.filter((b) => b.blank.length > 0);
  if (blank.length === 0) return null;
  return (
    <div className="blank-columns" data-blank-columns={blank.length}>
      <h3>{tr(R.blankColumns)}</h3>
      <ul>
        {blank.map((b) => {
          const names = b.blank.slice(0, MAX_LISTED).map((r) => `${r.unit} ${r.year}`);
          const more = b.blank.length > MAX_LISTED ? ` … (${b.blank.length})` : '';
          return <li key={b.key}>{`${tr(b)}${colon(lang)}${joinList(names, lang)}${more}`}</li>;
        })}
      </ul>
    </div>
  );
}
