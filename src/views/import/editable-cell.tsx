// A figure cell of the preview: an input holding the figure (blank = null), outlined when a
// finding names it, its title naming the field, the findings and the source row it came from.
// A typed value that is not a number stays in the box, marked, and is not used. A blank cell of
// a run the parser could not split is marked as waiting for the split above the table.
import { createContext, useContext, useState } from 'react';
import { getCell } from '../../domain/cells';
import { fieldLabel } from '../../domain/fields';
import type { Report } from '../../domain/report';
import type { SourceRef } from '../../io/report/types';
import { useLang, useT } from '../../state/lang';
import type { Flags } from '../unit-profile/value-cell';
import { parseFigure } from './drafts';
import { L } from './labels';

export interface EditTarget {
  provenance: Readonly<Record<string, SourceRef>>;
  /** blank cells of runs left for the user to split */
  unsplit?: ReadonlySet<string>;
  /** the cells of the run whose split box is pointed at */
  highlighted?: ReadonlySet<string>;
  onEdit: (key: string, value: number | null) => void;
  /** a figure was hovered or focused: show where it came from */
  onPoint?: (key: string) => void;
}

export const EditContext = createContext<EditTarget>({ provenance: {}, onEdit: () => {} });

interface Props {
  report: Report;
  cellKey: string;
  flags: Flags;
  colSpan?: number;
}

export function EditableCell({ report, cellKey, flags, colSpan }: Props) {
  const { provenance, unsplit, highlighted, onEdit, onPoint } = useContext(EditContext);
  const lang = useLang();
  const tr = useT();
  const value = getCell(report, cellKey);
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && !parseFigure(draft).ok;
  const flag = flags.get(cellKey);
  const classes = ['num', 'tpl-cell', 'edit-cell'];
  if (value === null) classes.push('cell-blank');
  const waiting = value === null && unsplit?.has(cellKey) === true;
  if (waiting) classes.push('cell-unsplit');
  if (highlighted?.has(cellKey)) classes.push('cell-run-pointed');
  if (flag) classes.push('cell-flagged', `cell-flagged-${flag.severity}`);
  if (invalid) classes.push('cell-invalid');
  const source = provenance[cellKey];
  const title = [
    fieldLabel(cellKey, lang),
    ...(flag?.messages ?? []),
    source ? `${tr(L.source)}: ${source.text}` : '',
    waiting ? tr(L.unsplitCell) : '',
    invalid ? tr(L.notNumber) : '',
  ]
    .filter(Boolean)
    .join('\n');
  const change = (text: string) => {
    setDraft(text);
    const parsed = parseFigure(text);
    if (parsed.ok) onEdit(cellKey, parsed.value);
  };
  return (
    <td
      className={classes.join(' ')}
      colSpan={colSpan}
      title={title}
      data-cell={cellKey}
      data-flagged={flag ? flag.severity : undefined}
      data-invalid={invalid || undefined}
      data-unsplit={waiting || undefined}
      onMouseEnter={onPoint && (() => onPoint(cellKey))}
    >
      <input
        className="cell-input"
        inputMode="decimal"
        aria-label={fieldLabel(cellKey, lang)}
        aria-invalid={invalid || undefined}
        value={draft ?? (value === null ? '' : String(value))}
        onChange={(e) => change(e.target.value)}
        onFocus={onPoint && (() => onPoint(cellKey))}
        onBlur={() => {
          if (!invalid) setDraft(null);
        }}
      />
      {invalid && <span className="cell-error">{tr(L.notNumber)}</span>}
    </td>
  );
}
