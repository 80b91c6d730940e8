// One run of a flattened table that the parser left blank: the run as printed, a box where the
// user types its split (checked by trySplitRun: same digits, right count, no leading zeros,
// decimals only in amounts), the candidate splits as one-click choices where the table's totals
// leave only a few, and what is wrong, inline. Pointing at it marks its line in the source pane.
import { useId, useState, type FormEvent } from 'react';
import { getCell } from '../../domain/cells';
import type { Report } from '../../domain/report';
import { trySplitRun, type FilledCell, type SplitError } from '../../io/report/flat-fill';
import type { FlatRun } from '../../io/report/types';
import { useT } from '../../state/lang';
import { L, runHow, runMany, runText } from './labels';

/** More candidates than this are no help as buttons: the user types the split instead. */
const MAX_CHOICES = 6;

interface Props {
  run: FlatRun;
  report: Report;
  onFill: (cells: FilledCell[]) => void;
  /** the run was hovered or focused: mark its line and its cells */
  onPoint: (run: FlatRun) => void;
}

export function RunSplit({ run, report, onFill, onPoint }: Props) {
  const tr = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<SplitError | null>(null);
  const values = run.keys.map((k) => getCell(report, k));
  const filled = values.length > 0 && values.every((v) => v !== null);
  const printed = run.label + run.run + run.unit;
  const apply = (typed: string) => {
    const result = trySplitRun(run, typed);
    if (!result.ok) return setError(result.error);
    setError(null);
    onFill(result.cells);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(text);
  };
  const noRow = run.keys.length === 0 ? trySplitRun(run, '') : null;
  return (
    <form
      className={filled ? 'run-split filled' : 'run-split'}
      data-run-split={printed}
      data-state={filled ? 'filled' : 'open'}
      onSubmit={submit}
      onMouseEnter={() => onPoint(run)}
      onFocus={() => onPoint(run)}
    >
      <p className="run-split-text">{tr(runText(printed))}</p>
      {noRow && !noRow.ok ? (
        <p className="panel-note">{tr(noRow.error)}</p>
      ) : (
        <div className="run-split-row">
          <label htmlFor={id}>{tr(runHow(run.keys.length))}</label>
          <input
            id={id}
            data-run-input
            value={text}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error !== null || undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
          />
          <button type="submit" data-run-fill>
            {tr(L.runFill)}
          </button>
        </div>
      )}
      {run.unit === '元' && <p className="panel-note">{tr(L.runYuan)}</p>}
      {!noRow && (
        <Choices
          run={run}
          onPick={(cells) => {
            setText(cells.join(' '));
            apply(cells.join(' '));
          }}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="run-split-error" role="alert" data-run-error={error.code}>
          {tr(error)}
        </p>
      )}
      {filled && (
        <p className="run-split-done" role="status" data-run-filled>
          {tr(L.runFilled)}
          {values.join(' · ')}
        </p>
      )}
    </form>
  );
}

/** The boxes of one table's runs, above that table. */
export function RunSplits({
  runs,
  report,
  onCells,
  onPoint,
}: {
  runs: readonly FlatRun[];
  report: Report;
  onCells: (cells: readonly FilledCell[]) => void;
  onPoint: (run: FlatRun) => void;
}) {
  const tr = useT();
  if (runs.length === 0) return null;
  return (
    <section className="run-splits" aria-label={tr(L.runs)}>
      {runs.some((r) => r.table === 2) && <p className="panel-note">{tr(L.runNoTotal)}</p>}
      {runs.map((run) => (
        <RunSplit
          key={`${run.line}-${run.label}-${run.run}`}
          run={run}
          report={report}
          onFill={onCells}
          onPoint={onPoint}
        />
      ))}
    </section>
  );
}

function Choices({ run, onPick }: { run: FlatRun; onPick: (cells: readonly number[]) => void }) {
  const tr = useT();
  // Table 2 rows have no total: the list above says so once for all of them.
  if (run.table === 2) return null;
  const n = run.candidates.length;
  if (n === 0 || n > MAX_CHOICES) return <p className="panel-note">{tr(runMany(n))}</p>;
  return (
    <div className="run-choices">
      <span>{tr(L.runChoices)}</span>
      {run.candidates.map((cells) => (
        <button
          key={cells.join()}
          type="button"
          className="run-choice"
          data-run-choice={cells.join(' ')}
          onClick={() => onPick(cells)}
        >
          {cells.join(' · ')}
        </button>
      ))}
    </div>
  );
}
