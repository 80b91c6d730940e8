// One parsed report before saving: its unit, year, region and level (editable), the three
// tables as extracted with every finding outlined on its cells (each figure editable), above
// each table a box for every run of run-together figures the parser left for the user to split,
// the parser's warnings, the findings, and a box to leave the report out.
import { useCallback, useMemo, useState } from 'react';
import { LEVEL_LABELS, LEVELS, type Level } from '../../domain/meta';
import type { FilledCell } from '../../io/report/flat-fill';
import type { FlatRun } from '../../io/report/types';
import { useLang, useT } from '../../state/lang';
import { MessageList } from '../../ui/message-list';
import { flagsForReport } from '../findings/findings-detail';
import { Table2, Table3, Table4 } from '../unit-profile/template-tables';
import type { Draft, MetaPatch } from './drafts';
import { EditableCell, EditContext } from './editable-cell';
import { L } from './labels';
import { RunSplits } from './run-split';
import { figureSources, unsplitKeys } from './source-lines';
import { SourcePane } from './source-pane';

interface Props {
  draft: Draft;
  onMeta: (patch: MetaPatch) => void;
  onCell: (key: string, value: number | null) => void;
  /** several cells at once: a run split by hand */
  onCells: (cells: readonly FilledCell[]) => void;
  onDrop: (dropped: boolean) => void;
}

export function ReportPreview({ draft, onMeta, onCell, onCells, onDrop }: Props) {
  const tr = useT();
  const lang = useLang();
  const { report } = draft;
  const flags = useMemo(
    () => flagsForReport(draft.findings, report.unit, report.year, lang),
    [draft.findings, report.unit, report.year, lang],
  );
  /** the source line being pointed at (a figure or a run hovered or focused) */
  const [pointed, setPointed] = useState<number | null>(null);
  /** the cells of the run whose split box is pointed at */
  const [runCells, setRunCells] = useState<ReadonlySet<string>>(NONE);
  const sources = useMemo(
    () => figureSources(draft.provenance, draft.flatRuns),
    [draft.provenance, draft.flatRuns],
  );
  const unsplit = useMemo(() => unsplitKeys(report, draft.flatRuns), [report, draft.flatRuns]);
  const edit = useMemo(
    () => ({
      provenance: sources,
      unsplit,
      highlighted: runCells,
      onEdit: onCell,
      onPoint: (key: string) => {
        setPointed(sources[key]?.line ?? null);
        setRunCells(NONE);
      },
    }),
    [sources, unsplit, runCells, onCell],
  );
  const pointRun = useCallback((run: FlatRun) => {
    setPointed(run.line);
    setRunCells(new Set(run.keys));
  }, []);
  const hasSource = draft.sourceLines.length > 0;
  // Each run left unsplit has its own box below; its warning would only repeat it.
  const warnings = draft.warnings.filter((w) => !FLAT_CODES.has(w.code) || !draft.flatRuns.length);
  const runs = (table: FlatRun['table']) => (
    <RunSplits
      runs={draft.flatRuns.filter((r) => r.table === table)}
      report={report}
      onCells={onCells}
      onPoint={pointRun}
    />
  );
  return (
    <article
      className={draft.dropped ? 'import-report dropped' : 'import-report'}
      data-draft={draft.id}
    >
      <header className="import-report-head">
        <h3 className="import-file">{draft.file}</h3>
        <label className="import-drop">
          <input
            type="checkbox"
            checked={draft.dropped}
            onChange={(e) => onDrop(e.target.checked)}
          />
          {tr(L.drop1)}
        </label>
      </header>
      <MetaFields draft={draft} onMeta={onMeta} />
      <MessageList messages={warnings} kind="warning" />
      <Findings draft={draft} />
      <div className={hasSource ? 'import-body with-source' : 'import-body'}>
        <div className="import-tables">
          <EditContext.Provider value={edit}>
            <h4>{tr(L.table2)}</h4>
            {runs(2)}
            <Table2 report={report} flags={flags} cell={EditableCell} />
            <h4>{tr(L.table3)}</h4>
            {runs(3)}
            <Table3 report={report} flags={flags} cell={EditableCell} />
            <h4>{tr(L.table4)}</h4>
            {runs(4)}
            <Table4 report={report} flags={flags} cell={EditableCell} />
          </EditContext.Provider>
        </div>
        {hasSource && <SourcePane lines={draft.sourceLines} active={pointed} />}
      </div>
    </article>
  );
}

const FLAT_CODES = new Set(['report-flat-unsplit', 'report-flat-ambiguous']);
const NONE: ReadonlySet<string> = new Set();

function MetaFields({ draft, onMeta }: Pick<Props, 'draft' | 'onMeta'>) {
  const tr = useT();
  const { report } = draft;
  const yearOk = Number.isInteger(report.year) && report.year >= 1000 && report.year <= 9999;
  return (
    <div className="import-meta">
      <label>
        {tr(L.unit)}
        <input
          data-meta="unit"
          value={report.unit}
          onChange={(e) => onMeta({ unit: e.target.value })}
        />
      </label>
      <label>
        {tr(L.year)}
        <input
          data-meta="year"
          inputMode="numeric"
          value={Number.isNaN(report.year) ? '' : String(report.year)}
          onChange={(e) => onMeta({ year: Number.parseInt(e.target.value, 10) })}
        />
      </label>
      <label>
        {tr(L.region)}
        <input
          data-meta="region"
          value={report.region ?? ''}
          onChange={(e) => onMeta({ region: e.target.value.trim() === '' ? null : e.target.value })}
        />
      </label>
      <label>
        {tr(L.level)}
        <select
          data-meta="level"
          value={report.level ?? ''}
          onChange={(e) =>
            onMeta({ level: e.target.value === '' ? null : (e.target.value as Level) })
          }
        >
          <option value="">{tr(L.noLevel)}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {tr(LEVEL_LABELS[l])}
            </option>
          ))}
        </select>
      </label>
      {!yearOk && <p className="field-error">{tr(L.badYear)}</p>}
      {report.unit.trim() === '' && <p className="field-error">{tr(L.noUnit)}</p>}
    </div>
  );
}

function Findings({ draft }: { draft: Draft }) {
  const tr = useT();
  return (
    <section className="import-findings" data-findings={draft.findings.length}>
      <h4>{tr(L.findings)}</h4>
      {draft.findings.length === 0 ? (
        <p className="panel-note">{tr(L.noFindings)}</p>
      ) : (
        <ul>
          {draft.findings.map((f, i) => (
            <li key={`${f.rule}-${i}`} className={`finding-${f.severity}`} data-rule={f.rule}>
              <strong>{f.rule}</strong> {tr(f.message)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A draft may be saved only with a unit name and a four-digit year. */
export function draftValid(draft: Draft): boolean {
  const y = draft.report.year;
  return draft.report.unit.trim() !== '' && Number.isInteger(y) && y >= 1000 && y <= 9999;
}
